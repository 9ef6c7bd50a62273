// The checks that run while the build loads content (get-guide.ts, before any page renders) and in
// `npm run check:content`, on the entries both already hold: where zod sees one entry at a time, these see the
// collections as a whole. References that point nowhere (in data and in the ids chapters pass to components such as
// <Pay band>), two chapters with the same order in a part, milestone ids used twice or renamed ambiguously, what
// chapters may contain (content-rules.ts), money figures typed by hand, change notes and salary band figures changed
// without one (change-notes.ts), a job-posting phrase two skills claim, and review dates (a warning). Each problem
// names the file, the field or line, and the fix. Pure: unit-tested with plain objects in tests/unit/lib/checks/validate-content.test.ts.
// What needs the rendered pages (links that resolve, data no page shows) is checked after the build, on its HTML
// (src/integrations/built-site-checks.mjs).
import { COMPONENT_IDS } from '../content-components';
import { entryFile } from '../../schemas/collections';
import { checkContentRules, findLinksToDrafts, formatContentProblem } from './content-rules';
import { addMonths, isoDay } from '../dates';
import { PROVISIONAL_CLAIM_LABELS, unbackedClaims } from '../provisional';
import type { ProvisionalClaim } from '../../schemas/source';
import { findChangeNoteProblems, findUnannouncedBandChanges } from '../change-notes';
import { phraseKeys } from '../posting/match';

export interface LooseEntry {
  id: string;
  filePath?: string | undefined;
  data: Record<string, unknown>;
  /** The Markdown/MDX text of a chapter; data entries have none. */
  body?: string | undefined;
  /** The chapter file's whole text, frontmatter included, so that problems carry the file's line numbers. */
  source?: string | undefined;
}

export type Collections = Record<string, LooseEntry[]>;

const isRef = (v: unknown): v is { id: string; collection: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id?: unknown }).id === 'string' &&
  typeof (v as { collection?: unknown }).collection === 'string';

function walkRefs(
  value: unknown,
  path: string,
  visit: (ref: { id: string; collection: string }, path: string) => void,
) {
  if (isRef(value)) return visit(value, path);
  if (Array.isArray(value)) return value.forEach((v, i) => walkRefs(v, `${path}[${i}]`, visit));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) walkRefs(v, path ? `${path}.${k}` : k, visit);
  }
}

const where = entryFile;
const someOf = (known: Set<string>) => `${[...known].slice(0, 8).join(', ')}${known.size > 8 ? ', ...' : ''}`;

/** Every reference whose target entry does not exist. */
export function findDanglingReferences(collections: Collections): string[] {
  const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const problems: string[] = [];
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      walkRefs(entry.data, '', (ref, path) => {
        const known = ids.get(ref.collection);
        if (known && !known.has(ref.id)) {
          problems.push(
            `${where(name, entry)}: **${path}** points to "${ref.id}", which is not in ${ref.collection}. Use an existing id (${someOf(known)}) or add content/${ref.collection}/${ref.id}.`,
          );
        }
      });
    }
  }
  return problems;
}

// Code may show a component without using it (a chapter on how the guide is made, say).
const withoutCode = (body: string) => body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');

/** Every id a chapter passes to a component (`<Pay band="...">`, `<Cite s="s1 s3">`...) that names no entry. */
export function findUnknownComponentIds(collections: Collections): string[] {
  const problems: string[] = [];
  for (const entry of collections.chapters ?? []) {
    const body = withoutCode(entry.body ?? '');
    for (const { tag, attr, collection } of COMPONENT_IDS) {
      const entries = collections[collection];
      if (!entries) continue;
      const known = new Set(entries.map((e) => e.id));
      for (const m of body.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g'))) {
        for (const id of m[1]!.split(/[\s,]+/).filter(Boolean)) {
          if (!known.has(id)) {
            problems.push(
              `${where('chapters', entry)}: **<${tag} ${attr}="${m[1]}">** names "${id}", which is not in ${collection}. Use an existing id (${someOf(known)}) or add content/${collection}/${id}.yaml.`,
            );
          }
        }
      }
    }
  }
  return problems;
}

/** Two entries of one group sharing an order value. */
export function findDuplicateOrders(collection: string, entries: LooseEntry[], groupKey?: string): string[] {
  const seen = new Map<string, LooseEntry>();
  const problems: string[] = [];
  for (const entry of entries) {
    const group = groupKey ? String(entry.data[groupKey]) : '';
    const key = `${group}#${String(entry.data.order)}`;
    const first = seen.get(key);
    if (first) {
      problems.push(
        `${where(collection, entry)}: **order** ${String(entry.data.order)} is already used by ${where(collection, first)}${groupKey ? ` in ${groupKey} "${group}"` : ''}. Give each a different order.`,
      );
    } else seen.set(key, entry);
  }
  return problems;
}

type Item = { id?: unknown; formerIds?: unknown };
/** The items of an entry's list field (milestones, self-check questions); none when the field is not a list. */
const itemsOf = (entry: LooseEntry, field: string): Item[] =>
  Array.isArray(entry.data[field]) ? (entry.data[field] as Item[]) : [];
/** The entries whose items' ids must be unique together: the whole collection, or each entry on its own. */
const idScopes = (entries: LooseEntry[], scope: 'collection' | 'entry') =>
  scope === 'entry' ? entries.map((e) => [e]) : [entries];

/** An id inside a list field (milestones, self-checks) used more than once across a collection, or within an entry. */
export function findDuplicateInnerIds(
  collection: string,
  entries: LooseEntry[],
  field: string,
  scope: 'collection' | 'entry',
): string[] {
  const problems: string[] = [];
  for (const group of idScopes(entries, scope)) {
    const seen = new Map<string, LooseEntry>();
    for (const entry of group) {
      itemsOf(entry, field).forEach(({ id }, i) => {
        if (typeof id !== 'string') return;
        const first = seen.get(id);
        if (first)
          problems.push(
            `${where(collection, entry)}: **${field}[${i}].id** "${id}" is already used${first === entry ? ' earlier in this file' : ` in ${where(collection, first)}`}. Ids must be unique: readers' saved progress is keyed by them.`,
          );
        else seen.set(id, entry);
      });
    }
  }
  return problems;
}

/**
 * Former ids (`formerIds`, a renamed milestone or self-check question) that cannot move readers' progress to one item:
 * a former id that is some item's id now, or that two items claim. `scope` as in findDuplicateInnerIds.
 */
export function findFormerIdProblems(
  collection: string,
  entries: LooseEntry[],
  field: string,
  scope: 'collection' | 'entry',
): string[] {
  const problems: string[] = [];
  for (const group of idScopes(entries, scope)) {
    const current = new Set(group.flatMap((e) => itemsOf(e, field).map((item) => item.id)));
    const claimed = new Map<string, string>();
    for (const entry of group) {
      itemsOf(entry, field).forEach((item, i) => {
        const former = Array.isArray(item.formerIds) ? (item.formerIds as string[]) : [];
        former.forEach((id, j) => {
          const at = `${where(collection, entry)}: **${field}[${i}].formerIds[${j}]**`;
          if (current.has(id))
            problems.push(
              `${at} "${id}" is the id of a ${field === 'milestones' ? 'milestone' : 'question'} in the guide now, so progress saved under it stays there. Remove it from formerIds, or rename that item too.`,
            );
          else if (claimed.has(id))
            problems.push(
              `${at} "${id}" is already claimed by "${claimed.get(id)}". A former id moves readers' progress to one item: keep it on one.`,
            );
          else claimed.set(id, String(item.id));
        });
      });
    }
  }
  return problems;
}

/**
 * A phrase (content/skills/*.yaml `phrases`) that two skills claim, or one skill lists twice, as the job posting reader
 * matches it (src/lib/posting/match.ts: case, punctuation, plurals and spellings folded, hyphens optional), so that
 * "LLMs" in one file and "llm" in another are caught. A posting's word can mean only one skill.
 */
export function findDuplicateSkillPhrases(skills: LooseEntry[]): string[] {
  const problems: string[] = [];
  const claimed = new Map<string, { entry: LooseEntry; phrase: string }>();
  for (const entry of skills) {
    const phrases = entry.data.phrases;
    if (!Array.isArray(phrases)) continue;
    phrases.forEach((phrase, i) => {
      if (typeof phrase !== 'string') return;
      const reported = new Set<LooseEntry>();
      for (const key of phraseKeys(phrase).map((k) => k.join(' '))) {
        const first = claimed.get(key);
        if (!first) {
          claimed.set(key, { entry, phrase });
          continue;
        }
        if (first.entry === entry && first.phrase === phrase) continue;
        if (reported.has(first.entry)) continue;
        reported.add(first.entry);
        problems.push(
          first.entry === entry
            ? `${where('skills', entry)}: **phrases[${i}]** "${phrase}" is the same phrase as "${first.phrase}" earlier in this file, once case, punctuation and plurals are ignored. Remove one of them.`
            : `${where('skills', entry)}: **phrases[${i}]** "${phrase}" is already claimed by ${where('skills', first.entry)} (as "${first.phrase}"), and a phrase in a posting can mean only one skill. Keep it in the file whose skill it names best and remove it from the other, or make it longer in both (such as "eval harness" and "test harness").`,
        );
      }
    });
  }
  return problems;
}

/**
 * Chapters whose body does not open with <ShortAnswer>: every chapter gives the reader something to act on before
 * any discussion (../WRITING.md, "Answer first"). Drafts are left alone until they are published.
 */
export function findChaptersWithoutShortAnswer(chapters: LooseEntry[]): string[] {
  return chapters
    .filter((entry) => entry.data.draft !== true) // a draft is work in progress: it needs its short answer once published
    .filter((entry) => !/^(?:\s|\{\/\*[\s\S]*?\*\/\}|import\s[^\n]*\n)*<ShortAnswer[\s>]/.test(entry.body ?? ''))
    .map(
      (entry) =>
        `${where('chapters', entry)}: the chapter does not open with <ShortAnswer>. Start the body with three to six points (or a small table) a reader can act on, inside <ShortAnswer>...</ShortAnswer>, before any other text (see CONTRIBUTING.md).`,
    );
}

/** A chapter's body and the line of its file the body starts on (after the frontmatter, when the whole file is given). */
function bodyOf(entry: LooseEntry): { text: string; firstLine: number } {
  if (entry.source === undefined) return { text: entry.body ?? '', firstLine: 1 };
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(entry.source);
  return frontmatter
    ? { text: entry.source.slice(frontmatter[0].length), firstLine: frontmatter[0].split('\n').length }
    : { text: entry.source, firstLine: 1 };
}

/** Money figures typed by hand ($250K, $1M) in a text, outside code, with their line (counted from `firstLine`). */
export function findTypedFigures(text: string, firstLine = 1): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  let fence = false;
  text.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      return;
    }
    if (fence) return;
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(/\$\s?\d[\d,.]*\s?[KkMmBb]?\+?/g))
      found.push({ line: firstLine + i, text: m[0] });
  });
  return found;
}

/** Published chapters that type a money figure instead of printing it from data with <Pay>: one problem per figure. */
export function findTypedFigureProblems(chapters: LooseEntry[]): string[] {
  return chapters
    .filter((entry) => entry.data.draft !== true)
    .flatMap((entry) => {
      const { text, firstLine } = bodyOf(entry);
      return findTypedFigures(text, firstLine).map(
        (f) =>
          `${where('chapters', entry)}:${f.line}: "${f.text}" is a money figure typed by hand. Print figures with <Pay band="<id>" /> from content/salary-bands/, so each one carries its source and date.`,
      );
    });
}

const claimsOf = (entry: LooseEntry | undefined): ProvisionalClaim[] =>
  Array.isArray(entry?.data.provisionalClaims) ? (entry.data.provisionalClaims as ProvisionalClaim[]) : [];

/**
 * Chapters whose provisionalClaims say more than their sources do (a claim no cited source calls provisional), or
 * that rest on provisional claims while their status says reviewed: the notice and the status badge must agree.
 */
export function findProvisionalClaimProblems(collections: Collections): string[] {
  const sources = new Map((collections.sources ?? []).map((s) => [s.id, s]));
  return (collections.chapters ?? []).flatMap((entry) => {
    const claims = claimsOf(entry);
    if (claims.length === 0) return [];
    const cited = (Array.isArray(entry.data.sources) ? (entry.data.sources as unknown[]) : []).map((r) =>
      isRef(r) ? r.id : String(r),
    );
    const citedSources = cited.flatMap((id) => {
      const s = sources.get(id);
      return s ? [{ id, data: { provisionalClaims: claimsOf(s) } }] : [];
    });
    const problems = unbackedClaims(claims, citedSources).map(
      (c) =>
        `${where('chapters', entry)}: **provisionalClaims** lists "${c}", but none of the sources it cites (${cited.join(', ')}) calls its ${PROVISIONAL_CLAIM_LABELS[c]} provisional. Remove it, or add the source whose provisional ${PROVISIONAL_CLAIM_LABELS[c]} the chapter rests on to its sources.`,
    );
    if (entry.data.status === 'reviewed') {
      problems.push(
        `${where('chapters', entry)}: **status** is reviewed, but the chapter rests on provisional claims (provisionalClaims: ${claims.join(', ')}). Set status: provisional; the page names those claims under its title.`,
      );
    }
    return problems;
  });
}

/** How long a chapter's review holds: it is due this many months after its `updated` date. */
export const REVIEW_MONTHS = 6;

/** Published chapters whose review is due: `updated` more than REVIEW_MONTHS before `now`. */
export function findOverdueReviews(chapters: LooseEntry[], now: Date): { file: string; due: Date }[] {
  return chapters.flatMap((entry) => {
    const updated = entry.data.updated;
    if (entry.data.draft === true || !(updated instanceof Date || typeof updated === 'string')) return [];
    const due = addMonths(new Date(updated), REVIEW_MONTHS);
    return due < now ? [{ file: where('chapters', entry), due }] : [];
  });
}

/** The overdue reviews as the warnings the build and `npm run check:content` print; they do not stop either. */
export const overdueReviewWarnings = (chapters: LooseEntry[], now: Date): string[] =>
  findOverdueReviews(chapters, now).map(
    (o) =>
      `${o.file}: review overdue since ${isoDay(o.due)} (chapters are reviewed every ${REVIEW_MONTHS} months). Re-check it against its sources, then set \`updated:\` to the review date.`,
  );

const chapterFiles = (chapters: LooseEntry[]) =>
  chapters.map((c) => ({
    file: where('chapters', c),
    slug: c.id,
    source: c.source ?? c.body ?? '',
    draft: c.data.draft === true,
  }));

/** What chapters may contain (content-rules.ts: remote resources, script links, raw elements, components), per file. */
export const findContentRuleProblems = (chapters: LooseEntry[]) =>
  chapterFiles(chapters)
    .flatMap((f) => checkContentRules(f.file, f.source))
    .map(formatContentProblem);

/** Published chapters that link to drafts: one problem per linking file. */
export const findDraftLinkProblems = (chapters: LooseEntry[]) =>
  findLinksToDrafts(chapterFiles(chapters)).map(formatContentProblem);

/**
 * All whole-collection problems, as one list. `published` (default true): drafts are left out, so links to them
 * are problems; `astro dev` shows drafts, so there they are not. `bandRecord`: the record of the salary bands' figures
 * (change-notes.ts, readBandRecord) and today, to check that no band's figures changed without a change note.
 */
/**
 * Chapter files that would be one chapter: `x.md` and `x.mdx` both have the id `x`. Astro keeps one of them and only
 * warns, so the other would be dropped from the guide without a word.
 */
export function findFilesSharingAnId(files: string[]): string[] {
  const byId = new Map<string, string[]>();
  for (const file of files) {
    const id = file.replace(/\.mdx?$/, '');
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  return [...byId]
    .filter(([, same]) => same.length > 1)
    .map(([id, same]) => {
      const slug = id.split('/').pop();
      return `${same.sort().join(' and ')} are both the chapter "${slug}": a chapter's id and address are its file name without the extension. Keep one: delete the other, or rename it.`;
    });
}

export function validateCollections(
  collections: Collections,
  {
    published = true,
    bandRecord,
    chapterFiles,
  }: {
    published?: boolean;
    bandRecord?: { record: Record<string, string>; today: Date };
    /** Every chapter file; by default, those of the entries (the build passes the folder's, since Astro keeps one). */
    chapterFiles?: string[];
  } = {},
): string[] {
  return [
    ...findFilesSharingAnId(chapterFiles ?? (collections.chapters ?? []).map((c) => where('chapters', c))),
    ...findContentRuleProblems(collections.chapters ?? []),
    ...(published ? findDraftLinkProblems(collections.chapters ?? []) : []),
    ...findDanglingReferences(collections),
    ...findUnknownComponentIds(collections),
    ...findChaptersWithoutShortAnswer(collections.chapters ?? []),
    ...findTypedFigureProblems(collections.chapters ?? []),
    ...findProvisionalClaimProblems(collections),
    ...findDuplicateOrders('chapters', collections.chapters ?? [], 'part'),
    ...findDuplicateOrders('learning-path', collections['learning-path'] ?? []),
    ...findDuplicateInnerIds('learning-path', collections['learning-path'] ?? [], 'milestones', 'collection'),
    ...findDuplicateInnerIds('chapters', collections.chapters ?? [], 'selfCheck', 'entry'),
    ...findFormerIdProblems('learning-path', collections['learning-path'] ?? [], 'milestones', 'collection'),
    ...findFormerIdProblems('chapters', collections.chapters ?? [], 'selfCheck', 'entry'),
    ...findChangeNoteProblems(collections.chapters ?? []),
    // Run where the record was read (the build, `npm run check:content`); tests of other checks leave it out.
    ...(bandRecord
      ? findUnannouncedBandChanges(
          collections['salary-bands'] ?? [],
          collections.chapters ?? [],
          bandRecord.record,
          isoDay(bandRecord.today),
        )
      : []),
    ...findDuplicateSkillPhrases(collections.skills ?? []),
  ];
}

/**
 * Content problems stop the build with this error: the list, then one closing line with the count. It carries no
 * stack trace, since the problems are in the editor's files, not in the code, and a trace into the build's internals
 * would bury them.
 */
export class ContentError extends Error {
  constructor(problems: string[]) {
    const count = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
    super(
      `The content has ${count} to fix:\n- ${problems.join('\n- ')}\n\nBuild stopped: ${count}, no pages written. \`npm run check:content\` finds them in seconds.`,
    );
    this.name = 'ContentError';
    this.stack = '';
  }
}
