import { z } from 'astro/zod';
import { sourcesField, strictObject } from './shared';

/**
 * An answer in the roles comparison. Optional: where the sources do not answer the question for a role, leave the
 * field out (the table shows an empty cell) rather than writing "Not stated by the sources" in it.
 */
const cell = (question: string) =>
  z
    .string({ error: `must answer "${question}" in a few words; leave the field out when the sources do not say.` })
    .trim()
    .min(2, { error: `is too short; answer "${question}" in a few words, or leave the field out when the sources do not say.` });

/** A role compared with the AI engineer, `content/roles/<id>.yaml`. Columns follow the questions the sources ask. */
export const RoleSchema = strictObject(
  {
    /** The role's name. */
    name: z.string({ error: 'must be the role name.' }).trim().min(2),
    /** Position in the comparison table; the AI engineer is 1. */
    order: z.number({ error: 'must be a whole number from 1, the row in the comparison table (the AI engineer is 1).' }).int().min(1, { error: 'starts at 1.' }),
    /** One-sentence summary of the role. */
    summary: z.string({ error: 'must summarise the role in one sentence.' }).trim().min(20, { error: 'is too short; summarise the role in a sentence.' }),
    /** Does it train models? Leave out when the sources do not say. */
    trainsModels: cell('Does it train models?').optional(),
    /** The main skill used day to day. Leave out when the sources do not say. */
    mainSkill: cell('Main daily skill').optional(),
    /** Where people usually start from. Leave out when the sources do not say. */
    startingPoint: cell('Usual starting point').optional(),
    /** How much fine-tuning it involves. Leave out when the sources do not say; where they disagree, say that rather than pick a side. */
    fineTuning: cell('Fine-tuning').optional(),
    /** Whether GPUs are its problem. Leave out when the sources do not say. */
    gpus: cell('GPUs').optional(),
    /** What a first win looks like. Leave out when the sources do not say. */
    firstWin: cell('First win').optional(),
    /** Sources for the row. */
    sources: sourcesField,
  },
);

export type Role = z.output<typeof RoleSchema>;
