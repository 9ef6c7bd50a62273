import { describe, expect, test } from 'vitest';
import {
  FINGERPRINT,
  MAX_SEEN_CHAPTERS,
  MAX_SEEN_SECTIONS,
  changedSections,
  peekSeenChapter,
  recordReading,
  trimSeen,
  type Seen,
} from '../../../../src/client/progress/seen-record';
import { PROGRESS_KEY, PROGRESS_VERSION, SeenSchema } from '../../../../src/client/progress/store';
import { KEY as WATCH_KEY, VERSION as WATCH_VERSION } from '../../../../src/client/seen/watch';
import { FINGERPRINT_PATTERN, fingerprint } from '../../../../src/lib/fingerprint';
import { dateOf, dayNumber } from '../../../../src/lib/dates';

const page = { 'short-answer': 'aaaaaaaa', 'what-counts': 'bbbbbbbb', 'how-to-negotiate': 'cccccccc' };

describe('the reading record', () => {
  test('uses the fingerprints the build makes (the same format as src/lib/fingerprint.ts)', () => {
    expect(FINGERPRINT.source).toBe(FINGERPRINT_PATTERN.source);
    expect(fingerprint('any text')).toMatch(FINGERPRINT);
  });

  test('a first visit has nothing to compare, so nothing is changed', () => {
    expect(changedSections(undefined, page)).toEqual([]);
  });

  test('reading a section keeps its fingerprint and the day; sections not read are not recorded', () => {
    const seen = recordReading({}, 'salary', page, ['what-counts'], '2026-11-30');
    expect(seen).toEqual({ salary: { at: '2026-11-30', sections: { 'what-counts': 'bbbbbbbb' } } });
  });

  test('only sections read before and changed since are changed; new and never-read sections are not', () => {
    const seen = recordReading({}, 'salary', page, ['short-answer', 'what-counts'], '2026-11-30');
    const later = {
      'short-answer': 'aaaaaaaa',
      'what-counts': 'dddddddd',
      'how-to-negotiate': 'eeeeeeee',
      'a-new-section': 'ffffffff',
    };
    expect(changedSections(seen.salary, later)).toEqual(['what-counts']);
  });

  test('reading a changed section again takes its new fingerprint, so it is not changed on the next visit', () => {
    const first = recordReading({}, 'salary', page, Object.keys(page), '2026-11-30');
    const later = { ...page, 'what-counts': 'dddddddd' };
    const second = recordReading(first, 'salary', later, ['what-counts'], '2026-12-03');
    expect(changedSections(second.salary, later)).toEqual([]);
    expect(second.salary!.at).toBe('2026-12-03');
  });

  test("sections the page no longer has are forgotten, so the record follows the chapter's shape", () => {
    const first = recordReading({}, 'salary', page, Object.keys(page), '2026-11-30');
    const { 'how-to-negotiate': _, ...smaller } = page;
    const second = recordReading(first, 'salary', smaller, [], '2026-12-01');
    expect(Object.keys(second.salary!.sections)).toEqual(['short-answer', 'what-counts']);
  });

  test(`keeps at most ${MAX_SEEN_CHAPTERS} chapters, dropping the least recently visited, never the one just read`, () => {
    let seen: Seen = {};
    for (let i = 0; i < MAX_SEEN_CHAPTERS; i++)
      seen = recordReading(seen, `chapter-${i}`, page, ['short-answer'], dateOf(dayNumber('2026-01-01') + i));
    expect(Object.keys(seen)).toHaveLength(MAX_SEEN_CHAPTERS);
    const oldest = Object.entries(seen).sort(([, a], [, b]) => a.at.localeCompare(b.at))[0]![0];
    const next = recordReading(seen, 'one-more', page, ['short-answer'], '2025-12-31');
    expect(Object.keys(next)).toHaveLength(MAX_SEEN_CHAPTERS);
    expect(next['one-more']).toBeDefined();
    expect(next[oldest]).toBeUndefined();
  });

  test(`keeps at most ${MAX_SEEN_SECTIONS} sections a chapter, and an oversized record read from a file is trimmed`, () => {
    const sections = Object.fromEntries(
      Array.from({ length: MAX_SEEN_SECTIONS + 5 }, (_, i) => [`s-${i}`, 'aaaaaaaa']),
    );
    const trimmed = trimSeen({ salary: { at: '2026-11-30', sections } });
    expect(Object.keys(trimmed.salary!.sections)).toHaveLength(MAX_SEEN_SECTIONS);
  });

  test('the whole guide read stays small: 17 chapters of 11 sections is under 10 KB of JSON', () => {
    // The guide's 17 chapters have 183 sections, their ids 27 characters on average: 7 KB read in full (2026-12-06).
    let seen: Seen = {};
    const sections = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`a-section-heading-${String(i).padStart(9, '-')}`, fingerprint(String(i))]),
    );
    for (let i = 0; i < 17; i++)
      seen = recordReading(seen, `a-chapter-slug-${i}`, sections, Object.keys(sections), '2026-11-30');
    expect(SeenSchema.safeParse(seen).success).toBe(true);
    expect(JSON.stringify(seen).length).toBeLessThan(10 * 1024);
  });

  test('the reading record on the page agrees with the store on the key and the format', () => {
    expect(WATCH_KEY).toBe(PROGRESS_KEY);
    expect(WATCH_VERSION).toBe(PROGRESS_VERSION);
  });

  test('is read from a saved entry without the store only when it has the shape the store checks', () => {
    const entry = {
      version: 3,
      seen: { salary: { at: '2026-11-30', sections: { 'short-answer': 'aaaaaaaa', 'bad-print': 'CHANGED!' } } },
    };
    expect(peekSeenChapter(entry, 'salary')).toEqual({ at: '2026-11-30', sections: { 'short-answer': 'aaaaaaaa' } });
    expect(peekSeenChapter(entry, 'skills')).toBeUndefined();
    for (const broken of [
      null,
      'text',
      [],
      { seen: [] },
      { seen: { salary: { at: 'yesterday', sections: {} } } },
      { seen: { salary: { at: '2026-11-30' } } },
    ]) {
      expect(peekSeenChapter(broken, 'salary'), JSON.stringify(broken)).toBeUndefined();
    }
  });
});
