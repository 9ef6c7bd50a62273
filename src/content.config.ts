// Wires each collection's loader to its schema; which folder and files each one reads is in src/schemas/collections.ts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTIONS, contentRoot } from './schemas/collections';

const from = <S extends z.ZodType>({ folder, pattern, schema }: { folder: string; pattern: string; schema: S }) =>
  defineCollection({ loader: glob({ pattern, base: `${contentRoot()}/${folder}` }), schema });

export const collections = {
  chapters: from(COLLECTIONS.chapters),
  sources: from(COLLECTIONS.sources),
  'salary-bands': from(COLLECTIONS['salary-bands']),
  'company-groups': from(COLLECTIONS['company-groups']),
  companies: from(COLLECTIONS.companies),
  skills: from(COLLECTIONS.skills),
  'learning-path': from(COLLECTIONS['learning-path']),
  roles: from(COLLECTIONS.roles),
  glossary: from(COLLECTIONS.glossary),
  faq: from(COLLECTIONS.faq),
};
