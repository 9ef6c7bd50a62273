// Editors' change notes (a chapter's `changes:` frontmatter, src/schemas/chapter.ts): the list readers see (the end
// of a chapter, the What changed page, its feed), and the checks the build runs on them while it loads content
// (validate-content.ts): a note's section must be a heading of its chapter, and a salary band's figures may not
// change without a note that announces them.
//
// How the band check knows a band's previous figures: content/salary-bands/_figures.json (committed) holds, for each
// band, the fingerprint of its figures when the record was made (src/lib/fingerprint.ts, bandFiguresFingerprint).
// A change note with `band` and `figures` announces new figures and takes over from the record: a band's figures must
// match the fingerprint of its newest note, or the record's when no note names it. The record never needs
// rewriting; every later change is one more dated note. Pure: unit-tested in tests/unit/lib/change-notes.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bandFiguresFingerprint, FINGERPRINT_PATTERN } from './fingerprint';
import { headingTitles } from './checks/source-links';
import { formatOf } from './checks/mdx-tree';
import { isoDay as iso } from './dates';
import type { LooseEntry } from './checks/validate-content';
import { entryFile } from '../schemas/collections';

/** Where the record of the bands' figures lives, inside the content folder. */
export const BAND_RECORD_FILE = 'salary-bands/_figures.json';

export interface ChangeNoteData {
  date: Date;
  note: string;
  section?: string | undefined;
  band?: { id: string } | undefined;
  figures?: string | undefined;
}

const notesOf = (entry: LooseEntry) =>
  Array.isArray(entry.data.changes) ? (entry.data.changes as ChangeNoteData[]) : [];
const where = (entry: LooseEntry) => entryFile('chapters', entry);

/** A chapter's sections a note may name: its headings' ids -> their text, the short answer's included. */
export function chapterSections(body: string, file = ''): Map<string, string> {
  const titles = headingTitles(body, formatOf(file));
  const answer = /<ShortAnswer\b([^>]*)>/.exec(body);
  if (answer) titles.set('short-answer', /\btitle="([^"]*)"/.exec(answer[1]!)?.[1] ?? 'Short answer');
  return titles;
}

export interface ListedChange {
  chapter: string;
  date: Date;
  note: string;
  /** The section the note names, with its heading's text. */
  section?: { id: string; title: string } | undefined;
  /** A stable id for feeds: chapter, date and the note's place in its chapter's list. */
  key: string;
}

/** Every note of the given chapters (in reading order), newest first; on one day, in reading order. */
export function listChanges(
  chapters: {
    id: string;
    body?: string | undefined;
    filePath?: string | undefined;
    data: { changes: ChangeNoteData[] };
  }[],
): ListedChange[] {
  const listed = chapters.flatMap((c, order) => {
    // Parsed only for a chapter whose notes name a section: most notes name none.
    const sections = c.data.changes.some((n) => n.section)
      ? chapterSections(c.body ?? '', c.filePath)
      : new Map<string, string>();
    return c.data.changes.map((n, i) => ({
      order,
      chapter: c.id,
      date: n.date,
      note: n.note,
      section: n.section ? { id: n.section, title: sections.get(n.section) ?? n.section } : undefined,
      key: `${c.id}/${iso(n.date)}/${i + 1}`,
    }));
  });
  return listed
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.order - b.order)
    .map(({ order: _, ...change }) => change);
}

/**
 * Notes that name a section their chapter does not have, and notes dated after their chapter's `updated` (a note
 * records a change to the chapter, so the chapter changed on that day at the latest).
 */
export function findChangeNoteProblems(chapters: LooseEntry[]): string[] {
  return chapters.flatMap((entry) => {
    const notes = notesOf(entry);
    const sections = notes.some((n) => n.section !== undefined)
      ? chapterSections(entry.body ?? '', entry.filePath)
      : new Map<string, string>();
    const updated = entry.data.updated instanceof Date ? entry.data.updated : undefined;
    return notes.flatMap((n, i) => {
      const problems: string[] = [];
      if (n.section !== undefined && !sections.has(n.section)) {
        const some = [...sections.keys()].slice(0, 6).join(', ');
        problems.push(
          `${where(entry)}: **changes[${i}].section** is "${n.section}", which is not a heading of this chapter. Use the id of one of its headings (${some}${sections.size > 6 ? ', ...' : ''}), or leave section out.`,
        );
      }
      if (updated && n.date > updated) {
        problems.push(
          `${where(entry)}: **changes[${i}].date** ${iso(n.date)} is after the chapter's updated date (${iso(updated)}). Set updated: to ${iso(n.date)} or later: the note records a change to the chapter.`,
        );
      }
      return problems;
    });
  });
}

/** The record of the bands' figures: band id -> fingerprint, or a problem naming the file and the fix. */
export function readBandRecord(contentRoot: string): { record: Record<string, string>; problem?: string } {
  const file = join(contentRoot, BAND_RECORD_FILE);
  if (!existsSync(file)) return { record: {} };
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return {
      record: {},
      problem: `${file}: is not valid JSON (${(error as Error).message}). Restore it from git: it records each salary band's figures as first published.`,
    };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { record: {}, problem: `${file}: must be an object of band id -> fingerprint. Restore it from git.` };
  const entries = Object.entries(value);
  const bad = entries.filter(([, v]) => typeof v !== 'string' || !FINGERPRINT_PATTERN.test(v)).map(([k]) => k);
  if (bad.length)
    return {
      record: {},
      problem: `${file}: the entries ${bad.join(', ')} are not 8-character fingerprints. Restore the file from git; new figures are announced with a change note, not here.`,
    };
  return { record: Object.fromEntries(entries) as Record<string, string> };
}

/** The chapter an editor should announce a band's change in: one that prints the band, else one that lists bands. */
function chapterShowing(band: string, chapters: LooseEntry[]): string {
  const body = (c: LooseEntry) => c.body ?? '';
  const found =
    chapters.find((c) => new RegExp(`\\bband="${band}"`).test(body(c))) ??
    chapters.find((c) => /<SalaryBands\b/.test(body(c)));
  return found ? where(found) : 'the chapter that discusses it';
}

/**
 * Salary bands whose figures (level, currency, low, high, kind, basis, as-of date) differ from what was last
 * announced: the newest change note naming the band, else the record. Each problem says how to add the note.
 * @param today the day to suggest for the note, YYYY-MM-DD
 */
export function findUnannouncedBandChanges(
  bands: LooseEntry[],
  chapters: LooseEntry[],
  record: Record<string, string>,
  today: string,
  recordFile = `content/${BAND_RECORD_FILE}`,
): string[] {
  const published = chapters.filter((c) => c.data.draft !== true);
  const notes = published.flatMap((c) =>
    notesOf(c)
      .filter((n) => n.band && n.figures)
      .map((n) => ({ chapter: c, band: n.band!.id, date: n.date, figures: n.figures! })),
  );
  return bands.flatMap((band) => {
    const current = bandFiguresFingerprint(band.data);
    const own = notes.filter((n) => n.band === band.id);
    const newest = own.reduce<number | undefined>(
      (max, n) => (max === undefined || n.date.getTime() > max ? n.date.getTime() : max),
      undefined,
    );
    const latest = own.filter((n) => n.date.getTime() === newest);
    const announced =
      latest.length > 0 ? latest.map((n) => n.figures) : record[band.id] !== undefined ? [record[band.id]!] : [];
    if (announced.includes(current)) return [];
    const file = band.filePath ?? `content/salary-bands/${band.id}.yaml`;
    const how = `Readers are told when a figure moves: add a change note to ${chapterShowing(band.id, published)}, under \`changes:\` in its frontmatter: \`- { date: ${today}, band: ${band.id}, figures: ${current}, note: "<what changed for the reader, in one sentence>." }\` (and set its updated: to ${today}).`;
    if (announced.length === 0) return [`${file}: a new salary band, and no change note announces it. ${how}`];
    const last =
      latest.length > 0 ? `the change note of ${iso(latest[0]!.date)} in ${where(latest[0]!.chapter)}` : recordFile;
    return [
      `${file}: the band's figures (level, currency, low, high, highOpenEnded, kind, basis or asOf) changed since they were last announced (fingerprint ${announced.join(' or ')}, in ${last}; now ${current}), and no change note says so. ${how}`,
    ];
  });
}
