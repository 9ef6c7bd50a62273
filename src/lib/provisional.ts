// Which provisional claims a chapter rests on, and whose: the notice under a chapter's title. A source lists the kinds
// of claim it calls provisional (content/sources/*.yaml, provisionalClaims); a chapter lists the kinds it rests on
// (its frontmatter's provisionalClaims). The notice names, per cited source, the kinds both list, so it shows only on
// chapters that rest on such claims and says which. Pure; unit-tested in tests/unit/lib/provisional.test.ts.
import type { ProvisionalClaim } from '../schemas/source';

/** The kinds of claim in readers' words, as a notice or a source entry names them. */
export const PROVISIONAL_CLAIM_LABELS: Record<ProvisionalClaim, string> = {
  pay: 'pay remarks',
  growth: 'growth claims',
  employers: 'employer examples',
};

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A source's provisional claims as a phrase: "pay remarks, growth claims and employer examples". */
export const describeClaims = (claims: readonly ProvisionalClaim[]): string =>
  joinAnd(claims.map((c) => PROVISIONAL_CLAIM_LABELS[c]));

interface SourceLike {
  id: string;
  data: { provisionalClaims: readonly ProvisionalClaim[] };
}

/**
 * For each cited source that calls some of the chapter's claims provisional: the source and those claims, in the
 * source's order. Empty when the chapter rests on none, so no notice shows.
 */
export function provisionalNotice<S extends SourceLike>(
  chapterClaims: readonly ProvisionalClaim[],
  cited: readonly S[],
): { source: S; claims: ProvisionalClaim[] }[] {
  return cited
    .map((source) => ({ source, claims: source.data.provisionalClaims.filter((c) => chapterClaims.includes(c)) }))
    .filter((n) => n.claims.length > 0);
}

/** Claims a chapter lists that none of the sources it cites calls provisional (a check at build). */
export function unbackedClaims(
  chapterClaims: readonly ProvisionalClaim[],
  cited: readonly SourceLike[],
): ProvisionalClaim[] {
  return chapterClaims.filter((c) => !cited.some((s) => s.data.provisionalClaims.includes(c)));
}
