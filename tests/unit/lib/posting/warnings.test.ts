import { describe, expect, test } from 'vitest';
import { findWarnings, yearsLadder, yearsMismatch } from '../../../../src/lib/posting/warnings';
import { bands } from './guide-data';

const ids = (text: string) => findWarnings(text).map((w) => w.id);

describe('warnings in the wording', () => {
  test('one person for every AI initiative', () => {
    expect(findWarnings('You will own all AI initiatives across the company.')).toEqual([
      { id: 'all-initiatives', quote: { text: 'all AI initiatives', start: 13, end: 31 } },
    ]);
    expect(ids('Drive our entire AI strategy.')).toEqual(['all-initiatives']);
    expect(ids('Lead every generative AI project in the bank.')).toEqual(['all-initiatives']);
    expect(ids('Own the retrieval service for one product.')).toEqual([]);
  });

  test('a prompt engineer title, and not prompt engineering as a skill', () => {
    expect(ids('We are hiring a Prompt Engineer.')).toEqual(['prompt-engineer']);
    expect(ids('Strong prompt engineering and evals.')).toEqual([]);
  });

  test('model training or research, but not training people or a PhD that is not asked for', () => {
    for (const text of [
      'Pre-training large models on thousands of GPUs.',
      'Train foundation models.',
      'First-author publications at NeurIPS.',
      'PhD in machine learning.',
      'Experience training neural networks from scratch.',
    ]) {
      expect(ids(text), text).toEqual(['training-research']);
    }
    for (const text of [
      'Train our staff on the new tools.',
      'No PhD required.',
      'You build on models others have trained.',
    ])
      expect(ids(text), text).toEqual([]);
  });

  test('several warnings come in the order the posting shows them', () => {
    expect(ids('Prompt Engineer. Own all AI initiatives. Pretraining experience.')).toEqual([
      'prompt-engineer',
      'all-initiatives',
      'training-research',
    ]);
  });
});

describe('years that do not fit the level', () => {
  const ladder = yearsLadder(bands);

  test('the ladder is the years the salary bands state, by level', () => {
    expect(ladder.map((r) => [r.level, r.min, r.max])).toEqual([
      ['mid', 2, 4],
      ['senior', 4, 7],
      ['staff', 7, 10],
    ]);
    expect(ladder.every((r) => r.source === 's1')).toBe(true);
  });

  test('a senior title with two years, or a staff one with four, does not fit', () => {
    expect(yearsMismatch('senior', 2, ladder)).toMatchObject({ own: { level: 'senior' }, fits: [{ level: 'mid' }] });
    expect(yearsMismatch('staff', 4, ladder)?.fits.map((r) => r.level)).toEqual(['mid', 'senior']);
    expect(yearsMismatch('mid', 12, ladder)).toMatchObject({ fits: [] });
  });

  test('years within the level fit, ends included', () => {
    expect(yearsMismatch('senior', 4, ladder)).toBeUndefined();
    expect(yearsMismatch('senior', 7, ladder)).toBeUndefined();
    expect(yearsMismatch('mid', 3, ladder)).toBeUndefined();
  });

  test('junior sits below the first rung: asking for its years or more does not fit', () => {
    expect(yearsMismatch('junior', 1, ladder)).toBeUndefined();
    expect(yearsMismatch('junior', 3, ladder)).toMatchObject({ lowest: { level: 'mid' }, fits: [{ level: 'mid' }] });
  });

  test('principal has no years in any source, so nothing is said', () => {
    expect(yearsMismatch('principal', 1, ladder)).toBeUndefined();
    expect(yearsMismatch('senior', 1, [])).toBeUndefined();
  });
});
