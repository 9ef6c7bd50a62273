import { z } from 'astro/zod';
import { sourcesField, strictObject } from './shared';

/** An answer in the roles comparison; "Not stated by the sources" where they are silent. */
const cell = (question: string) =>
  z.string({ error: `must answer "${question}" in a few words, or say "Not stated by the sources".` }).trim().min(2);

export const RoleSchema = strictObject(
  {
    name: z.string({ error: 'must be the role name.' }).trim().min(2).meta({ description: "The role's name." }),
    order: z.number({ error: 'must be a whole number from 1, the row in the comparison table (the AI engineer is 1).' }).int().min(1, { error: 'starts at 1.' }).meta({ description: 'Position in the comparison table; the AI engineer is 1.' }),
    summary: z.string({ error: 'must summarise the role in one sentence.' }).trim().min(20, { error: 'is too short; summarise the role in a sentence.' }).meta({ description: 'One-sentence summary of the role.' }),
    trainsModels: cell('Does it train models?').meta({ description: 'Does it train models?' }),
    mainSkill: cell('Main daily skill').meta({ description: 'The main skill used day to day.' }),
    startingPoint: cell('Usual starting point').meta({ description: 'Where people usually start from.' }),
    fineTuning: cell('Fine-tuning').meta({ description: 'How much fine-tuning it involves.' }),
    gpus: cell('GPUs').meta({ description: 'Whether GPUs are its problem.' }),
    firstWin: cell('First win').meta({ description: 'What a first win looks like.' }),
    sources: sourcesField.meta({ description: 'Sources for the row.' }),
  },
).meta({ description: 'A role compared with the AI engineer, `content/roles/<id>.yaml`. Columns follow the questions the sources ask.' });

export type Role = z.output<typeof RoleSchema>;
