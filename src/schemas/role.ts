import { z } from 'astro/zod';
import { sourcesField, strictObject } from './shared';

/** An answer in the roles comparison; "Not stated by the sources" where they are silent. */
const cell = (question: string) =>
  z.string({ error: `must answer "${question}" in a few words, or say "Not stated by the sources".` }).trim().min(2);

/** A role compared with the AI engineer, `content/roles/<id>.yaml`. Columns follow the questions the sources ask. */
export const RoleSchema = strictObject(
  {
    /** The role's name. */
    name: z.string({ error: 'must be the role name.' }).trim().min(2),
    /** Position in the comparison table; the AI engineer is 1. */
    order: z.number({ error: 'must be a whole number from 1, the row in the comparison table (the AI engineer is 1).' }).int().min(1, { error: 'starts at 1.' }),
    /** One-sentence summary of the role. */
    summary: z.string({ error: 'must summarise the role in one sentence.' }).trim().min(20, { error: 'is too short; summarise the role in a sentence.' }),
    /** Does it train models? */
    trainsModels: cell('Does it train models?'),
    /** The main skill used day to day. */
    mainSkill: cell('Main daily skill'),
    /** Where people usually start from. */
    startingPoint: cell('Usual starting point'),
    /** How much fine-tuning it involves. */
    fineTuning: cell('Fine-tuning'),
    /** Whether GPUs are its problem. */
    gpus: cell('GPUs'),
    /** What a first win looks like. */
    firstWin: cell('First win'),
    /** Sources for the row. */
    sources: sourcesField,
  },
);

export type Role = z.output<typeof RoleSchema>;
