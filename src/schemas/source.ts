import { z } from 'astro/zod';
import { dateField, strictObject } from './shared';

export const SOURCE_KINDS = ['jobs-board-page', 'jobs-board-article', 'guide-chapter', 'opinion-explainer', 'beginner-explainer', 'other'] as const;

/** A source document the guide cites, `content/sources/<id>.yaml`. The file name is the id used in citations. */
export const SourceSchema = strictObject(
  {
    /** Editors' short tag, such as S0. Unique. Kept in the data only: readers see `short` and the year ("Jobbi 2026"). */
    tag: z.string({ error: 'must be a short tag such as S0.' }).regex(/^S\d+$/, { error: 'must be an S followed by a number, such as S3.' }),
    /** The name readers know the source by, shown in citations with its year ("Jobbi 2026"): the publisher, or a short title when none is named. 2-30 characters. */
    short: z.string({ error: 'must be the short name readers know the source by, such as the publisher ("Jobbi").' }).trim().min(2, { error: 'is too short; use the publisher or a short title.' }).max(30, { error: 'is too long for a citation; keep it to 30 characters.' }),
    /** The document's title, as the document states it. */
    title: z.string({ error: 'must be the document title as stated.' }).trim().min(3, { error: 'is too short; give the full title as the document states it.' }),
    /** The subtitle as stated (the part after a colon or dash), kept apart as bibliographies do. Optional. */
    subtitle: z.string({ error: 'must be the subtitle as stated, as text.' }).trim().min(1).optional(),
    /** Who published it, as stated; null when the document does not say. */
    publisher: z.string({ error: 'must be the publisher as stated, or null when the document does not name one.' }).trim().min(1).nullable(),
    /** What kind of document it is. */
    kind: z.enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}.` }),
    /** A plain description of the document, one sentence. */
    about: z.string({ error: 'must describe the document in a sentence.' }).trim().min(10, { error: 'is too short; describe the document in a sentence.' }),
    /** The date exactly as the document states it ("Updated Mar 2026"), or null when it gives none. */
    dateStated: z.string({ error: 'must be the date as the document states it, or null when it states none.' }).trim().min(1).nullable(),
    /** The date used for sorting and staleness, YYYY-MM-DD: the stated date, or the start of the year the document is framed in. */
    asOf: dateField('the date the document speaks for'),
    /** Caveats the document states about itself, one sentence each. Default: none. */
    caveats: z.array(z.string({ error: 'must be a sentence.' }).trim().min(5, { error: 'is too short; write the caveat as a sentence.' }), { error: 'must be a list of sentences.' }).default([]),
    /** Our own notes on how to read the document (commercial context, what it omits). Default: none. */
    notes: z.array(z.string({ error: 'must be a sentence.' }).trim().min(5, { error: 'is too short; write the note as a sentence.' }), { error: 'must be a list of sentences.' }).default([]),
    /** true when the document calls its own figures or claims provisional. Default false. */
    provisional: z.boolean({ error: 'must be true or false.' }).default(false),
  },
);

export type Source = z.output<typeof SourceSchema>;
