import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { addDays, dateOf, dayNumber } from '../../../src/lib/dates';
import {
  describeEffort,
  pathEffort,
  planStudy,
  shareLeft,
  stageWeeks,
  validHoursPerWeek,
  weeksFor,
  weeksLabel,
  type PlanInput,
  type PlanMilestone,
  type SkillLevel,
} from '../../../src/lib/study-plan';

// A small path of the real one's shape: whole hours, some milestones with skills and some without.
const path: PlanMilestone[] = [
  { id: 'basics', hours: 20, skills: ['model-literacy'] },
  { id: 'apis', hours: 14, skills: ['llm-api-fluency', 'prompting'] },
  { id: 'rag', hours: 16, skills: ['retrieval'] },
  { id: 'evals', hours: 10, skills: ['evaluation'] },
  { id: 'portfolio', hours: 12, skills: [] },
];
const TOTAL = 72;
const base: PlanInput = { milestones: path, hoursPerWeek: 10, start: '2026-12-07', today: '2026-12-07' };
const byId = (plan: ReturnType<typeof planStudy>, id: string) => plan.milestones.find((m) => m.id === id)!;

describe('pathEffort', () => {
  test("adds up the guide's estimates and rounds the weeks up at the pace given (10 hours a week unless said)", () => {
    expect(pathEffort([{ hours: 20 }, { hours: 14 }, { hours: 6 }])).toEqual({ hours: 40, weeks: 4, hoursPerWeek: 10 });
    expect(pathEffort([{ hours: 41 }], 10)).toEqual({ hours: 41, weeks: 5, hoursPerWeek: 10 });
    expect(describeEffort(pathEffort([{ hours: 240 }], 12))).toBe('240 hours, about 20 weeks at 12 hours a week');
  });
});

describe('hours per week', () => {
  test('at 10 hours a week, 70 hours take exactly seven weeks and the finish is the last day of the seventh', () => {
    const plan = planStudy({ ...base, milestones: [{ id: 'a', hours: 70, skills: [] }] });
    expect(plan.finish).toBe(addDays(base.start, 48));
    expect(plan.weeks).toHaveLength(7);
    expect(plan.weeks.every((w) => w.hours === 10)).toBe(true);
  });

  test('the whole small path at 10 hours a week finishes in its eighth week, at 20 in its fourth', () => {
    const at10 = planStudy(base);
    const at20 = planStudy({ ...base, hoursPerWeek: 20 });
    expect(at10.hours).toBe(TOTAL);
    expect(at10.weeks).toHaveLength(8);
    expect(at20.weeks).toHaveLength(4);
    expect(dayNumber(at20.finish!)).toBeLessThan(dayNumber(at10.finish!));
    // 72 hours at 10/7 a day: the 51st day (ceil(72 * 7 / 10) = 51).
    expect(at10.finish).toBe(addDays(base.start, 50));
  });

  test('milestones follow one another: each starts on or after the day the previous one ends', () => {
    const plan = planStudy(base);
    for (let i = 1; i < plan.milestones.length; i += 1) {
      expect(dayNumber(plan.milestones[i]!.start!)).toBeGreaterThanOrEqual(dayNumber(plan.milestones[i - 1]!.end!));
    }
    // 10/7 hours a day: 20 hours fill days 1-14 exactly, so the next starts on day 15; 14 more end part-way
    // through day 24, and the one after shares that day.
    expect(plan.milestones.map((m) => [m.start, m.end])).toEqual([
      ['2026-12-07', '2026-12-20'],
      ['2026-12-21', '2026-12-30'],
      ['2026-12-30', '2027-01-10'],
      ['2027-01-11', '2027-01-17'],
      ['2027-01-18', '2027-01-26'],
    ]);
  });

  test('hours a week outside 1 to 60, or not whole, are refused with a message', () => {
    for (const h of [0, -3, 61, 7.5, Number.NaN]) {
      expect(validHoursPerWeek(h)).toBe(false);
      expect(() => planStudy({ ...base, hoursPerWeek: h })).toThrow(/whole number from 1 to 60/);
    }
    expect(validHoursPerWeek(1) && validHoursPerWeek(60)).toBe(true);
  });
});

describe('week boundaries', () => {
  test('weeks run seven days from the start date, whatever weekday that is, and split a milestone that crosses one', () => {
    const plan = planStudy({ ...base, start: '2026-12-09' }); // a Wednesday
    expect(plan.weeks[0]).toEqual({
      index: 1,
      start: '2026-12-09',
      end: '2026-12-15',
      hours: 10,
      milestones: [{ id: 'basics', hours: 10 }],
    });
    expect(plan.weeks[1]!.start).toBe('2026-12-16');
    expect(plan.weeks[2]!.milestones).toEqual([{ id: 'apis', hours: 10 }]);
    expect(plan.weeks[3]!.milestones).toEqual([
      { id: 'apis', hours: 4 },
      { id: 'rag', hours: 6 },
    ]);
  });

  test('a milestone that fills a week exactly ends on its last day, and the next starts on the next day', () => {
    const plan = planStudy({
      ...base,
      milestones: [
        { id: 'a', hours: 10, skills: [] },
        { id: 'b', hours: 10, skills: [] },
      ],
    });
    expect(byId(plan, 'a')).toMatchObject({ start: '2026-12-07', end: '2026-12-13' });
    expect(byId(plan, 'b')).toMatchObject({ start: '2026-12-14', end: '2026-12-20' });
    expect(plan.weeks.map((w) => w.hours)).toEqual([10, 10]);
  });

  test('the last week ends on the finish date, not on the seventh day', () => {
    const plan = planStudy(base);
    expect(plan.weeks.at(-1)!.end).toBe(plan.finish);
    expect(plan.weeks.reduce((n, w) => n + w.hours, 0)).toBe(TOTAL);
  });
});

describe('self-assessment', () => {
  test('a milestone whose skills are all rated solid is skipped and takes no time', () => {
    const plan = planStudy({ ...base, skills: { retrieval: 'solid' } });
    expect(byId(plan, 'rag')).toEqual({ id: 'rag', status: 'skipped', estimate: 16, hours: 0 });
    expect(plan.hours).toBe(TOTAL - 16);
  });

  test('a milestone whose skills are known to some degree is halved, rounded up to whole hours', () => {
    const plan = planStudy({ ...base, skills: { 'llm-api-fluency': 'some', prompting: 'solid', evaluation: 'some' } });
    expect(byId(plan, 'apis')).toMatchObject({ status: 'shortened', estimate: 14, hours: 7 });
    expect(byId(plan, 'evals')).toMatchObject({ status: 'shortened', estimate: 10, hours: 5 });
    expect(plan.hours).toBe(TOTAL - 7 - 5);
  });

  test('one skill new to the reader keeps the whole milestone, and one without skills is never shortened', () => {
    expect(shareLeft(['llm-api-fluency', 'prompting'], { 'llm-api-fluency': 'solid' })).toBe(1);
    expect(shareLeft([], { anything: 'solid' })).toBe(1);
    expect(byId(planStudy({ ...base, skills: { 'llm-api-fluency': 'solid' } }), 'apis').status).toBe('full');
  });

  test('shortening and skipping bring the finish date forward', () => {
    const plain = planStudy(base);
    const rated = planStudy({ ...base, skills: { 'model-literacy': 'solid', retrieval: 'some' } });
    expect(dayNumber(rated.finish!)).toBeLessThan(dayNumber(plain.finish!));
    expect(byId(rated, 'apis').start).toBe(base.start);
  });
});

describe('re-planning after ticks', () => {
  test('ticked milestones are done; the rest are laid from today once the start has passed', () => {
    const plan = planStudy({
      ...base,
      start: '2026-10-01',
      today: '2026-12-07',
      done: { basics: '2026-11-01', apis: true },
    });
    expect(plan.from).toBe('2026-12-07');
    expect(byId(plan, 'basics')).toEqual({ id: 'basics', status: 'done', estimate: 20, hours: 0 });
    expect(byId(plan, 'rag')).toMatchObject({ status: 'full', start: '2026-12-07' });
    expect(plan.hours).toBe(TOTAL - 20 - 14);
  });

  test('ticks in any order count: a later milestone ticked first leaves the earlier ones to do', () => {
    const plan = planStudy({ ...base, done: new Set(['rag']) });
    expect(plan.milestones.map((m) => m.status)).toEqual(['full', 'full', 'done', 'full', 'full']);
  });

  test('with nothing ticked the plan keeps the start date the reader gave, even a past one', () => {
    expect(planStudy({ ...base, start: '2026-10-01', today: '2026-12-07' }).from).toBe('2026-10-01');
  });

  test('a start date still to come is kept after ticking', () => {
    expect(planStudy({ ...base, start: '2027-01-04', today: '2026-12-07', done: { basics: true } }).from).toBe(
      '2027-01-04',
    );
  });

  test('when everything is ticked or skipped there is no finish date and no week', () => {
    const plan = planStudy({ ...base, done: Object.fromEntries(path.map((m) => [m.id, true])) });
    expect(plan.finish).toBeUndefined();
    expect(plan.weeks).toEqual([]);
    expect(plan.hours).toBe(0);
  });
});

describe('milestones put first (the job posting reader)', () => {
  test('focused milestones are studied first, in path order, and the rest follow in path order', () => {
    const plan = planStudy({ ...base, focus: ['evals', 'apis'] });
    expect(plan.milestones.map((m) => m.id)).toEqual(['apis', 'evals', 'basics', 'rag', 'portfolio']);
    expect(byId(plan, 'apis').start).toBe(base.start);
    expect(dayNumber(byId(plan, 'basics').start!)).toBeGreaterThanOrEqual(dayNumber(byId(plan, 'evals').end!));
  });

  test('putting milestones first moves nothing else: the same hours and the same finish date', () => {
    const plan = planStudy({ ...base, focus: ['rag'] });
    const plain = planStudy(base);
    expect(plan.hours).toBe(plain.hours);
    expect(plan.finish).toBe(plain.finish);
  });

  test('ids the path does not have are ignored', () => {
    expect(planStudy({ ...base, focus: ['gone', 'evals'] }).milestones.map((m) => m.id)).toEqual([
      'evals',
      'basics',
      'apis',
      'rag',
      'portfolio',
    ]);
  });
});

describe('properties', () => {
  const level = fc.constantFrom<SkillLevel>('none', 'some', 'solid');
  const day = fc.integer({ min: dayNumber('2020-01-01'), max: dayNumber('2035-12-31') }).map(dateOf);
  const input = fc
    .record({
      milestones: fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^[a-z]{1,8}$/),
          hours: fc.integer({ min: 1, max: 200 }),
          skills: fc.subarray(['a', 'b', 'c']),
        }),
        { selector: (m) => m.id, minLength: 1, maxLength: 20 },
      ),
      hoursPerWeek: fc.integer({ min: 1, max: 60 }),
      start: day,
      today: day,
      skills: fc.record({ a: level, b: level, c: level }),
      doneShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ doneShare, ...rest }) => ({
      ...rest,
      done: new Set(rest.milestones.filter((_, i) => i < rest.milestones.length * doneShare * 0.5).map((m) => m.id)),
    }));

  test('the plan never ends before it starts, and no milestone ends before it starts', () => {
    fc.assert(
      fc.property(input, (i) => {
        const plan = planStudy(i);
        for (const m of plan.milestones)
          if (m.start) expect(dayNumber(m.end!)).toBeGreaterThanOrEqual(dayNumber(m.start));
        if (plan.finish) expect(dayNumber(plan.finish)).toBeGreaterThanOrEqual(dayNumber(plan.from));
        expect(plan.weeks.reduce((n, w) => n + w.hours, 0)).toBe(plan.hours);
      }),
    );
  });

  test('more hours a week never finishes later', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 59 }), (i, extra) => {
        const slower = planStudy(i);
        const faster = planStudy({ ...i, hoursPerWeek: Math.min(60, i.hoursPerWeek + extra) });
        if (slower.finish) expect(dayNumber(faster.finish!)).toBeLessThanOrEqual(dayNumber(slower.finish));
      }),
    );
  });

  test('a focus changes only the order: every milestone keeps its status and hours, the total and the finish stay, and the focused ones come first', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0, max: 1, noNaN: true }), (i, share) => {
        const focus = i.milestones
          .filter((_, n) => n < i.milestones.length * share)
          .map((m) => m.id)
          .reverse();
        const plain = planStudy(i);
        const focused = planStudy({ ...i, focus });
        const summary = (p: typeof plain) => p.milestones.map((m) => `${m.id}:${m.status}:${m.hours}`).sort();
        expect(summary(focused)).toEqual(summary(plain));
        expect(focused.hours).toBe(plain.hours);
        expect(focused.finish).toBe(plain.finish);
        const ids = focused.milestones.map((m) => m.id);
        const firstOther = ids.findIndex((id) => !focus.includes(id));
        if (firstOther >= 0) expect(ids.slice(firstOther).some((id) => focus.includes(id))).toBe(false);
      }),
    );
  });

  test('rating a skill higher never makes the plan longer', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('a', 'b', 'c'), (i, skill) => {
        const up = { ...i.skills, [skill]: i.skills[skill as 'a'] === 'none' ? 'some' : 'solid' } as Record<
          string,
          SkillLevel
        >;
        expect(planStudy({ ...i, skills: up }).hours).toBeLessThanOrEqual(planStudy(i).hours);
      }),
    );
  });
});

describe('stage labels from the hours', () => {
  test('a stage spans the weeks its hours fill at the pace, sharing a week with the stage before when it starts part way through', () => {
    expect(stageWeeks([40, 40, 58, 58, 44], 10)).toEqual([
      { hours: 40, firstWeek: 1, lastWeek: 4 },
      { hours: 40, firstWeek: 5, lastWeek: 8 },
      { hours: 58, firstWeek: 9, lastWeek: 14 },
      { hours: 58, firstWeek: 14, lastWeek: 20 },
      { hours: 44, firstWeek: 20, lastWeek: 24 },
    ]);
  });

  test('a stage shorter than a week that fits inside one week is labelled with that one week', () => {
    const [first, second] = stageWeeks([3, 4], 10);
    expect([weeksLabel(first!), weeksLabel(second!)]).toEqual(['Week 1', 'Week 1']);
    expect(weeksLabel({ firstWeek: 1, lastWeek: 7 })).toBe('Weeks 1–7');
  });

  test('the last stage ends in the week the planner finishes the whole path at the same pace', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 60 }),
        (hours, perWeek) => {
          const stages = stageWeeks(hours, perWeek);
          const plan = planStudy({
            ...base,
            hoursPerWeek: perWeek,
            milestones: hours.map((h, i) => ({ id: `m${i}`, hours: h, skills: [] })),
          });
          expect(stages.at(-1)!.lastWeek).toBe(plan.weeks.length);
          expect(
            weeksFor(
              hours.reduce((a, b) => a + b, 0),
              perWeek,
            ),
          ).toBe(plan.weeks.length);
          for (const s of stages) expect(s.firstWeek).toBeLessThanOrEqual(s.lastWeek);
        },
      ),
    );
  });
});
