import { z } from 'astro/zod';
import { reference, sourcesField, strictObject } from './shared';

/** A question the sources answer, `content/faq/<id>.yaml`. Its id is its anchor on the FAQ page. */
export const FaqSchema = strictObject(
  {
    /** The question as a reader would ask it. */
    question: z.string({ error: 'must be the question.' }).trim().min(10).endsWith('?', { error: 'must end with a question mark.' }),
    /** The answer in our own words: plain paragraphs separated by a blank line. */
    answer: z.string({ error: 'must be the answer.' }).trim().min(40, { error: 'is too short; answer in a few sentences.' }),
    /** Position on the FAQ page, from 1. */
    order: z.number({ error: 'must be a whole number from 1, the position on the FAQ page.' }).int().min(1, { error: 'starts at 1.' }),
    /** Sources the answer rests on. */
    sources: sourcesField,
    /** The chapter that goes deeper, if any. */
    more: reference('chapters').optional(),
  },
);

export type Faq = z.output<typeof FaqSchema>;
