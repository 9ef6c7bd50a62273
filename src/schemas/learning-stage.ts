import { z } from 'astro/zod';
import { formerIdsField, idField, reference, sourcesField, strictObject } from './shared';

/** A sentence the guide itself writes (not a source's claim): at least a few words, ending with a full stop. */
const guideSentence = (what: string, example: string) =>
  z
    .string({ error: `must be the ${what}, written as one sentence.` })
    .trim()
    .min(20, { error: `is too short; write the ${what} as a full sentence ${example}.` })
    .regex(/[.!?]$/, { error: `must end with a full stop; write the ${what} as one sentence.` });

export const MilestoneResourceSchema = strictObject(
  {
    name: z
      .string({ error: 'must name the tool or resource as the source names it, such as "Promptfoo or Braintrust".' })
      .trim()
      .min(2, {
        error: 'is too short; name the tool or resource as the source names it, such as "Promptfoo or Braintrust".',
      })
      .meta({
        description:
          'The tool, document or course, named as the source names it, such as "Promptfoo or Braintrust". Name only what a source names for this skill: the guide adds no tools of its own.',
      }),
    source: reference('sources').meta({
      description: 'The source that names it (a source id from content/sources/); shown as its citation mark.',
    }),
  },
  'must be a name and the source that names it, written as { name: Promptfoo or Braintrust, source: s3 }.',
).meta({ description: 'A tool or resource a source names for what a milestone practises.' });

export const MilestoneSchema = strictObject({
  id: idField.meta({
    description:
      "Stable id, lower-kebab, unique across all stages. Readers' progress is keyed by it: to rename one that has shipped, list the old id in `formerIds`.",
  }),
  text: z
    .string({ error: 'must say what to have done.' })
    .trim()
    .min(10, { error: 'is too short; write a short sentence.' })
    .meta({ description: 'What to have done, as a short imperative sentence.' }),
  hours: z
    .number({ error: "must be the guide's estimate of the study hours, a whole number such as 12." })
    .int({ error: 'must be a whole number of hours, such as 12.' })
    .min(1, { error: 'must be at least 1 hour.' })
    .max(200, { error: 'is more than 200 hours; split the milestone into smaller ones.' })
    .meta({
      description:
        "The guide's own estimate of the study hours it takes, a whole number from 1 to 200: not a source's figure, and labelled as the guide's wherever it is shown. The study plan lays milestones on dates with it, and each stage's label (\"Weeks 1-7\") is worked out from it at the 10 hours a week the guide assumes; the whole path comes to about six months at that pace.",
    }),
  skills: z
    .array(reference('skills'), { error: 'must be a list of skill ids, such as [evaluation, retrieval-rag].' })
    .default([])
    .meta({
      description:
        'Skills the milestone builds (ids from content/skills/). A reader who rates them all solid skips it; one who knows some of each does it in half the time. Default: none.',
    }),
  resources: z
    .array(MilestoneResourceSchema, {
      error: 'must be a list of { name, source } items, such as [{ name: Promptfoo or Braintrust, source: s3 }].',
    })
    .default([])
    .meta({
      description:
        'Tools and resources the sources name for what the milestone practises (evaluation frameworks, observability tools, fine-tuning libraries, documentation), each with the source that names it. Shown under the milestone with its citation mark, on the learning path and in the print edition. Default: none.',
    }),
  formerIds: formerIdsField('milestone'),
}).meta({
  description: 'One thing to have done by the end of a stage. Readers tick it off; progress is saved by its id.',
});

export const LearningStageSchema = strictObject({
  order: z.number({ error: 'must be a whole number from 1.' }).int().min(1, { error: 'starts at 1.' }).meta({
    description:
      'Position on the path, from 1. The stage\'s label ("Weeks 8-12") is not written here: it comes from the hours of this stage and those before it.',
  }),
  title: z
    .string({ error: 'must be the stage title.' })
    .trim()
    .min(3)
    .meta({ description: `The stage's title, such as "Foundations".` }),
  goals: z
    .array(
      z
        .string({ error: 'must be a goal, as text.' })
        .trim()
        .min(5, { error: 'is too short; write the goal as a short line.' }),
      { error: 'must be a list of goals, one line each.' },
    )
    .min(1, { error: 'must list at least one goal.' })
    .meta({ description: 'What the stage is for, one line each.' }),
  milestones: z
    .array(MilestoneSchema, { error: 'must be a list of { id, text, hours } items.' })
    .min(1, { error: 'must list at least one milestone.' })
    .meta({ description: 'Milestones to tick off.' }),
  projects: z
    .array(
      z
        .string({ error: 'must be a project, as text.' })
        .trim()
        .min(5, { error: 'is too short; describe the project in a short line.' }),
      { error: 'must be a list of projects, one line each.' },
    )
    .default([])
    .meta({ description: 'Portfolio projects the stage produces. Default: none.' }),
  doneWhen: z
    .array(guideSentence('test', 'such as "your harness scores 20 questions and compares two chunk sizes"'), {
      error: 'must be a list of one to four tests a reader can check, one sentence each.',
    })
    .min(1, { error: 'must list at least one test that tells a reader the stage is done.' })
    // Not .max(4): zod would also measure a string written in place of the list and report both problems.
    .refine((tests) => !Array.isArray(tests) || tests.length <= 4, {
      error: 'lists more than four tests; keep the one to four that matter most.',
    })
    .meta({
      description: `How a reader knows the stage is finished: one to four tests they can check for themselves, each a sentence with something countable or observable ("your harness scores 20 questions"). These are the guide's tests, not a source's, and the page labels them so; they carry no citation.`,
    }),
  firstProject: guideSentence('first project', 'such as "a question-answering tool over your team\'s runbooks"')
    .refine((text) => !/[.!?]\s+\S/.test(text), { error: 'must be one sentence; put further projects in `projects`.' })
    .meta({
      description:
        "The first project to start on in this stage, as one sentence. The guide's suggestion, labelled so on the page.",
    }),
  sources: sourcesField.meta({ description: 'Sources for the stage.' }),
}).meta({ description: 'A stage of the learning path, `content/learning-path/<id>.yaml`.' });

export type LearningStage = z.output<typeof LearningStageSchema>;
export type Milestone = z.output<typeof MilestoneSchema>;
export type MilestoneResource = z.output<typeof MilestoneResourceSchema>;
