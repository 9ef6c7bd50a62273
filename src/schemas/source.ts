import { z } from 'astro/zod';
import { dateField, strictObject } from './shared';

export const SOURCE_KINDS = [
  'jobs-board-page',
  'jobs-board-article',
  'guide-chapter',
  'opinion-explainer',
  'beginner-explainer',
  'other',
] as const;
/** Kinds of claim a source may call provisional, and a chapter may rest on: pay, growth (demand and outlook), employers. */
export const PROVISIONAL_CLAIMS = ['pay', 'growth', 'employers'] as const;
export type ProvisionalClaim = (typeof PROVISIONAL_CLAIMS)[number];
export const provisionalClaimsField = z
  .array(z.enum(PROVISIONAL_CLAIMS, { error: `must be one of: ${PROVISIONAL_CLAIMS.join(', ')}.` }), {
    error: `must be a list of kinds of claim, such as [pay, growth] (any of ${PROVISIONAL_CLAIMS.join(', ')}).`,
  })
  .refine((list) => new Set(list).size === list.length, { error: 'names a kind of claim twice; list each once.' })
  .default([]);

export const SourceSchema = strictObject({
  tag: z
    .string({ error: 'must be a short tag such as S0.' })
    .regex(/^S\d+$/, { error: 'must be an S followed by a number, such as S3.' })
    .meta({
      description:
        'Editors\' short tag, such as S0. Unique. Kept in the data only: readers see `short` and the year ("Jobbi 2026").',
    }),
  short: z
    .string({ error: 'must be the short name readers know the source by, such as the publisher ("Jobbi").' })
    .trim()
    .min(2, { error: 'is too short; use the publisher or a short title.' })
    .max(30, { error: 'is too long for a citation; keep it to 30 characters.' })
    .meta({
      description:
        'The name readers know the source by, shown in citations with its year ("Jobbi 2026"): the publisher, or a short title when none is named. 2-30 characters.',
    }),
  title: z
    .string({ error: 'must be the document title as stated.' })
    .trim()
    .min(3, { error: 'is too short; give the full title as the document states it.' })
    .meta({ description: "The document's title, as the document states it." }),
  subtitle: z.string({ error: 'must be the subtitle as stated, as text.' }).trim().min(1).optional().meta({
    description: 'The subtitle as stated (the part after a colon or dash), kept apart as bibliographies do. Optional.',
  }),
  publisher: z
    .string({ error: 'must be the publisher as stated, or null when the document does not name one.' })
    .trim()
    .min(1)
    .nullable()
    .meta({ description: 'Who published it, as stated; null when the document does not say.' }),
  kind: z
    .enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}.` })
    .meta({ description: 'What kind of document it is.' }),
  about: z
    .string({ error: 'must describe the document in a sentence.' })
    .trim()
    .min(10, { error: 'is too short; describe the document in a sentence.' })
    .meta({ description: 'A plain description of the document, one sentence.' }),
  dateStated: z
    .string({ error: 'must be the date as the document states it, or null when it states none.' })
    .trim()
    .min(1)
    .nullable()
    .meta({
      description: 'The date exactly as the document states it ("Updated Mar 2026"), or null when it gives none.',
    }),
  asOf: dateField('the date the document speaks for').meta({
    description:
      'The date used for sorting and staleness, YYYY-MM-DD: the stated date, or the start of the year the document is framed in.',
  }),
  caveats: z
    .array(
      z
        .string({ error: 'must be a sentence.' })
        .trim()
        .min(5, { error: 'is too short; write the caveat as a sentence.' }),
      { error: 'must be a list of sentences.' },
    )
    .default([])
    .meta({ description: 'Caveats the document states about itself, one sentence each. Default: none.' }),
  notes: z
    .array(
      z
        .string({ error: 'must be a sentence.' })
        .trim()
        .min(5, { error: 'is too short; write the note as a sentence.' }),
      { error: 'must be a list of sentences.' },
    )
    .default([])
    .meta({
      description: 'Our own notes on how to read the document (commercial context, what it omits). Default: none.',
    }),
  provisionalClaims: provisionalClaimsField.meta({
    description:
      'The kinds of claim the document itself calls provisional: pay (its salary figures or pay remarks), growth (its claims about demand and where the role is going), employers (the employers it names). A chapter that rests on them lists them in its own provisionalClaims, and its page says so under the title. Default: none.',
  }),
}).meta({
  description:
    'A source document the guide cites, `content/sources/<id>.yaml`. The file name is the id used in citations.',
});

export type Source = z.output<typeof SourceSchema>;
