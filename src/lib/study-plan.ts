// The study plan: the learning path's milestones laid on dates that fit the reader's week. Pure and
// clock-free: "today" is a parameter (the page passes the browser's date, tests pass a fixed one).
// Dates are calendar days written YYYY-MM-DD, counted in UTC so that no time zone or daylight-saving
// change can move a day (src/lib/dates.ts). Unit-tested in tests/unit/lib/study-plan.test.ts.
import { dateOf, dayNumber } from './dates';

export const SKILL_LEVELS = ['none', 'some', 'solid'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
/** How the self-assessment names each rating, wherever a reader gives one (the study plan, the posting reader). */
export const SKILL_LEVEL_LABELS: Record<SkillLevel, string> = { none: 'New to me', some: 'Some', solid: 'Solid' };

/** The pace the guide's estimates assume: about 10 hours a week. */
export const DEFAULT_HOURS_PER_WEEK = 10;
export const MIN_HOURS_PER_WEEK = 1;
export const MAX_HOURS_PER_WEEK = 60;

/** A milestone as the planner needs it, in path order. */
export interface PlanMilestone {
  id: string;
  /** The guide's estimate, whole hours. */
  hours: number;
  /** Ids of the skills it builds; empty when no self-assessment can shorten it. */
  skills: readonly string[];
}

export interface PlanInput {
  milestones: readonly PlanMilestone[];
  /** Whole hours the reader studies a week, MIN_HOURS_PER_WEEK to MAX_HOURS_PER_WEEK. */
  hoursPerWeek: number;
  /** The day the reader starts (or started), YYYY-MM-DD. */
  start: string;
  /** Today, YYYY-MM-DD. Once a milestone is ticked, what is left is laid from today. */
  today: string;
  /** The reader's rating of each skill; a skill not rated counts as none. */
  skills?: Readonly<Record<string, SkillLevel>>;
  /** Ids of the ticked milestones (a record such as the progress file's, or a set). */
  done?: Readonly<Record<string, unknown>> | ReadonlySet<string>;
  /**
   * Ids of milestones to plan before the others (the job posting reader's "put these first"), each group kept in
   * path order. Ids the path does not have are ignored.
   */
  focus?: readonly string[];
}

export type PlannedStatus = 'done' | 'skipped' | 'shortened' | 'full';

export interface PlannedMilestone {
  id: string;
  status: PlannedStatus;
  /** The guide's estimate. */
  estimate: number;
  /** Hours planned: the estimate, half of it (rounded up) when shortened, 0 when done or skipped. */
  hours: number;
  /** First and last day of study for it, YYYY-MM-DD; only for milestones still to do. */
  start?: string;
  end?: string;
}

export interface PlannedWeek {
  /** 1 for the first week of the plan. */
  index: number;
  /** First and last day of the week (seven days from the day the plan is laid from). */
  start: string;
  end: string;
  /** Hours of study planned that week, and on which milestones. */
  hours: number;
  milestones: { id: string; hours: number }[];
}

export interface StudyPlan {
  /** The day the remaining milestones are laid from: the start date, or today once something is ticked and the start has passed. */
  from: string;
  /** In the order they are studied: path order, or the focused milestones first. */
  milestones: PlannedMilestone[];
  weeks: PlannedWeek[];
  /** Hours still to study. */
  hours: number;
  /** The last day of study, or undefined when nothing is left. */
  finish?: string;
}

// The progress store checks a plan's start date with it.
export { dayNumber };

/** The guide's estimate for a stage: its milestones' hours added up. */
export const hoursOf = (milestones: readonly { hours: number }[]) => milestones.reduce((n, m) => n + m.hours, 0);

/** Whole weeks some hours of study take at a pace (the last, partial week counts). */
export const weeksFor = (hours: number, hoursPerWeek = DEFAULT_HOURS_PER_WEEK) => Math.ceil(hours / hoursPerWeek);

/** Where a stage of the path falls at a steady pace: its hours, and the weeks of study it spans, counted from 1. */
export interface StageWeeks {
  hours: number;
  firstWeek: number;
  lastWeek: number;
}

/**
 * Each stage's weeks when the path is studied in order at a steady pace, from each stage's total hours (the
 * same arithmetic as planStudy with nothing ticked or skipped). A stage that starts part way through a week
 * shares that week with the stage before it. This is where the stages' labels ("Weeks 1-7") come from, so
 * that a label can never disagree with the hours.
 */
export function stageWeeks(stageHours: readonly number[], hoursPerWeek = DEFAULT_HOURS_PER_WEEK): StageWeeks[] {
  let at = 0;
  return stageHours.map((hours) => {
    const firstWeek = Math.floor(at / hoursPerWeek) + 1;
    at += hours;
    return { hours, firstWeek, lastWeek: Math.max(firstWeek, weeksFor(at, hoursPerWeek)) };
  });
}

/** A stage's weeks as a label: "Week 3", "Weeks 1–7". */
export const weeksLabel = ({ firstWeek, lastWeek }: Pick<StageWeeks, 'firstWeek' | 'lastWeek'>) =>
  firstWeek === lastWeek ? `Week ${firstWeek}` : `Weeks ${firstWeek}–${lastWeek}`;

/** The whole path's effort by the guide's estimates: its hours, and the weeks they take at a pace (10 hours a week unless given). */
export function pathEffort(
  milestones: readonly { hours: number }[],
  hoursPerWeek = DEFAULT_HOURS_PER_WEEK,
): { hours: number; weeks: number; hoursPerWeek: number } {
  const hours = hoursOf(milestones);
  return { hours, weeks: weeksFor(hours, hoursPerWeek), hoursPerWeek };
}

/** The effort in words: "240 hours, about 24 weeks at 10 hours a week". */
export const describeEffort = (e: { hours: number; weeks: number; hoursPerWeek: number }) =>
  `${e.hours} hours, about ${e.weeks} weeks at ${e.hoursPerWeek} hours a week`;

/** Whether hours a week is a whole number the planner accepts. */
export const validHoursPerWeek = (h: number) =>
  Number.isInteger(h) && h >= MIN_HOURS_PER_WEEK && h <= MAX_HOURS_PER_WEEK;

/**
 * How much of a milestone is left for a reader, from their ratings of the skills it builds: the least
 * practised skill decides. Every skill solid: skipped (0). None new to them (each some or solid): half.
 * Any skill new to them, or a milestone that builds no listed skill: all of it (1).
 */
export function shareLeft(skills: readonly string[], ratings: Readonly<Record<string, SkillLevel>> = {}): 0 | 0.5 | 1 {
  if (skills.length === 0) return 1;
  const levels = skills.map((s) => ratings[s] ?? 'none');
  if (levels.includes('none')) return 1;
  return levels.every((l) => l === 'solid') ? 0 : 0.5;
}

const isDone = (done: PlanInput['done'], id: string) =>
  done instanceof Set ? done.has(id) : Boolean(done && (done as Record<string, unknown>)[id]);

/**
 * Lays the milestones on dates. Study time is spread evenly over the week, hoursPerWeek / 7 a day, in path
 * order (the focused milestones first, when there are any): a milestone starts on the day the one before it
 * ends when that day has time left. Arithmetic is in sevenths of an hour so that every boundary is exact.
 */
export function planStudy(input: PlanInput): StudyPlan {
  const { hoursPerWeek: perWeek, start, today } = input;
  if (!validHoursPerWeek(perWeek))
    throw new RangeError(
      `Hours a week must be a whole number from ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}, not ${perWeek}.`,
    );
  const startDay = dayNumber(start);
  const todayDay = dayNumber(today);
  const anyDone = input.milestones.some((m) => isDone(input.done, m.id));
  const fromDay = anyDone ? Math.max(startDay, todayDay) : startDay;

  // Position in sevenths of an hour since fromDay; a day holds perWeek of them.
  let at = 0;
  const focus = new Set(input.focus);
  const ordered = [
    ...input.milestones.filter((m) => focus.has(m.id)),
    ...input.milestones.filter((m) => !focus.has(m.id)),
  ];
  const milestones: PlannedMilestone[] = ordered.map((m) => {
    if (isDone(input.done, m.id)) return { id: m.id, status: 'done', estimate: m.hours, hours: 0 };
    const share = shareLeft(m.skills, input.skills);
    if (share === 0) return { id: m.id, status: 'skipped', estimate: m.hours, hours: 0 };
    const hours = share === 1 ? m.hours : Math.ceil(m.hours / 2);
    const first = Math.floor(at / perWeek);
    at += hours * 7;
    const last = Math.ceil(at / perWeek) - 1;
    return {
      id: m.id,
      status: share === 1 ? 'full' : 'shortened',
      estimate: m.hours,
      hours,
      start: dateOf(fromDay + first),
      end: dateOf(fromDay + last),
    };
  });

  const total = at / 7;
  const weeks: PlannedWeek[] = [];
  let from = 0;
  for (const m of milestones) {
    let left = m.hours;
    while (left > 0) {
      const week = Math.floor(from / perWeek);
      const take = Math.min(left, (week + 1) * perWeek - from);
      const w = (weeks[week] ??= {
        index: week + 1,
        start: dateOf(fromDay + week * 7),
        end: dateOf(fromDay + week * 7 + 6),
        hours: 0,
        milestones: [],
      });
      w.hours += take;
      w.milestones.push({ id: m.id, hours: take });
      from += take;
      left -= take;
    }
  }
  // The last week ends on the last day of study, not a few idle days later.
  const finish = total > 0 ? milestones.findLast((m) => m.end)?.end : undefined;
  const lastWeek = weeks.at(-1);
  if (lastWeek && finish) lastWeek.end = finish;
  return { from: dateOf(fromDay), milestones, weeks, hours: total, ...(finish ? { finish } : {}) };
}
