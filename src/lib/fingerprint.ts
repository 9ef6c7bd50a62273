// Content fingerprints: a short hash of what a reader is shown, made at build time, so that the guide can tell a
// returning reader which parts changed (the chapter sections they read, src/client/seen/) and so that a salary
// band's figures cannot change without a change note (src/lib/change-notes.ts). Whitespace and the order of
// citations are not content: text that differs only in them has the same fingerprint. Pure (node:crypto only);
// unit-tested in tests/unit/lib/fingerprint.test.ts.
import { createHash } from 'node:crypto';
import { isoDay } from './dates';

/** Hex digits kept from SHA-256: 32 bits, so two versions of one section collide about once in four billion edits. */
export const FINGERPRINT_LENGTH = 8;
export const FINGERPRINT_PATTERN = /^[0-9a-f]{8}$/;

/** The fingerprint of a text as it is (callers normalise first). */
export const fingerprint = (text: string) =>
  createHash('sha256').update(text).digest('hex').slice(0, FINGERPRINT_LENGTH);

/** Runs of whitespace (no-break spaces too) as one space, none at either end. */
export const collapseWhitespace = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** A run of inline citations (<Cite>, src/components/content/Cite.astro), one or more groups side by side. */
const CITATIONS = /(?:<span class="cite"[^>]*>(?:\s*<a\b[^>]*>[\s\S]*?<\/a>)*\s*<\/span>\s*)+/g;
const LINK_TEXT = /<a\b[^>]*>([\s\S]*?)<\/a>/g;
const stripTags = (html: string) => html.replace(/<[^>]*>/g, ' ');

/**
 * The text a reader is shown in a piece of rendered HTML, in a form where only a change in what it says changes it:
 * scripts, styles and templates are dropped; each run of citations becomes its sources' names, sorted and listed once
 * ("[cite: Jobbi 2026; northstar 2026]"), so reordering them is no change; tags go; entities are decoded; whitespace
 * is collapsed. Attributes (link targets, classes) do not count: the base path and styling never change a fingerprint.
 */
export function renderedText(html: string): string {
  const withoutCode = html.replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  const withCitations = withoutCode.replace(CITATIONS, (run) => {
    const names = [...run.matchAll(LINK_TEXT)].map((m) =>
      collapseWhitespace(decodeEntities(stripTags(m[1]!))).replace(/^Source: /, ''),
    );
    return ` [cite: ${[...new Set(names)].sort().join('; ')}] `;
  });
  return collapseWhitespace(decodeEntities(stripTags(withCitations)));
}

export interface SectionFingerprint {
  /** The id of the section's `##` heading, as on the page. */
  id: string;
  fingerprint: string;
}

const H2 = /<h2\b[^>]*?\sid="([^"]+)"[^>]*>/g;

/**
 * One fingerprint per section of a chapter's rendered body: a section runs from an <h2 id> (a `##` heading, or the
 * short answer's) to the next, heading included. Anything before the first such heading belongs to no section.
 */
export function sectionFingerprints(html: string): SectionFingerprint[] {
  const starts = [...html.matchAll(H2)].map((m) => ({ id: m[1]!, at: m.index }));
  return starts.map(({ id, at }, i) => ({
    id,
    fingerprint: fingerprint(renderedText(html.slice(at, starts[i + 1]?.at ?? html.length))),
  }));
}

const isReference = (v: unknown): v is { id: string; collection: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id?: unknown }).id === 'string' &&
  typeof (v as { collection?: unknown }).collection === 'string';

/** A value with keys sorted, strings whitespace-collapsed, dates as YYYY-MM-DD and lists of references sorted. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'string') return collapseWhitespace(value);
  if (isReference(value)) return `${value.collection}/${value.id}`;
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    // A list of references (sources, skills) is a set: its order is not content.
    return value.length > 0 && value.every(isReference) ? [...items].sort() : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The fingerprint of a data entry (a salary band, company, skill or milestone): every field, in canonical form. */
export const entryFingerprint = (data: unknown) => fingerprint(JSON.stringify(canonical(data)));

/** What counts as a salary band's figures: what it pays, for which level, on what basis, as of when. Not its wording. */
export const BAND_FIGURE_FIELDS = [
  'level',
  'currency',
  'low',
  'high',
  'highOpenEnded',
  'basis',
  'kind',
  'asOf',
] as const;

/** The fingerprint of a salary band's figures only (BAND_FIGURE_FIELDS): a change of its note or label is not one. */
export function bandFiguresFingerprint(band: Record<string, unknown>): string {
  return entryFingerprint(Object.fromEntries(BAND_FIGURE_FIELDS.map((k) => [k, band[k] ?? null])));
}
