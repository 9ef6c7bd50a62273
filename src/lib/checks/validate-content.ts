// The checks that run while the build loads content (get-guide.ts, before any page renders) and in
// `npm run check:content`, on the entries both already hold: where zod sees one entry at a time, these see the
// collections as a whole. References that point nowhere (in data and in the ids chapters pass to components such as
// <Pay band>), two chapters with the same order in a part, milestone ids used twice, what chapters may contain
// (content-rules.ts), money figures typed by hand, and review dates (a warning). Each problem names the file, the
// field or line, and the fix. Pure: unit-tested with plain objects in tests/unit/lib/checks/validate-content.test.ts.
// What needs the rendered pages (links that resolve, data no page shows) is checked after the build, on its HTML
// (src/integrations/built-site-checks.mjs).
import { COMPONENT_IDS } from '../content-components';
import { checkContentRules, findLinksToDrafts, formatContentProblem } from './content-rules';
import { addMonths, isoDay } from '../dates';

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
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && typeof (v as { collection?: unknown }).collection === 'string';

function walkRefs(value: unknown, path: string, visit: (ref: { id: string; collection: string }, path: string) => void) {
  if (isRef(value)) return visit(value, path);
  if (Array.isArray(value)) return value.forEach((v, i) => walkRefs(v, `${path}[${i}]`, visit));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) walkRefs(v, path ? `${path}.${k}` : k, visit);
  }
}

const where = (collection: string, entry: LooseEntry) => entry.filePath ?? `${collection}/${entry.id}`;
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
          problems.push(`${where(name, entry)}: **${path}** points to "${ref.id}", which is not in ${ref.collection}. Use an existing id (${someOf(known)}) or add content/${ref.collection}/${ref.id}.`);
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
            problems.push(`${where('chapters', entry)}: **<${tag} ${attr}="${m[1]}">** names "${id}", which is not in ${collection}. Use an existing id (${someOf(known)}) or add content/${collection}/${id}.yaml.`);
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
      problems.push(`${where(collection, entry)}: **order** ${String(entry.data.order)} is already used by ${where(collection, first)}${groupKey ? ` in ${groupKey} "${group}"` : ''}. Give each a different order.`);
    } else seen.set(key, entry);
  }
  return problems;
}

/** An id inside a list field (milestones, self-checks) used more than once across a collection. */
export function findDuplicateInnerIds(collection: string, entries: LooseEntry[], field: string, scope: 'collection' | 'entry'): string[] {
  const problems: string[] = [];
  let seen = new Map<string, LooseEntry>();
  for (const entry of entries) {
    if (scope === 'entry') seen = new Map();
    const items = entry.data[field];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      const id = (item as { id?: unknown }).id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first) problems.push(`${where(collection, entry)}: **${field}[${i}].id** "${id}" is already used${first === entry ? ' earlier in this file' : ` in ${where(collection, first)}`}. Ids must be unique: readers' saved progress is keyed by them.`);
      else seen.set(id, entry);
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
    .map((entry) => `${where('chapters', entry)}: the chapter does not open with <ShortAnswer>. Start the body with three to six points (or a small table) a reader can act on, inside <ShortAnswer>...</ShortAnswer>, before any other text (see CONTRIBUTING.md).`);
}

/** A chapter's body and the line of its file the body starts on (after the frontmatter, when the whole file is given). */
function bodyOf(entry: LooseEntry): { text: string; firstLine: number } {
  if (entry.source === undefined) return { text: entry.body ?? '', firstLine: 1 };
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(entry.source);
  return frontmatter ? { text: entry.source.slice(frontmatter[0].length), firstLine: frontmatter[0].split('\n').length } : { text: entry.source, firstLine: 1 };
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
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(/\$\s?\d[\d,.]*\s?[KkMmBb]?\+?/g)) found.push({ line: firstLine + i, text: m[0] });
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
        (f) => `${where('chapters', entry)}:${f.line}: "${f.text}" is a money figure typed by hand. Print figures with <Pay band="<id>" /> from content/salary-bands/, so each one carries its source and date.`,
      );
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
    (o) => `${o.file}: review overdue since ${isoDay(o.due)} (chapters are reviewed every ${REVIEW_MONTHS} months). Re-check it against its sources, then set \`updated:\` to the review date.`,
  );

const chapterFiles = (chapters: LooseEntry[]) =>
  chapters.map((c) => ({ file: where('chapters', c), slug: c.id, source: c.source ?? c.body ?? '', draft: c.data.draft === true }));

/** What chapters may contain (content-rules.ts: remote resources, script links, raw elements, components), per file. */
export const findContentRuleProblems = (chapters: LooseEntry[]) =>
  chapterFiles(chapters).flatMap((f) => checkContentRules(f.file, f.source)).map(formatContentProblem);

/** Published chapters that link to drafts: one problem per linking file. */
export const findDraftLinkProblems = (chapters: LooseEntry[]) => findLinksToDrafts(chapterFiles(chapters)).map(formatContentProblem);

/**
 * All whole-collection problems, as one list. `published` (default true): drafts are left out, so links to them
 * are problems; `astro dev` shows drafts, so there they are not.
 */
export function validateCollections(collections: Collections, { published = true }: { published?: boolean } = {}): string[] {
  return [
    ...findContentRuleProblems(collections.chapters ?? []),
    ...(published ? findDraftLinkProblems(collections.chapters ?? []) : []),
    ...findDanglingReferences(collections),
    ...findUnknownComponentIds(collections),
    ...findChaptersWithoutShortAnswer(collections.chapters ?? []),
    ...findTypedFigureProblems(collections.chapters ?? []),
    ...findDuplicateOrders('chapters', collections.chapters ?? [], 'part'),
    ...findDuplicateOrders('learning-path', collections['learning-path'] ?? []),
    ...findDuplicateInnerIds('learning-path', collections['learning-path'] ?? [], 'milestones', 'collection'),
    ...findDuplicateInnerIds('chapters', collections.chapters ?? [], 'selfCheck', 'entry'),
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
    super(`The content has ${count} to fix:\n- ${problems.join('\n- ')}\n\nBuild stopped: ${count}, no pages written. \`npm run check:content\` finds them in seconds.`);
    this.name = 'ContentError';
    this.stack = '';
  }
}
