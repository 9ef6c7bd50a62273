import { z } from 'astro/zod';
import { reference, sourcesField, strictObject } from './shared';

export const CompanyGroupSchema = strictObject({
  name: z
    .string({ error: 'must be the group name as the source uses it.' })
    .trim()
    .min(2)
    .meta({ description: "The group's name as the source uses it." }),
  source: reference('sources').meta({ description: 'The source that draws this group.' }),
  description: z
    .string({ error: 'must say what the source means by this group.' })
    .trim()
    .min(20, { error: 'is too short; say in a sentence what the source means by the group.' })
    .meta({ description: 'What the source means by the group and why these employers hire, in our own words.' }),
  order: z
    .number({ error: 'must be a whole number from 1, the position among the groups of the same source.' })
    .int()
    .min(1, { error: 'starts at 1.' })
    .meta({ description: 'Position among the groups of the same source.' }),
}).meta({
  description:
    'A group of employers as one source draws it, `content/company-groups/<id>.yaml` (S0\'s "VC-backed startup", S1\'s "AI-native", S2\'s "frontier lab"...). Groups belong to one source, so when sources disagree about a company it simply sits in groups from each.',
});

export const CompanyNoteSchema = strictObject({
  text: z
    .string({ error: 'must be what the source says, in our own words.' })
    .trim()
    .min(10)
    .meta({ description: 'What the source says, in our own words.' }),
  source: reference('sources').meta({ description: 'The source that says it.' }),
}).meta({ description: 'A claim a source makes about one company, with that source.' });

export const CompanySchema = strictObject({
  name: z
    .string({ error: 'must be the company name.' })
    .trim()
    .min(2)
    .meta({ description: "The company's name as commonly written." }),
  groups: z
    .array(reference('company-groups'), { error: 'must be a list of group ids.' })
    .min(1, { error: 'must name at least one group, from content/company-groups/.' })
    .meta({
      description:
        "Ids of the groups the sources put it in (content/company-groups/). At least one; keep every source's grouping.",
    }),
  notes: z
    .array(CompanyNoteSchema, { error: 'must be a list of { text, source } items.' })
    .default([])
    .meta({ description: 'What the sources say about hiring or pay there. Default: none.' }),
  sources: sourcesField.meta({ description: 'Every source that names the company.' }),
  aliases: z
    .array(z.string({ error: 'must be another name, as text.' }).trim().min(1), {
      error: 'must be a list of other names, such as [DeepMind].',
    })
    .default([])
    .meta({ description: 'Alternative names readers may search for (such as "DeepMind"). Default: none.' }),
}).meta({ description: 'An employer named by at least one source, `content/companies/<id>.yaml`.' });

export type Company = z.output<typeof CompanySchema>;
export type CompanyGroup = z.output<typeof CompanyGroupSchema>;
