import { z } from 'astro/zod';
import { reference, strictObject } from './shared';

export const GlossaryTermSchema = strictObject({
  term: z
    .string({ error: 'must be the term.' })
    .trim()
    .min(2)
    .meta({ description: 'The term as it is usually written, such as "RAG (retrieval-augmented generation)".' }),
  aliases: z
    .array(
      z
        .string({ error: 'must be another spelling, as text.' })
        .trim()
        .min(2, { error: 'is too short; an alias needs 2 characters or more.' }),
      {
        error: 'must be a list of other spellings, such as [retrieval-augmented generation].',
      },
    )
    .default([])
    .meta({
      description:
        'Other spellings that should link here (case-insensitive), such as "retrieval-augmented generation". Default: none.',
    }),
  definition: z
    .string({ error: 'must define the term.' })
    .trim()
    .min(20, { error: 'is too short; define the term in a sentence or more.' })
    .meta({ description: 'The definition, in our own words, one to three sentences.' }),
  sources: z
    .array(reference('sources'), { error: 'must be a list of source ids, such as [s1, s3].' })
    .default([])
    .meta({ description: 'Sources where the term appears. Default: none (a definition in our own words).' }),
  related: z
    .array(reference('glossary'), { error: 'must be a list of glossary ids, such as [embedding].' })
    .default([])
    .meta({ description: 'Related terms (glossary ids). Default: none.' }),
}).meta({
  description:
    'A term a newcomer may not know, `content/glossary/<id>.yaml`. Its id is its anchor on the glossary page.',
});

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
