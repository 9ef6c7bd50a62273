import { describe, expect, test } from 'vitest';
import { cleanPosting, readPosting } from '../../../../src/lib/posting/read-posting';
import { buildMatcher } from '../../../../src/lib/posting/match';
import { MAX_POSTING_CHARS } from '../../../../src/lib/posting/vocabulary';
import { EXAMPLE_POSTING } from '../../../../src/lib/posting/example';
import { yearsLadder, yearsMismatch } from '../../../../src/lib/posting/warnings';
import { bands, skills } from './guide-data';

const matcher = buildMatcher(skills);

describe('cleaning what was pasted', () => {
  test('line endings become \\n and control characters go; tabs and new lines stay', () => {
    expect(cleanPosting('a\r\nb\rc\u0000d\u0007e\tf\ng').text).toBe('a\nb\ncde\tf\ng');
  });

  test('a text over the limit is cut at it, and says how long it was', () => {
    const long = 'x'.repeat(MAX_POSTING_CHARS + 10);
    expect(cleanPosting(long)).toEqual({ text: 'x'.repeat(MAX_POSTING_CHARS), cutFrom: MAX_POSTING_CHARS + 10 });
    expect(cleanPosting('short')).toEqual({ text: 'short' });
  });

  test('the cut never splits a character written as two code units', () => {
    const text = `${'x'.repeat(MAX_POSTING_CHARS - 1)}😀 and more`;
    expect(cleanPosting(text).text).toBe('x'.repeat(MAX_POSTING_CHARS - 1));
  });
});

describe('reading a posting', () => {
  test('markup is text: the words inside it are read, the text is kept exactly as typed', () => {
    const text = '<img src=x onerror="alert(1)"><script>alert("RAG")</script> Senior engineer, Python';
    const read = readPosting(text, matcher);
    expect(read.text).toBe(text);
    expect(read.asks.map((a) => a.skill)).toEqual(['retrieval-rag', 'production-python-or-typescript']);
  });

  test('the example posting shows every part of the result', () => {
    const read = readPosting(EXAMPLE_POSTING, matcher);
    expect(read.asks.length).toBeGreaterThanOrEqual(8);
    expect(new Set(read.asks.map((a) => a.kind))).toEqual(new Set(['required', 'plus', 'named']));
    expect(read.level).toMatchObject({ level: 'senior', from: 'title' });
    expect(read.pay).toMatchObject({ low: 180_000, high: 220_000, basis: 'base', currency: 'USD' });
    expect(yearsMismatch(read.level!.level, read.years!.min, yearsLadder(bands))).toBeDefined();
  });

  test('an empty or unrelated text reads as nothing asked', () => {
    expect(readPosting('', matcher)).toMatchObject({ text: '', marks: [], asks: [], warnings: [] });
    expect(readPosting('Baker wanted. Early starts.', matcher).asks).toEqual([]);
  });
});
