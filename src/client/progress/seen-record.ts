// The reading record, one part of the reader's progress (store.ts, format 3): for each chapter they have read, the
// day of their last visit and, for each section they read, the fingerprint that section had then (made at build
// time, src/lib/fingerprint.ts). A later build whose fingerprint differs means the section changed since they read
// it. Only fingerprints are kept, never text, and the record is capped: MAX_SEEN_CHAPTERS chapters (the least
// recently visited go first) and, per chapter, only the sections its page has now (at most MAX_SEEN_SECTIONS).
// About 40 bytes a section: the whole guide read is 7 KB. Pure and free of zod (the lazily loaded reading record
// uses it before it loads the store); the store validates the record (SeenSchema). Unit-tested in
// tests/unit/client/progress/seen-record.test.ts.
export const MAX_SEEN_CHAPTERS = 50;
export const MAX_SEEN_SECTIONS = 50;

/** The format of src/lib/fingerprint.ts (FINGERPRINT_PATTERN; that module needs Node's crypto, so it is repeated here and a test checks they agree). */
export const FINGERPRINT = /^[0-9a-f]{8}$/;

/** What the reader read of one chapter (store.ts validates it, SeenSchema). */
export interface SeenChapter {
  /** The reader's local day of their last visit on which they read a section, YYYY-MM-DD. */
  at: string;
  /** Section id -> the fingerprint it had when they last read it. */
  sections: Record<string, string>;
}
/** Chapter id -> what the reader read there. */
export type Seen = Record<string, SeenChapter>;

// Not shared with peek.ts: the store (and with it every tool page's script) imports this file, and sharing would split
// peek.ts out of the chapters' first script into a file of its own.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A chapter's part of the reading record, read from a saved entry without the store (watch.ts decides from it whether
 * to load the marks): undefined unless it has the shape SeenSchema checks. Fingerprints that are not one are left out.
 */
export function peekSeenChapter(entry: unknown, chapter: string): SeenChapter | undefined {
  const part = isRecord(entry) && isRecord(entry.seen) ? entry.seen[chapter] : undefined;
  if (
    !isRecord(part) ||
    typeof part.at !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(part.at) ||
    !isRecord(part.sections)
  )
    return undefined;
  return {
    at: part.at,
    sections: Object.fromEntries(
      Object.entries(part.sections).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && FINGERPRINT.test(e[1]),
      ),
    ),
  };
}

/** The record within its caps: the most recently visited chapters (and always `keep`), each with its first sections. */
export function trimSeen(seen: Seen, keep?: string): Seen {
  const chapters = Object.entries(seen);
  const recent = ([id, c]: [string, SeenChapter]) => (id === keep ? '9999' : c.at);
  const kept =
    chapters.length <= MAX_SEEN_CHAPTERS
      ? chapters
      : [...chapters].sort((a, b) => recent(b).localeCompare(recent(a))).slice(0, MAX_SEEN_CHAPTERS);
  return Object.fromEntries(
    kept.map(([id, c]) => [
      id,
      Object.keys(c.sections).length <= MAX_SEEN_SECTIONS
        ? c
        : { ...c, sections: Object.fromEntries(Object.entries(c.sections).slice(0, MAX_SEEN_SECTIONS)) },
    ]),
  );
}

/**
 * The record after the reader read some sections of a chapter today: those sections take their current fingerprint,
 * sections the page no longer has are forgotten, and the chapter's day becomes today.
 * @param page every section of the chapter's page now, id -> fingerprint (sets which ids are kept, and their order)
 * @param read the ids of the sections just read
 */
export function recordReading(
  seen: Seen,
  chapter: string,
  page: Record<string, string>,
  read: Iterable<string>,
  today: string,
): Seen {
  const before = seen[chapter]?.sections ?? {};
  const justRead = new Set(read);
  const sections: Record<string, string> = {};
  for (const [id, print] of Object.entries(page)) {
    if (justRead.has(id)) sections[id] = print;
    else if (before[id] !== undefined) sections[id] = before[id];
  }
  return trimSeen({ ...seen, [chapter]: { at: today, sections } }, chapter);
}

/** The sections of a page that changed since the reader read them, in page order; sections never read are not among them. */
export function changedSections(entry: SeenChapter | undefined, page: Record<string, string>): string[] {
  if (!entry) return [];
  return Object.entries(page)
    .filter(([id, print]) => entry.sections[id] !== undefined && entry.sections[id] !== print)
    .map(([id]) => id);
}
