import { z } from 'astro/zod';
import { reference, sourcesField, strictObject } from './shared';

export const SKILL_LAYERS = ['foundation', 'craft', 'production'] as const;
export const SKILL_PRIORITIES = ['must-have', 'nice-to-have'] as const;

/** A skill, `content/skills/<id>.yaml`, placed in S4's three layers. */
export const SkillSchema = strictObject(
  {
    /** The skill's name, short. */
    name: z.string({ error: 'must be the skill name.' }).trim().min(2),
    /** foundation (software engineering), craft (AI-specific), or production (the senior, LLMOps layer). */
    layer: z.enum(SKILL_LAYERS, { error: `must be one of: ${SKILL_LAYERS.join(', ')}.` }),
    /** Whether the sources treat it as a must-have or a nice-to-have. */
    priority: z.enum(SKILL_PRIORITIES, { error: `must be one of: ${SKILL_PRIORITIES.join(', ')}.` }),
    /** The source that states this priority (a source id); leave it out when the priority is the guide's own judgment. */
    prioritySource: reference('sources').optional(),
    /** What doing it well looks like, in a sentence or two. */
    good: z.string({ error: 'must say what good looks like.' }).trim().min(20, { error: 'is too short; say in a sentence or two what good looks like.' }),
    /** What a candidate can show for it: a portfolio artifact. */
    evidence: z.string({ error: 'must name the evidence a candidate can show.' }).trim().min(20, { error: 'is too short; name an artifact a candidate can show.' }),
    /** Tools the sources name for it. Default: none. */
    tools: z.array(z.string({ error: 'must be a tool name, as text.' }).trim().min(1), { error: 'must be a list of tool names, such as [Promptfoo].' }).default([]),
    /** Sources that describe the skill. */
    sources: sourcesField,
    /** Position within its layer, from 1. */
    order: z.number({ error: 'must be a whole number from 1, the position within the layer.' }).int().min(1, { error: 'starts at 1.' }),
  },
);

export type Skill = z.output<typeof SkillSchema>;
export type SkillLayer = (typeof SKILL_LAYERS)[number];
