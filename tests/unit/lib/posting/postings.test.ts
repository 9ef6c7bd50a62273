// The reader against postings the project wrote itself (tests/fixtures/postings/, its own words; levels from junior
// to staff; an AI-native startup, big tech, enterprises adding AI, an agency, a consultancy, a lab, a government
// contractor...), each annotated with what a careful reader finds (expected.json). Prints, over the set, the share of
// expected skills the reader finds (recall) and the share of its marks that name a skill the posting does not ask for
// (wrong marks), and holds them to the bar: at least 85% and at most 10%.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildMatcher } from '../../../../src/lib/posting/match';
import { readPosting } from '../../../../src/lib/posting/read-posting';
import { yearsLadder, yearsMismatch } from '../../../../src/lib/posting/warnings';
import { bands, skills } from './guide-data';

interface Expected {
  employer: string;
  heldOut?: boolean;
  level: string | null;
  years: number | null;
  pay: { low: number; high: number; currency: string; basis: string; period: string } | null;
  skills: string[];
  required: string[];
  plus: string[];
  warnings: string[];
}

const DIR = join(import.meta.dirname, '../../../fixtures/postings');
const expected = Object.entries(
  JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>,
).filter(([name]) => !name.startsWith('$'));
const matcher = buildMatcher(skills);
const ladder = yearsLadder(bands);
const read = (name: string) => readPosting(readFileSync(join(DIR, `${name}.txt`), 'utf8'), matcher);
const percent = (n: number, of: number) => `${((n / of) * 100).toFixed(1)}%`;

function score(set: [string, Expected][]) {
  let found = 0;
  let wanted = 0;
  let wrong = 0;
  let marks = 0;
  for (const [name, e] of set) {
    const r = read(name);
    const named = new Set(r.asks.map((a) => a.skill));
    found += e.skills.filter((s) => named.has(s)).length;
    wanted += e.skills.length;
    wrong += r.marks.filter((m) => !e.skills.includes(m.skill)).length;
    marks += r.marks.length;
  }
  return { found, wanted, wrong, marks, recall: found / wanted, wrongRate: wrong / marks };
}

describe('the postings the project wrote', () => {
  test('the set spans junior to staff and at least eight postings', () => {
    expect(expected.length).toBeGreaterThanOrEqual(8);
    expect(new Set(expected.map(([, e]) => e.level))).toEqual(new Set(['junior', 'mid', 'senior', 'staff', null]));
  });

  test('at least 85% of the expected skills are found, and at most 10% of the marks are wrong', () => {
    const all = score(expected);
    const held = score(expected.filter(([, e]) => e.heldOut));
    console.log(
      `Posting reader over ${expected.length} postings: recall ${percent(all.found, all.wanted)} (${all.found} of ${all.wanted} expected skills), ` +
        `wrong marks ${percent(all.wrong, all.marks)} (${all.wrong} of ${all.marks}). ` +
        `The ${expected.filter(([, e]) => e.heldOut).length} held-out postings alone: recall ${percent(held.found, held.wanted)}, wrong marks ${percent(held.wrong, held.marks)}.`,
    );
    expect(all.recall).toBeGreaterThanOrEqual(0.85);
    expect(all.wrongRate).toBeLessThanOrEqual(0.1);
  });

  for (const [name, e] of expected) {
    test(`${name} (${e.employer}${e.heldOut ? ', held out' : ''}): level, years, pay, warnings, and what it requires and counts as a plus`, () => {
      const r = read(name);
      expect(r.level?.level ?? null, 'level').toBe(e.level);
      expect(r.years?.min ?? null, 'years').toBe(e.years);
      expect(
        r.pay
          ? { low: r.pay.low, high: r.pay.high, currency: r.pay.currency, basis: r.pay.basis, period: r.pay.period }
          : null,
        'pay',
      ).toEqual(e.pay);
      const years = e.level && r.years ? yearsMismatch(e.level as 'senior', r.years.min, ladder) : undefined;
      expect([...r.warnings.map((w) => w.id), ...(years ? ['years-level'] : [])].sort(), 'warnings').toEqual(
        [...e.warnings].sort(),
      );
      // A skill the reader misses counts against recall, above; one it finds must carry the posting's kind.
      const kinds = new Map(r.asks.map((a) => [a.skill, a.kind]));
      for (const s of e.required.filter((id) => kinds.has(id)))
        expect(kinds.get(s), `${s} is a requirement`).toBe('required');
      for (const s of e.plus.filter((id) => kinds.has(id))) expect(kinds.get(s), `${s} is a plus`).toBe('plus');
      if (!e.heldOut)
        expect(
          [...e.required, ...e.plus].filter((id) => !kinds.has(id)),
          'skills whose kind is stated but not found',
        ).toEqual([]);
    });
  }
});
