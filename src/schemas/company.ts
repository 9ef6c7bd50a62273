import { z } from 'astro/zod';
import { reference, sourcesField, strictObject } from './shared';

/**
 * A group of employers as one source draws it, `content/company-groups/<id>.yaml`
 * (S0's "VC-backed startup", S1's "AI-native", S2's "frontier lab"...). Groups belong to one source,
 * so when sources disagree about a company it simply sits in groups from each.
 */
export const CompanyGroupSchema = strictObject(
  {
    /** The group's name as the source uses it. */
    name: z.string({ error: 'must be the group name as the source uses it.' }).trim().min(2),
    /** The source that draws this group. */
    source: reference('sources'),
    /** What the source means by the group and why these employers hire, in our own words. */
    description: z.string({ error: 'must say what the source means by this group.' }).trim().min(20, { error: 'is too short; say in a sentence what the source means by the group.' }),
    /** Position among the groups of the same source. */
    order: z.number({ error: 'must be a whole number from 1, the position among the groups of the same source.' }).int().min(1, { error: 'starts at 1.' }),
  },
);

/** A claim a source makes about one company, with that source. */
export const CompanyNoteSchema = strictObject(
  {
    /** What the source says, in our own words. */
    text: z.string({ error: 'must be what the source says, in our own words.' }).trim().min(10),
    /** The source that says it. */
    source: reference('sources'),
  },
);

/** An employer named by at least one source, `content/companies/<id>.yaml`. */
export const CompanySchema = strictObject(
  {
    /** The company's name as commonly written. */
    name: z.string({ error: 'must be the company name.' }).trim().min(2),
    /** Ids of the groups the sources put it in (content/company-groups/). At least one; keep every source's grouping. */
    groups: z.array(reference('company-groups'), { error: 'must be a list of group ids.' }).min(1, { error: 'must name at least one group, from content/company-groups/.' }),
    /** What the sources say about hiring or pay there. Default: none. */
    notes: z.array(CompanyNoteSchema, { error: 'must be a list of { text, source } items.' }).default([]),
    /** Every source that names the company. */
    sources: sourcesField,
    /** Alternative names readers may search for (such as "DeepMind"). Default: none. */
    aliases: z.array(z.string({ error: 'must be another name, as text.' }).trim().min(1), { error: 'must be a list of other names, such as [DeepMind].' }).default([]),
  },
);

export type Company = z.output<typeof CompanySchema>;
export type CompanyGroup = z.output<typeof CompanyGroupSchema>;
