// The gap between a posting and the reader: the skills it asks for that the reader rates below solid, the
// learning-path milestones that build them, the hours those take by the study plan's own rules (a milestone
// is halved when none of its skills is new to the reader, skipped when all are solid, and not counted once
// ticked), and the day the reader would be ready at their hours a week. Pure; "today" is a parameter.
// Unit- and property-tested in tests/unit/lib/posting/gap.test.ts.
import { planStudy, type PlanInput, type PlanMilestone, type SkillLevel, type StudyPlan } from '../study-plan';

export interface GapInput {
  /** Ids of the skills the posting asks for. */
  asked: readonly string[];
  /** Every milestone of the learning path, in path order. */
  milestones: readonly PlanMilestone[];
  ratings: Readonly<Record<string, SkillLevel>>;
  done?: PlanInput['done'];
  hoursPerWeek: number;
  /** YYYY-MM-DD: the plan for the gap starts today. */
  today: string;
}

export interface Gap {
  /** Asked skills the reader rates below solid, in the order asked. */
  skills: string[];
  /** Of those, the ones no milestone builds: the path cannot close them. */
  unbuilt: string[];
  /** Milestones that build at least one of `skills`, in path order; ticked ones included (planned as done). */
  milestones: string[];
  /** The plan of those milestones alone, from today. */
  plan: StudyPlan;
}

export function gapFor(input: GapInput): Gap {
  const skills = input.asked.filter((id) => (input.ratings[id] ?? 'none') !== 'solid');
  const wanted = new Set(skills);
  const chosen = input.milestones.filter((m) => m.skills.some((s) => wanted.has(s)));
  const built = new Set(input.milestones.flatMap((m) => m.skills));
  return {
    skills,
    unbuilt: skills.filter((s) => !built.has(s)),
    milestones: chosen.map((m) => m.id),
    plan: planStudy({
      milestones: chosen,
      hoursPerWeek: input.hoursPerWeek,
      start: input.today,
      today: input.today,
      skills: input.ratings,
      ...(input.done ? { done: input.done } : {}),
    }),
  };
}
