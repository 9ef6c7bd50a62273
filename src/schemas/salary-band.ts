import { z } from 'astro/zod';
import { dateField, reference, strictObject } from './shared';

export const LEVELS = ['any', 'mid', 'senior', 'staff', 'staff-principal', 'principal'] as const;
export const BASES = ['total-compensation', 'base', 'premium-over-generalist'] as const;
export const BAND_KINDS = ['typical-range', 'often-above', 'can-reach', 'reported-offers', 'premium'] as const;
/** Kinds the source states as one figure (kept in `low`), never as a range. */
export const SINGLE_FIGURE_KINDS = ['often-above', 'can-reach'] as const;
export const CURRENCIES = ['USD'] as const;

const money = (what: string) =>
  z
    .number({ error: `must be ${what} as a whole number of currency units, such as 250000.` })
    .int({ error: `must be a whole number (250000, not 250K).` })
    .min(0, { error: 'cannot be negative.' });

export const SalaryBandSchema = strictObject({
  level: z
    .enum(LEVELS, { error: `must be one of: ${LEVELS.join(', ')}.` })
    .meta({ description: 'Level the band is for; `any` when the source gives no level (a premium, say).' }),
  levelLabel: z.string({ error: 'must be the level as the source words it.' }).trim().min(2).meta({
    description:
      'The level as the source words it, with years of experience when it gives them, such as "Senior (4-7 years)".',
  }),
  location: z.string({ error: 'must be the place the band applies to, or "Not stated".' }).trim().min(2).meta({
    description: 'Where the band applies, as the source says (such as "US"); "Not stated" when it does not say.',
  }),
  companyType: z
    .string({ error: 'must say which kind of employer the band describes, as the source says.' })
    .trim()
    .min(2)
    .meta({
      description: 'The kind of employer the band describes, as the source says, such as "AI-first companies".',
    }),
  currency: z
    .enum(CURRENCIES, { error: `must be one of: ${CURRENCIES.join(', ')}.` })
    .meta({ description: 'Currency of low and high. Only USD appears in the sources.' }),
  low: money('the lower end of the band').meta({ description: 'Lower end of the band, in whole currency units.' }),
  high: money('the upper end of the band').optional().meta({
    description: 'Upper end of the band; leave it out for kinds often-above and can-reach, whose one figure is `low`.',
  }),
  highOpenEnded: z
    .boolean({ error: 'must be true or false.' })
    .default(false)
    .meta({ description: 'true when the source writes the upper end with a plus ("$600K-$1M+"). Default false.' }),
  basis: z.enum(BASES, { error: `must be one of: ${BASES.join(', ')}.` }).meta({
    description:
      'What is counted: total compensation (base, bonus and equity), base salary, or a premium over a generalist engineer.',
  }),
  kind: z.enum(BAND_KINDS, { error: `must be one of: ${BAND_KINDS.join(', ')}.` }).meta({
    description:
      "What the figure is: typical-range (low to high), often-above (a figure the source says pay often exceeds), can-reach (a figure the source says pay can reach), reported-offers (individual packages, low to high), or premium (an amount on top of a generalist engineer's pay; basis premium-over-generalist).",
  }),
  asOf: dateField('the date the figure speaks for').meta({
    description:
      'The date the figure speaks for, YYYY-MM-DD (for an undated 2026 document: 2026-01-01, and say so in asOfNote).',
  }),
  asOfNote: z.string({ error: 'must say in a few words how the date was arrived at.' }).trim().min(3).optional().meta({
    description: 'How the date was arrived at, when it is not stated outright, such as "undated; framed as 2026".',
  }),
  source: reference('sources').meta({ description: 'The single source that gives this figure.' }),
  note: z
    .string({ error: 'must be the context a reader needs, as text.' })
    .trim()
    .min(3)
    .optional()
    .meta({ description: 'Context a reader needs, in our own words (what the source adds or warns).' }),
  order: z
    .number({ error: 'must be a whole number, the position among bands of the same level.' })
    .int()
    .default(0)
    .meta({ description: 'Sort position among bands of the same level. Default 0.' }),
})
  .refine((band) => band.high === undefined || band.low <= band.high, {
    error: 'is above high, so the band is upside down. Swap the two figures, or check them against the source.',
    path: ['low'],
  })
  .refine((band) => band.high !== undefined || !(band.kind === 'typical-range' || band.kind === 'reported-offers'), {
    error: (issue) =>
      `is missing, and a band of kind ${(issue.input as { kind: string }).kind} runs from low to high. Give high, or use kind often-above or can-reach for a single figure the source states.`,
    path: ['high'],
  })
  .refine((band) => band.high === undefined || !(SINGLE_FIGURE_KINDS as readonly string[]).includes(band.kind), {
    error: (issue) =>
      `must be left out for kind ${(issue.input as { kind: string }).kind}: the source states one figure, kept in low. Use kind typical-range if it gives a range.`,
    path: ['high'],
  })
  .refine((band) => (band.kind === 'premium') === (band.basis === 'premium-over-generalist'), {
    error:
      'does not match basis: a premium is counted as basis premium-over-generalist, and that basis is only for kind premium.',
    path: ['kind'],
  })
  .refine((band) => band.high !== undefined || !band.highOpenEnded, {
    error:
      'is true but the band has no high figure. Give high, or leave out highOpenEnded (a single figure is kind often-above or can-reach, not an open range).',
    path: ['highOpenEnded'],
  })
  .meta({
    description:
      'A salary band exactly as one source gives it, `content/salary-bands/<id>.yaml`. One band, one source: where sources disagree each keeps its own band and pages show them side by side.',
  });

export type SalaryBand = z.output<typeof SalaryBandSchema>;
export type Level = (typeof LEVELS)[number];
