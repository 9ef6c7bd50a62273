import { z } from 'astro/zod';
import { reference, sourcesField, strictObject } from './shared';

export const FaqSchema = strictObject({
  question: z
    .string({ error: 'must be the question.' })
    .trim()
    .min(10)
    .endsWith('?', { error: 'must end with a question mark.' })
    .meta({ description: 'The question as a reader would ask it.' }),
  answer: z
    .string({ error: 'must be the answer.' })
    .trim()
    .min(40, { error: 'is too short; answer in a few sentences.' })
    .meta({ description: 'The answer in our own words: plain paragraphs separated by a blank line.' }),
  order: z
    .number({ error: 'must be a whole number from 1, the position on the FAQ page.' })
    .int()
    .min(1, { error: 'starts at 1.' })
    .meta({ description: 'Position on the FAQ page, from 1.' }),
  sources: sourcesField.meta({ description: 'Sources the answer rests on.' }),
  more: reference('chapters').optional().meta({ description: 'The chapter that goes deeper, if any.' }),
}).meta({
  description: 'A question the sources answer, `content/faq/<id>.yaml`. Its id is its anchor on the FAQ page.',
});

export type Faq = z.output<typeof FaqSchema>;
