import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { gapFor, type GapInput } from '../../../../src/lib/posting/gap';
import type { SkillLevel } from '../../../../src/lib/study-plan';

const milestones = [
  { id: 'apis', hours: 14, skills: ['llm-api', 'prompting'] },
  { id: 'rag', hours: 16, skills: ['retrieval'] },
  { id: 'evals', hours: 10, skills: ['evaluation'] },
  { id: 'deploy', hours: 30, skills: ['backend', 'observability'] },
];
const base: GapInput = {
  asked: ['retrieval', 'evaluation', 'security'],
  milestones,
  ratings: {},
  hoursPerWeek: 10,
  today: '2026-12-07',
};

describe('the gap', () => {
  test('the milestones that build the skills rated below solid, their hours and the day the reader is ready', () => {
    const gap = gapFor(base);
    expect(gap.skills).toEqual(['retrieval', 'evaluation', 'security']);
    expect(gap.milestones).toEqual(['rag', 'evals']);
    expect(gap.plan.hours).toBe(26);
    expect(gap.plan.from).toBe('2026-12-07');
    expect(gap.plan.finish).toBe('2026-12-25');
  });

  test('a skill no milestone builds is named as one the path cannot close', () => {
    expect(gapFor(base).unbuilt).toEqual(['security']);
  });

  test('a skill rated solid drops out; one rated "some" halves its milestone, as the study plan does', () => {
    expect(gapFor({ ...base, ratings: { retrieval: 'solid' } }).milestones).toEqual(['evals']);
    expect(gapFor({ ...base, ratings: { retrieval: 'some' } }).plan.hours).toBe(18);
  });

  test('a ticked milestone takes no time', () => {
    expect(gapFor({ ...base, done: { rag: '2026-12-01' } }).plan.hours).toBe(10);
  });

  test('nothing asked, or everything solid, leaves no gap', () => {
    expect(gapFor({ ...base, asked: [] }).plan.hours).toBe(0);
    const solid = gapFor({ ...base, ratings: { retrieval: 'solid', evaluation: 'solid', security: 'solid' } });
    expect(solid.skills).toEqual([]);
    expect(solid.plan.finish).toBeUndefined();
  });

  test('more hours a week brings the ready day forward', () => {
    expect(gapFor({ ...base, hoursPerWeek: 20 }).plan.finish).toBe('2026-12-16');
  });
});

describe('properties', () => {
  const level = fc.constantFrom<SkillLevel>('none', 'some', 'solid');
  const skillIds = ['llm-api', 'prompting', 'retrieval', 'evaluation', 'backend', 'observability', 'security'];
  const input = fc.record({
    asked: fc.subarray(skillIds),
    ratings: fc.dictionary(fc.constantFrom(...skillIds), level),
    hoursPerWeek: fc.integer({ min: 1, max: 60 }),
  });

  test('the gap never takes more than the estimates of the milestones it names', () => {
    fc.assert(
      fc.property(input, (i) => {
        const gap = gapFor({ ...base, ...i });
        const estimate = milestones.filter((m) => gap.milestones.includes(m.id)).reduce((n, m) => n + m.hours, 0);
        expect(gap.plan.hours).toBeLessThanOrEqual(estimate);
      }),
    );
  });

  test('rating a skill higher never widens the gap', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...skillIds), (i, skill) => {
        const up: Record<string, SkillLevel> = {
          ...i.ratings,
          [skill]: (i.ratings[skill] ?? 'none') === 'none' ? 'some' : 'solid',
        };
        expect(gapFor({ ...base, ...i, ratings: up }).plan.hours).toBeLessThanOrEqual(
          gapFor({ ...base, ...i }).plan.hours,
        );
      }),
    );
  });
});
