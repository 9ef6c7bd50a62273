import { z } from 'astro/zod';
import { idField, sourcesField, strictObject } from './shared';

export const MilestoneSchema = strictObject(
  {
    id: idField.meta({ description: "Stable id, lower-kebab, unique across all stages. Never rename one that has shipped: readers' progress is keyed by it." }),
    text: z.string({ error: 'must say what to have done.' }).trim().min(10, { error: 'is too short; write a short sentence.' }).meta({ description: 'What to have done, as a short imperative sentence.' }),
  },
).meta({ description: 'One thing to have done by the end of a stage. Readers tick it off; progress is saved by its id.' });

export const LearningStageSchema = strictObject(
  {
    order: z.number({ error: 'must be a whole number from 1.' }).int().min(1, { error: 'starts at 1.' }).meta({ description: 'Position on the path, from 1.' }),
    span: z.string({ error: 'must say how long the stage spans, such as "Month 1".' }).trim().min(3).meta({ description: 'How long the stage spans, such as "Month 1" or "Months 3-4".' }),
    title: z.string({ error: 'must be the stage title.' }).trim().min(3).meta({ description: `The stage's title, such as "Foundations".` }),
    goals: z
      .array(z.string({ error: 'must be a goal, as text.' }).trim().min(5, { error: 'is too short; write the goal as a short line.' }), { error: 'must be a list of goals, one line each.' })
      .min(1, { error: 'must list at least one goal.' })
      .meta({ description: 'What the stage is for, one line each.' }),
    milestones: z.array(MilestoneSchema, { error: 'must be a list of { id, text } items.' }).min(1, { error: 'must list at least one milestone.' }).meta({ description: 'Milestones to tick off.' }),
    projects: z
      .array(z.string({ error: 'must be a project, as text.' }).trim().min(5, { error: 'is too short; describe the project in a short line.' }), { error: 'must be a list of projects, one line each.' })
      .default([])
      .meta({ description: 'Portfolio projects the stage produces. Default: none.' }),
    sources: sourcesField.meta({ description: 'Sources for the stage.' }),
  },
).meta({ description: 'A stage of the learning path, `content/learning-path/<id>.yaml`.' });

export type LearningStage = z.output<typeof LearningStageSchema>;
export type Milestone = z.output<typeof MilestoneSchema>;
