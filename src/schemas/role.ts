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
    .min(2, {
      error: `is too short; answer "${question}" in a few words, or leave the field out when the sources do not say.`,
    });

export const RoleSchema = strictObject({
  name: z.string({ error: 'must be the role name.' }).trim().min(2).meta({ description: "The role's name." }),
  order: z
    .number({ error: 'must be a whole number from 1, the row in the comparison table (the AI engineer is 1).' })
    .int()
    .min(1, { error: 'starts at 1.' })
    .meta({ description: 'Position in the comparison table; the AI engineer is 1.' }),
  summary: z
    .string({ error: 'must summarise the role in one sentence.' })
    .trim()
    .min(20, { error: 'is too short; summarise the role in a sentence.' })
    .meta({ description: 'One-sentence summary of the role.' }),
  trainsModels: cell('Does it train models?')
    .optional()
    .meta({ description: 'Does it train models? Leave out when the sources do not say.' }),
  mainSkill: cell('Main daily skill')
    .optional()
    .meta({ description: 'The main skill used day to day. Leave out when the sources do not say.' }),
  startingPoint: cell('Usual starting point')
    .optional()
    .meta({ description: 'Where people usually start from. Leave out when the sources do not say.' }),
  fineTuning: cell('Fine-tuning').optional().meta({
    description:
      'How much fine-tuning it involves. Leave out when the sources do not say; where they disagree, say that rather than pick a side.',
  }),
  gpus: cell('GPUs')
    .optional()
    .meta({ description: 'Whether GPUs are its problem. Leave out when the sources do not say.' }),
  firstWin: cell('First win')
    .optional()
    .meta({ description: 'What a first win looks like. Leave out when the sources do not say.' }),
  sources: sourcesField.meta({ description: 'Sources for the row.' }),
}).meta({
  description:
    'A role compared with the AI engineer, `content/roles/<id>.yaml`. Columns follow the questions the sources ask.',
});

export type Role = z.output<typeof RoleSchema>;
