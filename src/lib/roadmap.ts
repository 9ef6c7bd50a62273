// The roadmap: the learning path drawn as one picture (stages in order, their milestones with the guide's hours,
// the skills each milestone builds). Like the salary chart's geometry (src/lib/salary-chart.ts), it is worked out
// at build time from the data and drawn by components (components/content/Roadmap.astro in a chapter,
// components/data/RoadmapDiagram.astro on the progress and roadmap pages): a milestone added to
// content/learning-path/ appears with no code change. Pure: data in, a model out.
// `roadmapProgress` is the reader's progress on it, run in the browser (src/client/progress/roadmap.ts).
// Unit-tested in tests/unit/lib/roadmap.test.ts.
import { hoursOf, stageWeeks, weeksLabel } from './study-plan';

export interface RoadmapStageInput {
  id: string;
  data: {
    title: string;
    milestones: { id: string; text: string; hours: number; skills: { id: string }[] }[];
  };
}

export interface RoadmapSkillInput {
  id: string;
  data: { name: string; priority: 'must-have' | 'nice-to-have' };
}

export interface RoadmapSkill {
  id: string;
  name: string;
  mustHave: boolean;
  /** The milestones that build it, in path order. */
  milestones: string[];
}

export interface RoadmapMilestone {
  id: string;
  text: string;
  hours: number;
  /** The skills it builds, must-haves first, each in the order the milestone lists them. */
  skills: RoadmapSkill[];
}

export interface RoadmapStage {
  id: string;
  /** Position on the path, from 1: the stage's label ("Stage 2"). */
  step: number;
  title: string;
  hours: number;
  /** The weeks it spans at the guide's pace, as the learning path labels it ("Weeks 1–7"). */
  weeks: string;
  milestones: RoadmapMilestone[];
}

export interface Roadmap {
  stages: RoadmapStage[];
  /** Every skill some milestone builds, in the order the path first builds it. */
  skills: RoadmapSkill[];
  /** Skills no milestone builds, in the order given. */
  elsewhere: RoadmapSkill[];
  hours: number;
  milestones: number;
}

/**
 * The roadmap from the learning path's stages (in path order, as getEntries('learning-path') gives them) and the skills.
 * A milestone that names a skill missing from `skills` is an error: the content checks refuse it before this runs.
 */
export function buildRoadmap(stages: readonly RoadmapStageInput[], skills: readonly RoadmapSkillInput[]): Roadmap {
  const byId = new Map(
    skills.map((s) => [
      s.id,
      { id: s.id, name: s.data.name, mustHave: s.data.priority === 'must-have', milestones: [] as string[] },
    ]),
  );
  const used: RoadmapSkill[] = [];
  const skill = (id: string, milestone: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`Milestone "${milestone}" builds skill "${id}", which is not in content/skills/.`);
    if (found.milestones.length === 0) used.push(found);
    found.milestones.push(milestone);
    return found;
  };
  const weeks = stageWeeks(stages.map((s) => hoursOf(s.data.milestones)));
  const drawn = stages.map((s, i) => {
    const milestones = s.data.milestones.map((m) => ({
      id: m.id,
      text: m.text,
      hours: m.hours,
      skills: m.skills.map((k) => skill(k.id, m.id)).sort((a, b) => Number(b.mustHave) - Number(a.mustHave)),
    }));
    return {
      id: s.id,
      step: i + 1,
      title: s.data.title,
      hours: hoursOf(milestones),
      weeks: weeksLabel(weeks[i]!),
      milestones,
    };
  });
  return {
    stages: drawn,
    skills: used,
    elsewhere: [...byId.values()].filter((s) => s.milestones.length === 0),
    hours: hoursOf(drawn),
    milestones: drawn.reduce((n, s) => n + s.milestones.length, 0),
  };
}

/**
 * Where the milestones are drawn in full, for the roadmap's links: the chapter that shows `<LearningPath />`
 * (its slug), or undefined when no chapter does (the progress page always shows the path).
 */
export function pathChapter(chapters: readonly { id: string; body?: string | undefined }[]): string | undefined {
  return chapters.find((c) => /<LearningPath\b/.test(c.body ?? ''))?.id;
}

/** The anchor of a milestone in the learning path's list (components/content/LearningPath.astro). */
export const milestoneAnchor = (id: string) => `milestone-${id}`;

export interface RoadmapProgress {
  /** The first milestone on the path not yet done; undefined when all are. */
  next: string | undefined;
  /** For each skill: how many of the milestones that build it are done, of how many. */
  skills: Record<string, { done: number; total: number }>;
}

/** The reader's progress on the roadmap: milestones in path order with the skills each builds, and which are done. */
export function roadmapProgress(
  milestones: readonly { id: string; skills: readonly string[] }[],
  done: ReadonlySet<string>,
): RoadmapProgress {
  const skills: RoadmapProgress['skills'] = {};
  for (const m of milestones) {
    for (const id of new Set(m.skills)) {
      const count = (skills[id] ??= { done: 0, total: 0 });
      count.total += 1;
      if (done.has(m.id)) count.done += 1;
    }
  }
  return { next: milestones.find((m) => !done.has(m.id))?.id, skills };
}
