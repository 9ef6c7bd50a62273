// Which folder of content/ holds each collection, which files in it are entries, and the schema they follow.
// src/content.config.ts wires these into Astro; scripts/check-content.mjs reads the same files without Astro.
// Files whose names start with `_` are not entries (partials and work in progress).
import { ChapterSchema } from './chapter';
import { SourceSchema } from './source';
import { SalaryBandSchema } from './salary-band';
import { CompanySchema, CompanyGroupSchema } from './company';
import { SkillSchema } from './skill';
import { LearningStageSchema } from './learning-stage';
import { RoleSchema } from './role';
import { GlossaryTermSchema } from './glossary-term';
import { FaqSchema } from './faq';

const MDX = '**/[^_]*.mdx';
const YAML = '**/[^_]*.{yaml,yml}';

export const COLLECTIONS = {
  chapters: { folder: 'chapters', pattern: MDX, schema: ChapterSchema },
  sources: { folder: 'sources', pattern: YAML, schema: SourceSchema },
  'salary-bands': { folder: 'salary-bands', pattern: YAML, schema: SalaryBandSchema },
  'company-groups': { folder: 'company-groups', pattern: YAML, schema: CompanyGroupSchema },
  companies: { folder: 'companies', pattern: YAML, schema: CompanySchema },
  skills: { folder: 'skills', pattern: YAML, schema: SkillSchema },
  'learning-path': { folder: 'learning-path', pattern: YAML, schema: LearningStageSchema },
  roles: { folder: 'roles', pattern: YAML, schema: RoleSchema },
  glossary: { folder: 'glossary', pattern: YAML, schema: GlossaryTermSchema },
  faq: { folder: 'faq', pattern: YAML, schema: FaqSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The folder editors write in: `content/`, or GUIDE_CONTENT_DIR (the build tests point it at fixtures). */
export const contentRoot = (env: Record<string, string | undefined> = process.env) => env.GUIDE_CONTENT_DIR ?? './content';
