// The collection registry: every collection of content the guide has, in one list. For each: the folder of content/
// it lives in, which files there are entries, the schema they follow, the order the queries return them in, and the
// heading of its table in the editors' reference (with the item schemas nested in it). Everything else loops over
// this list: src/content.config.ts (Astro's loaders), src/lib/get-guide.ts (the queries), src/lib/read-content.ts
// (scripts and tests read content/ without Astro), scripts/schema-docs.mjs (the reference in CONTRIBUTING.md and the
// JSON Schemas), `npm run check:content` and the tests. To add a collection: write its schema in a file of this
// folder and add one entry below (CONTRIBUTING.md, "Adding a collection").
// Files whose names start with `_` are not entries (partials and work in progress).
import type { z } from 'astro/zod';
import { ChangeNoteSchema, ChapterSchema, SelfCheckSchema } from './chapter';
import { SourceSchema } from './source';
import { SalaryBandSchema } from './salary-band';
import { CompanyNoteSchema, CompanySchema, CompanyGroupSchema } from './company';
import { SkillSchema } from './skill';
import { LearningStageSchema, MilestoneResourceSchema, MilestoneSchema } from './learning-stage';
import { RoleSchema } from './role';
import { GlossaryTermSchema } from './glossary-term';
import { FaqSchema } from './faq';
import { PARTS } from './part';

export interface Collection<S extends z.ZodType = z.ZodType> {
  /** The folder of content/ that holds the entries; an entry's id is its file name there, without the extension. */
  folder: string;
  /** Which files in the folder are entries (a glob). */
  files: string;
  /** The schema each entry follows. */
  schema: S;
  /** The order the queries return entries in; without one, by id. */
  order?: (a: z.output<S>, b: z.output<S>) => number;
  /** Its table in the editors' reference: the heading, and the schemas of the items it nests, each with its heading. */
  reference: { heading: string; items?: [z.ZodType, string][] };
}

/** Chapters: MDX, or plain Markdown for a chapter that uses no component but <ShortAnswer>, <Callout> and <Cite>. */
const CHAPTER_FILES = '**/[^_]*.{md,mdx}';
const YAML = '**/[^_]*.{yaml,yml}';

const collection = <S extends z.ZodType>(c: Collection<S>) => c;
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
const partIndex = (id: string) => PARTS.findIndex((p) => p.id === id);

export const COLLECTIONS = {
  chapters: collection({
    folder: 'chapters',
    files: CHAPTER_FILES,
    schema: ChapterSchema,
    // Reading order: the parts in PARTS order, then `order` within a part.
    order: (a, b) => partIndex(a.part) - partIndex(b.part) || a.order - b.order,
    reference: {
      heading: 'Chapter frontmatter',
      items: [
        [SelfCheckSchema, "Self-check (an item of a chapter's `selfCheck`)"],
        [ChangeNoteSchema, "Change note (an item of a chapter's `changes`)"],
      ],
    },
  }),
  sources: collection({
    folder: 'sources',
    files: YAML,
    schema: SourceSchema,
    order: (a, b) => a.tag.localeCompare(b.tag, 'en', { numeric: true }),
    reference: { heading: 'Source' },
  }),
  'salary-bands': collection({
    folder: 'salary-bands',
    files: YAML,
    schema: SalaryBandSchema,
    order: byOrder,
    reference: { heading: 'Salary band' },
  }),
  'company-groups': collection({
    folder: 'company-groups',
    files: YAML,
    schema: CompanyGroupSchema,
    order: byOrder,
    reference: { heading: 'Company group' },
  }),
  companies: collection({
    folder: 'companies',
    files: YAML,
    schema: CompanySchema,
    order: (a, b) => a.name.localeCompare(b.name),
    reference: { heading: 'Company', items: [[CompanyNoteSchema, "Company note (an item of a company's `notes`)"]] },
  }),
  skills: collection({
    folder: 'skills',
    files: YAML,
    schema: SkillSchema,
    order: byOrder,
    reference: { heading: 'Skill' },
  }),
  'learning-path': collection({
    folder: 'learning-path',
    files: YAML,
    schema: LearningStageSchema,
    order: byOrder,
    reference: {
      heading: 'Learning stage',
      items: [
        [MilestoneSchema, "Milestone (an item of a stage's `milestones`)"],
        [MilestoneResourceSchema, "Milestone resource (an item of a milestone's `resources`)"],
      ],
    },
  }),
  roles: collection({
    folder: 'roles',
    files: YAML,
    schema: RoleSchema,
    order: byOrder,
    reference: { heading: 'Role' },
  }),
  glossary: collection({
    folder: 'glossary',
    files: YAML,
    schema: GlossaryTermSchema,
    order: (a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }),
    reference: { heading: 'Glossary term' },
  }),
  faq: collection({
    folder: 'faq',
    files: YAML,
    schema: FaqSchema,
    order: byOrder,
    reference: { heading: 'FAQ entry' },
  }),
};

export type CollectionName = keyof typeof COLLECTIONS;
/** An entry's data, as its schema gives it. */
export type EntryData<K extends CollectionName> = z.output<(typeof COLLECTIONS)[K]['schema']>;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Sorts entries (anything with `data`) in their collection's order; a new list. */
export function sortEntries<E extends { id: string; data: unknown }>(name: CollectionName, entries: readonly E[]): E[] {
  const order = COLLECTIONS[name].order as ((a: unknown, b: unknown) => number) | undefined;
  return [...entries].sort(order ? (a, b) => order(a.data, b.data) : (a, b) => a.id.localeCompare(b.id));
}

/** The folder editors write in: `content/`, or GUIDE_CONTENT_DIR (the build tests point it at fixtures). */
export const contentRoot = (env: Record<string, string | undefined> = process.env) =>
  env.GUIDE_CONTENT_DIR ?? './content';

/** The file an entry came from, as messages name it (its id under the collection's folder when the loader gave none). */
export const entryFile = (collection: string, entry: { id: string; filePath?: string | undefined }) =>
  entry.filePath ?? `${collection}/${entry.id}`;
