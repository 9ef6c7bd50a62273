import { z } from 'astro/zod';
import { PART_IDS } from './part';
import { dateField, formerIdsField, idField, reference, sourcesField, strictObject } from './shared';
import { provisionalClaimsField } from './source';
import { isoDay, today } from '../lib/dates';
import { FINGERPRINT_PATTERN } from '../lib/fingerprint';

export const EDITORIAL_STATUSES = ['draft', 'provisional', 'reviewed'] as const;

export const SelfCheckSchema = strictObject({
  id: idField.meta({
    description:
      "Stable id, lower-kebab. Readers' saved answers are keyed by it: to rename one that has shipped, list the old id in `formerIds`.",
  }),
  question: z
    .string({ error: 'must be the self-check question, as text.' })
    .trim()
    .min(10, { error: 'is too short; write a whole question (10 characters or more).' })
    .meta({ description: 'The question, phrased so a reader can answer it to themselves.' }),
  formerIds: formerIdsField('question'),
}).meta({
  description: 'A question at the end of a chapter that readers mark "know it" or "not yet" (kept in their browser).',
});

export const ChangeNoteSchema = strictObject({
  date: dateField('the day the change was made')
    .refine((date) => date <= today(), {
      error: () => `is after today (${isoDay(today())}); date a change note on the day the change was made.`,
      abort: true,
    })
    .meta({ description: 'The day the change was made, YYYY-MM-DD; not after today (src/lib/dates.ts).' }),
  note: z
    .string({ error: 'must say what changed, as one sentence of text.' })
    .trim()
    .min(10, { error: 'is too short; say in one sentence what changed for the reader (10 characters or more).' })
    .max(200, { error: 'is too long for a change note; keep it to one sentence of at most 200 characters.' })
    .regex(/^[^\n]*$/, { error: 'runs over more than one line; a change note is one sentence on one line.' })
    .regex(/[.!?]$/, { error: 'must end with a full stop; write it as one sentence.' })
    .meta({
      description:
        'What changed, for readers, as one sentence on one line (10-200 characters, ending with a full stop). Shown at the end of the chapter, on the What changed page and in its feed.',
    }),
  section: z
    .string({ error: "must be the id of one of this chapter's headings, such as `how-to-negotiate`." })
    .regex(/^[^\s#]+$/, { error: 'must be a heading id such as `how-to-negotiate`, without # or spaces.' })
    .optional()
    .meta({
      description:
        "The section the change touched: the id of one of the chapter's headings (the part after # in its link, such as `how-to-negotiate`). Must exist (checked at build). Optional.",
    }),
  band: reference('salary-bands').optional().meta({
    description:
      'A salary band whose figures this note announces (content/salary-bands/). Give it with `figures`. Optional.',
  }),
  figures: z
    .string({ error: "must be the fingerprint of the band's new figures, as the content check printed it." })
    .regex(FINGERPRINT_PATTERN, {
      error: 'must be the 8-character fingerprint the content check printed for the band, such as `3f9a1c2e`.',
    })
    .optional()
    .meta({
      description:
        "The fingerprint of the band's figures this note announces, as `npm run check:content` prints it when they change (see CONTRIBUTING). Only with `band`.",
    }),
})
  .refine((note) => (note.band === undefined) === (note.figures === undefined), {
    error:
      'must come with `band`, and `band` with `figures`: a note that announces new band figures names the band and the fingerprint the content check printed.',
    path: ['figures'],
  })
  .meta({ description: 'A dated, one-line note of what changed in a chapter, for returning readers.' });

// Counts apply to a list only: questions written as one text get "must be a list", not also "more than 12" (the
// text's length). zod runs a check when its `when` says so; its parameter types do not list `when` yet.
const onListsOnly: object = { when: (payload: { value: unknown }) => Array.isArray(payload.value) };

/** Refuses a list that holds the same text twice (ignoring case and spacing), naming the repeat. */
function noRepeats(list: string[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const [i, text] of list.entries()) {
    const key = text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `repeats "${text}"; list each one once.` });
    seen.add(key);
  }
}

export const ChapterSchema = strictObject({
  title: z
    .string({ error: 'is missing; every chapter needs a title.' })
    .trim()
    .min(3, { error: 'is too short; use 3 to 80 characters.' })
    .max(80, { error: 'is too long; keep it to 80 characters so it fits the sidebar.' })
    .meta({ description: 'Title shown on the page, in the sidebar and in search. 3-80 characters.' }),
  description: z
    .string({
      error: 'is missing; write one or two sentences (50-160 characters) that say what the chapter gives the reader.',
    })
    .trim()
    .min(50, { error: 'is too short for a meta description; write 50 to 160 characters.' })
    .max(160, { error: 'is too long for a meta description; search engines cut it after about 160 characters.' })
    .meta({
      description:
        'One or two sentences for search engines and link previews. 50-160 characters (meta description length).',
    }),
  questions: z
    .array(
      z
        .string({ error: 'must be a question, written as text.' })
        .trim()
        .min(10, { error: 'is too short; write the whole question as a reader would type it (10 characters or more).' })
        .max(120, { error: 'is too long for a search question; keep it to 120 characters.' })
        .regex(/\?$/, { error: 'must end with a question mark; write it the way a reader asks it.' }),
      { error: 'must be a list of questions, such as ["How much do AI engineers make?"].' },
    )
    .min(1, { error: 'is empty; give at least one question, or leave the field out.', ...onListsOnly })
    .max(12, { error: 'has more than 12 questions; keep the ones readers ask most.', ...onListsOnly })
    .superRefine(noRepeats)
    .default([])
    .meta({
      description:
        'Questions in plain English the chapter answers, as readers type them ("How much do AI engineers make?"); search weighs them heavily. 1-12, each 10-120 characters ending in "?", none twice. Default: none.',
    }),
  aliases: z
    .array(
      z
        .string({ error: 'must be another name for the topic, written as text.' })
        .trim()
        .min(1, { error: 'is empty; write another name readers use for the topic.' })
        .max(60, { error: 'is too long for another name; keep it to 60 characters.' }),
      { error: 'must be a list of other names, such as ["AI engineer salary", "comp"].' },
    )
    .superRefine(noRepeats)
    .default([])
    .meta({
      description: `Other names readers use for the chapter's topic ("AI engineer salary", "comp"); search weighs them as heavily as questions. 1-60 characters each, none twice. Default: none.`,
    }),
  part: z
    .enum(PART_IDS, { error: `must be one of: ${PART_IDS.join(', ')}.` })
    .meta({ description: 'Which part of the guide the chapter belongs to. One of the ids in src/schemas/part.ts.' }),
  order: z
    .number({ error: 'must be a whole number from 1, the position within the part.' })
    .int({ error: 'must be a whole number (1, 2, 3...).' })
    .min(1, { error: 'starts at 1.' })
    .meta({
      description:
        'Position within its part, from 1. Two chapters of one part may not share an order (checked at build).',
    }),
  updated: dateField('the date the chapter last changed').meta({
    description: "When the chapter's content last changed, YYYY-MM-DD.",
  }),
  status: z.enum(EDITORIAL_STATUSES, { error: `must be one of: ${EDITORIAL_STATUSES.join(', ')}.` }).meta({
    description:
      'Editorial status: draft (not ready), provisional (rests on claims a source calls provisional: list them in provisionalClaims), reviewed.',
  }),
  provisionalClaims: provisionalClaimsField.meta({
    description:
      "Which of its sources' provisional claims the chapter rests on: pay, growth or employers, each one that a source it cites lists in its own provisionalClaims (checked at build). The page names them, and the source, under the title; a chapter that lists any has status provisional. Default: none.",
  }),
  sources: sourcesField.meta({ description: 'Ids of the sources the chapter cites (content/sources/). At least one.' }),
  related: z
    .array(reference('chapters'), { error: 'must be a list of chapter slugs, such as [skills, salary].' })
    .default([])
    .meta({ description: 'Ids of chapters to suggest at the end (content/chapters/). Default: none.' }),
  changes: z
    .array(ChangeNoteSchema, {
      error: 'must be a list of change notes, each { date, note } with optional section, band and figures.',
    })
    .default([])
    .meta({
      description:
        'Dated one-line notes of what changed, newest anywhere in the list. Shown at the end of the chapter, on the What changed page (/changes/) and in its feed (changes.xml). Default: none.',
    }),
  selfCheck: z
    .array(SelfCheckSchema, { error: 'must be a list of { id, question } items.' })
    .default([])
    .meta({ description: 'Self-check questions shown at the end of the chapter. Default: none.' }),
  structuredData: z
    .array(z.enum(['FAQPage', 'Occupation'], { error: 'must be FAQPage or Occupation.' }))
    .default([])
    .meta({
      description:
        'Extra schema.org data for the page, drawn from the collections: FAQPage (the FAQ entries) or Occupation (skills and salary bands). Default: none.',
    }),
  draft: z.boolean({ error: 'must be true or false.' }).default(false).meta({
    description:
      'true hides the chapter from the production build, the sitemap and search; it still shows in `astro dev`. Default false.',
  }),
}).meta({
  description:
    'Frontmatter of a chapter, `content/chapters/<slug>.mdx` (or `.md`, for a chapter in plain Markdown). The file name is the slug and the URL.',
});

export type Chapter = z.output<typeof ChapterSchema>;
export type SelfCheck = z.output<typeof SelfCheckSchema>;
export type ChangeNote = z.output<typeof ChangeNoteSchema>;
export type EditorialStatus = (typeof EDITORIAL_STATUSES)[number];
