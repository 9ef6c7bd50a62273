import { z } from 'astro/zod';
import { idField, reference, sourcesField, strictObject } from './shared';

/** One thing to have done by the end of a stage. Readers tick it off; progress is saved by its id. */
export const MilestoneSchema = strictObject(
  {
    /** Stable id, lower-kebab, unique across all stages. Never rename one that has shipped: readers' progress is keyed by it. */
    id: idField,
    /** What to have done, as a short imperative sentence. */
    text: z.string({ error: 'must say what to have done.' }).trim().min(10, { error: 'is too short; write a short sentence.' }),
    /**
     * The guide's own estimate of the study hours it takes, a whole number from 1 to 200: not a source's figure, and
     * labelled as the guide's wherever it is shown. The study plan lays milestones on dates with it; the whole path
     * is meant to add up to about 240 hours, six months at the 10 hours a week the guide assumes.
     */
    hours: z
      .number({ error: 'must be the guide\'s estimate of the study hours, a whole number such as 12.' })
      .int({ error: 'must be a whole number of hours, such as 12.' })
      .min(1, { error: 'must be at least 1 hour.' })
      .max(200, { error: 'is more than 200 hours; split the milestone into smaller ones.' }),
    /** Skills the milestone builds (ids from content/skills/). A reader who rates them all solid skips it; one who knows some of each does it in half the time. Default: none. */
    skills: z.array(reference('skills'), { error: 'must be a list of skill ids, such as [evaluation, retrieval-rag].' }).default([]),
  },
);

/** A stage of the learning path, `content/learning-path/<id>.yaml`. */
export const LearningStageSchema = strictObject(
  {
    /** Position on the path, from 1. */
    order: z.number({ error: 'must be a whole number from 1.' }).int().min(1, { error: 'starts at 1.' }),
    /** How long the stage spans, such as "Month 1" or "Months 3-4". */
    span: z.string({ error: 'must say how long the stage spans, such as "Month 1".' }).trim().min(3),
    /** The stage's title, such as "Foundations". */
    title: z.string({ error: 'must be the stage title.' }).trim().min(3),
    /** What the stage is for, one line each. */
    goals: z
      .array(z.string({ error: 'must be a goal, as text.' }).trim().min(5, { error: 'is too short; write the goal as a short line.' }), { error: 'must be a list of goals, one line each.' })
      .min(1, { error: 'must list at least one goal.' }),
    /** Milestones to tick off. */
    milestones: z.array(MilestoneSchema, { error: 'must be a list of { id, text, hours } items.' }).min(1, { error: 'must list at least one milestone.' }),
    /** Portfolio projects the stage produces. Default: none. */
    projects: z
      .array(z.string({ error: 'must be a project, as text.' }).trim().min(5, { error: 'is too short; describe the project in a short line.' }), { error: 'must be a list of projects, one line each.' })
      .default([]),
    /** Sources for the stage. */
    sources: sourcesField,
  },
);

export type LearningStage = z.output<typeof LearningStageSchema>;
export type Milestone = z.output<typeof MilestoneSchema>;
