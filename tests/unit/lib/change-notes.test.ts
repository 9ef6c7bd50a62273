import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  chapterSections,
  findChangeNoteProblems,
  findUnannouncedBandChanges,
  listChanges,
  readBandRecord,
} from '../../../src/lib/change-notes';
import { bandFiguresFingerprint } from '../../../src/lib/fingerprint';
import type { LooseEntry } from '../../../src/lib/checks/validate-content';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const BODY =
  '<ShortAnswer>\n\n- The point.\n\n</ShortAnswer>\n\n## How to negotiate\n\nText <Pay band="s1-senior" />.\n\n### Ask for the range\n';
const chapter = (id: string, changes: unknown[], extra: Record<string, unknown> = {}): LooseEntry => ({
  id,
  filePath: `content/chapters/${id}.mdx`,
  data: { updated: day('2026-11-30'), changes, ...extra },
  body: BODY,
});
const bandData = {
  level: 'senior',
  currency: 'USD',
  low: 260000,
  high: 420000,
  highOpenEnded: false,
  basis: 'total-compensation',
  kind: 'typical-range',
  asOf: day('2026-01-01'),
};
const band = (data: Record<string, unknown> = bandData): LooseEntry => ({
  id: 's1-senior',
  filePath: 'content/salary-bands/s1-senior.yaml',
  data,
});
const RECORDED = bandFiguresFingerprint(bandData);
const raised = { ...bandData, low: 270000 };
const RAISED = bandFiguresFingerprint(raised);

describe('the sections a note may name', () => {
  test("are the chapter's headings, the short answer's included", () => {
    expect([...chapterSections(BODY)]).toEqual([
      ['how-to-negotiate', 'How to negotiate'],
      ['ask-for-the-range', 'Ask for the range'],
      ['short-answer', 'Short answer'],
    ]);
  });
});

describe('listChanges', () => {
  test('lists every note newest first, on one day in reading order, with its section title and a stable key', () => {
    const a = {
      id: 'salary',
      body: BODY,
      data: {
        changes: [
          { date: day('2026-11-30'), note: 'Older.' },
          { date: day('2026-12-02'), note: 'Newest.', section: 'how-to-negotiate' },
        ],
      },
    };
    const b = {
      id: 'skills',
      body: BODY,
      data: { changes: [{ date: day('2026-11-30'), note: 'Same day, later chapter.' }] },
    };
    expect(listChanges([a, b]).map((c) => [c.chapter, c.note, c.section?.title, c.key])).toEqual([
      ['salary', 'Newest.', 'How to negotiate', 'salary/2026-12-02/2'],
      ['salary', 'Older.', undefined, 'salary/2026-11-30/1'],
      ['skills', 'Same day, later chapter.', undefined, 'skills/2026-11-30/1'],
    ]);
  });
});

describe('findChangeNoteProblems', () => {
  test('accepts notes that name a heading, or none', () => {
    expect(
      findChangeNoteProblems([
        chapter('salary', [
          { date: day('2026-11-30'), note: 'A.', section: 'ask-for-the-range' },
          { date: day('2026-11-29'), note: 'B.' },
        ]),
      ]),
    ).toEqual([]);
  });

  test('names the file, the field and the fix for a section the chapter does not have, and for a note after updated', () => {
    expect(
      findChangeNoteProblems([
        chapter('salary', [
          { date: day('2026-11-30'), note: 'A.', section: 'how-to-negotate' },
          { date: day('2026-12-03'), note: 'B.' },
        ]),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "content/chapters/salary.mdx: **changes[0].section** is "how-to-negotate", which is not a heading of this chapter. Use the id of one of its headings (how-to-negotiate, ask-for-the-range, short-answer), or leave section out.",
        "content/chapters/salary.mdx: **changes[1].date** 2026-12-03 is after the chapter's updated date (2026-11-30). Set updated: to 2026-12-03 or later: the note records a change to the chapter.",
      ]
    `);
  });
});

describe('findUnannouncedBandChanges', () => {
  const check = (b: LooseEntry, chapters: LooseEntry[], record: Record<string, string> = { 's1-senior': RECORDED }) =>
    findUnannouncedBandChanges([b], chapters, record, '2026-12-06');

  test('a band whose figures are as recorded needs no note, and neither does a change of its wording', () => {
    expect(check(band(), [chapter('salary', [])])).toEqual([]);
    expect(
      check(band({ ...bandData, note: 'Reworded.', levelLabel: 'Senior (4-7 years)' }), [chapter('salary', [])]),
    ).toEqual([]);
  });

  test('new figures without a note fail, with the note to add: where, the date, the band and its new fingerprint', () => {
    expect(check(band(raised), [chapter('salary', [])])).toMatchInlineSnapshot(`
      [
        "content/salary-bands/s1-senior.yaml: the band's figures (level, currency, low, high, highOpenEnded, kind, basis or asOf) changed since they were last announced (fingerprint ${RECORDED}, in content/salary-bands/_figures.json; now ${RAISED}), and no change note says so. Readers are told when a figure moves: add a change note to content/chapters/salary.mdx, under \`changes:\` in its frontmatter: \`- { date: 2026-12-06, band: s1-senior, figures: ${RAISED}, note: "<what changed for the reader, in one sentence>." }\` (and set its updated: to 2026-12-06).",
      ]
    `);
  });

  test('a note that announces the new figures takes over from the record', () => {
    const noted = chapter('salary', [
      { date: day('2026-12-01'), note: 'The senior range rose.', band: { id: 's1-senior' }, figures: RAISED },
    ]);
    expect(check(band(raised), [noted])).toEqual([]);
  });

  test('only the newest note counts: figures changed again after it need a note of their own', () => {
    const noted = chapter('salary', [
      { date: day('2026-12-01'), note: 'The senior range rose.', band: { id: 's1-senior' }, figures: RAISED },
    ]);
    expect(check(band({ ...raised, high: 430000 }), [noted])[0]).toContain(
      'in the change note of 2026-12-01 in content/chapters/salary.mdx',
    );
    // Back to the recorded figures is a change too, once a note has announced others.
    expect(check(band(), [noted])).toHaveLength(1);
  });

  test('a note in a draft chapter announces nothing: readers do not see it', () => {
    const draft = chapter(
      'salary',
      [{ date: day('2026-12-01'), note: 'The senior range rose.', band: { id: 's1-senior' }, figures: RAISED }],
      { draft: true },
    );
    expect(check(band(raised), [draft])).toHaveLength(1);
  });

  test('a band the record does not know and no note announces is a new band to announce', () => {
    expect(check(band(), [chapter('salary', [])], {})[0]).toMatch(
      /^content\/salary-bands\/s1-senior.yaml: a new salary band, and no change note announces it\./,
    );
  });
});

describe('readBandRecord', () => {
  const folder = (json?: string) => {
    const root = mkdtempSync(join(tmpdir(), 'band-record-'));
    mkdirSync(join(root, 'salary-bands'));
    if (json !== undefined) writeFileSync(join(root, 'salary-bands', '_figures.json'), json);
    return root;
  };

  test('reads band id -> fingerprint; a guide without the file has an empty record', () => {
    expect(readBandRecord(folder('{ "s1-senior": "0a1b2c3d" }'))).toEqual({ record: { 's1-senior': '0a1b2c3d' } });
    expect(readBandRecord(folder())).toEqual({ record: {} });
  });

  test('a damaged record is a problem that says to restore it', () => {
    expect(readBandRecord(folder('{ oops')).problem).toMatch(/_figures\.json: is not valid JSON .*Restore it from git/);
    expect(readBandRecord(folder('{ "s1-senior": 12 }')).problem).toMatch(
      /the entries s1-senior are not 8-character fingerprints/,
    );
  });
});
