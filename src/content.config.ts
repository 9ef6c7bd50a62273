// Wires each collection's loader to its schema. Shapes live in src/schemas/; content lives in content/.
// Files whose names start with `_` are not loaded (partials and work in progress).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChapterSchema } from './schemas/chapter';
import { SourceSchema } from './schemas/source';
import { SalaryBandSchema } from './schemas/salary-band';
import { CompanySchema, CompanyGroupSchema } from './schemas/company';
import { SkillSchema } from './schemas/skill';
import { LearningStageSchema } from './schemas/learning-stage';
import { RoleSchema } from './schemas/role';
import { GlossaryTermSchema } from './schemas/glossary-term';
import { FaqSchema } from './schemas/faq';

const contentRoot = process.env.GUIDE_CONTENT_DIR ?? './content';
const yaml = (folder: string) => glob({ pattern: '**/[^_]*.{yaml,yml}', base: `${contentRoot}/${folder}` });

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: '**/[^_]*.mdx', base: `${contentRoot}/chapters` }), schema: ChapterSchema }),
  sources: defineCollection({ loader: yaml('sources'), schema: SourceSchema }),
  'salary-bands': defineCollection({ loader: yaml('salary-bands'), schema: SalaryBandSchema }),
  'company-groups': defineCollection({ loader: yaml('company-groups'), schema: CompanyGroupSchema }),
  companies: defineCollection({ loader: yaml('companies'), schema: CompanySchema }),
  skills: defineCollection({ loader: yaml('skills'), schema: SkillSchema }),
  'learning-path': defineCollection({ loader: yaml('learning-path'), schema: LearningStageSchema }),
  roles: defineCollection({ loader: yaml('roles'), schema: RoleSchema }),
  glossary: defineCollection({ loader: yaml('glossary'), schema: GlossaryTermSchema }),
  faq: defineCollection({ loader: yaml('faq'), schema: FaqSchema }),
};
