import { z } from 'astro/zod';
import { reference, sourcesField, strictObject } from './shared';

export const SKILL_LAYERS = ['foundation', 'craft', 'production'] as const;
export const SKILL_PRIORITIES = ['must-have', 'nice-to-have'] as const;

export const SkillSchema = strictObject({
  name: z.string({ error: 'must be the skill name.' }).trim().min(2).meta({ description: "The skill's name, short." }),
  layer: z.enum(SKILL_LAYERS, { error: `must be one of: ${SKILL_LAYERS.join(', ')}.` }).meta({
    description: 'foundation (software engineering), craft (AI-specific), or production (the senior, LLMOps layer).',
  }),
  priority: z
    .enum(SKILL_PRIORITIES, { error: `must be one of: ${SKILL_PRIORITIES.join(', ')}.` })
    .meta({ description: 'Whether the sources treat it as a must-have or a nice-to-have.' }),
  prioritySource: reference('sources').optional().meta({
    description:
      "The source that states this priority (a source id); leave it out when the priority is the guide's own judgment.",
  }),
  good: z
    .string({ error: 'must say what good looks like.' })
    .trim()
    .min(20, { error: 'is too short; say in a sentence or two what good looks like.' })
    .meta({ description: 'What doing it well looks like, in a sentence or two.' }),
  evidence: z
    .string({ error: 'must name the evidence a candidate can show.' })
    .trim()
    .min(20, { error: 'is too short; name an artifact a candidate can show.' })
    .meta({ description: 'What a candidate can show for it: a portfolio artifact.' }),
  phrases: z
    .array(
      z
        .string({ error: 'must be a word or phrase, as text.' })
        .trim()
        .min(1, { error: 'is empty; write a word or phrase a posting would use, or remove the line.', abort: true })
        .regex(/[\p{L}\p{N}]/u, {
          error: 'has no letter or digit; write a word or phrase a posting would use, or remove the line.',
        }),
      {
        error:
          'must be a list of the words and phrases a job posting uses for this skill, such as [evals, eval harness].',
      },
    )
    .min(1, { error: 'must list at least one word or phrase a job posting uses for this skill, such as [evals].' })
    .meta({
      description:
        'Words and phrases in a job posting that mean this skill, for the job posting reader (/data/posting/): tool names, synonyms, other spellings. Matched as whole words, ignoring case, punctuation and plural endings, so list `LLM` once (not also `LLMs`); a phrase with a hyphen also matches written as one word (`fine-tuning`, `finetuning`). Each phrase belongs to one skill only: the build refuses a phrase two skills claim. At least one.',
    }),
  tools: z
    .array(z.string({ error: 'must be a tool name, as text.' }).trim().min(1), {
      error: 'must be a list of tool names, such as [Promptfoo].',
    })
    .default([])
    .meta({ description: 'Tools the sources name for it. Default: none.' }),
  sources: sourcesField.meta({ description: 'Sources that describe the skill.' }),
  order: z
    .number({ error: 'must be a whole number from 1, the position within the layer.' })
    .int()
    .min(1, { error: 'starts at 1.' })
    .meta({ description: 'Position within its layer, from 1.' }),
}).meta({ description: "A skill, `content/skills/<id>.yaml`, placed in S4's three layers." });

export type Skill = z.output<typeof SkillSchema>;
export type SkillLayer = (typeof SKILL_LAYERS)[number];
