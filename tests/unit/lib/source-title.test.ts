import { describe, expect, test } from 'vitest';
import { citationLabel, fullTitle, SOURCE_KIND_LABELS, sourceDate, sourceYear } from '../../../src/lib/source-title';
import { SOURCE_KINDS } from '../../../src/schemas/source';

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('citationLabel', () => {
  test('names a source by its short name and the year it speaks for', () => {
    expect(citationLabel({ short: 'Jobbi', asOf: date('2026-01-01') })).toBe('Jobbi 2026');
    expect(citationLabel({ short: 'northstar', asOf: date('2026-06-05') })).toBe('northstar 2026');
  });

  test('keeps a short name that has its own comma or slash as written', () => {
    expect(citationLabel({ short: 'Career, Part 15', asOf: date('2025-12-31') })).toBe('Career, Part 15 2025');
    expect(citationLabel({ short: 'AI/TLDR', asOf: date('2027-03-01') })).toBe('AI/TLDR 2027');
  });

  test('takes the year in UTC, so a source dated 1 January is not put in the year before in a western time zone', () => {
    expect(sourceYear({ asOf: date('2026-01-01') })).toBe(2026);
  });
});

describe('sourceDate', () => {
  test('quotes the date as the document states it', () => {
    expect(sourceDate({ dateStated: 'Updated Mar 2026', asOf: date('2026-03-01') })).toBe('Dated “Updated Mar 2026”');
  });

  test('says an undated source is undated and names the year it is filed under', () => {
    expect(sourceDate({ dateStated: null, asOf: date('2026-01-01') })).toBe(
      'Undated; filed under 2026, the year it is framed in',
    );
  });
});

describe('fullTitle', () => {
  test('joins title and subtitle with a colon, or a space after a question mark', () => {
    expect(fullTitle({ title: 'The Rise of AI Engineering Roles', subtitle: 'What to Learn in 2026' })).toBe(
      'The Rise of AI Engineering Roles: What to Learn in 2026',
    );
    expect(fullTitle({ title: 'What is it?', subtitle: 'A primer' })).toBe('What is it? A primer');
    expect(fullTitle({ title: 'Alone' })).toBe('Alone');
  });
});

test('every source kind has a label for readers', () => {
  for (const kind of SOURCE_KINDS) expect(SOURCE_KIND_LABELS[kind], kind).toMatch(/^[A-Z]/);
});
