// Reads content/ without Astro, for what runs outside a build: `npm run check:content`, the scaffolder, the glossary
// links (which the Markdown pipeline needs before Astro loads any content), and the tests. It finds the files the
// build's loaders find and parses them with the same schemas (src/schemas/collections.ts), so an entry here has the
// data a page gets: dates as Dates, references as { id, collection }, defaults filled in.
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  contentRoot,
  sortEntries,
  type CollectionName,
  type EntryData,
} from '../schemas/collections';

export interface ContentFile<K extends CollectionName = CollectionName> {
  /** The file name without the extension, as Astro's glob loader makes it. */
  id: string;
  /** The file, relative to the working folder (what messages print). */
  filePath: string;
  data: EntryData<K>;
  /** A chapter's MDX after its frontmatter; data entries have none. */
  body?: string | undefined;
  /** A chapter's whole file, frontmatter included. */
  source?: string | undefined;
  /** The line of the file on which the body starts. */
  bodyLine: number;
}

export type ContentFiles = { [K in CollectionName]: ContentFile<K>[] };

export interface ReadContent {
  /** The entries that parsed, by collection, in file-name order (as the build's loaders list them). */
  collections: ContentFiles;
  /** A file that is not valid YAML, or breaks its schema: the file, the field and the message, as the build prints them. */
  problems: string[];
  /** How many files were read. */
  files: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A chapter file's body as Astro's loader gives it: the text after the frontmatter, trimmed. */
export const bodyOf = (source: string) => source.replace(FRONTMATTER, '').trim();

/** Zod's issue path as the build prints it: `milestones[2].id`. */
const fieldOf = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join('');

/**
 * The files of a collection under `root` that are entries, as its loader finds them (src/content.config.ts): each with
 * its path inside the collection's folder (`rel`) and from the project's root (`filePath`, as Astro names it). None
 * when the folder does not exist.
 */
export function collectionFiles(name: CollectionName, root = contentRoot()): { rel: string; filePath: string }[] {
  const { folder, files } = COLLECTIONS[name];
  const dir = join(root, folder);
  try {
    return globSync(files, { cwd: dir })
      .sort()
      .map((rel) => ({ rel, filePath: relative('.', join(dir, rel)) }));
  } catch {
    return []; // a collection with no folder is empty, as in the build
  }
}

/** Every collection (or those in `only`) under `root`: the entries that parse, and what is wrong with the rest. */
export function readContent({
  root = contentRoot(),
  only = COLLECTION_NAMES,
}: { root?: string; only?: readonly CollectionName[] } = {}): ReadContent {
  const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as ContentFiles;
  const problems: string[] = [];
  let files = 0;
  for (const name of only) {
    const { schema } = COLLECTIONS[name];
    const entries: ContentFile[] = [];
    for (const { rel, filePath } of collectionFiles(name, root)) {
      files++;
      const text = readFileSync(filePath, 'utf8');
      const prose = /\.mdx?$/.test(rel);
      const frontmatter = prose ? FRONTMATTER.exec(text) : undefined;
      let raw: unknown;
      try {
        raw = prose ? (frontmatter ? parseYaml(frontmatter[1]!) : {}) : parseYaml(text);
      } catch (error) {
        problems.push(`${filePath}: is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
      const result = schema.safeParse(raw ?? {});
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push(`${filePath}: **${fieldOf(issue.path)}**: ${issue.message}`);
        continue;
      }
      const id = rel.replace(/\.(mdx?|ya?ml)$/, '');
      if (frontmatter === undefined)
        entries.push({ id, filePath, data: result.data as EntryData<CollectionName>, bodyLine: 1 });
      else {
        const body = frontmatter ? text.slice(frontmatter[0].length) : text;
        entries.push({
          id,
          filePath,
          data: result.data as EntryData<CollectionName>,
          body,
          source: text,
          bodyLine: frontmatter ? frontmatter[0].split('\n').length : 1,
        });
      }
    }
    (collections as Record<string, ContentFile[]>)[name] = entries;
  }
  return { collections, problems, files };
}

/**
 * One collection's entries in its order (the order the site shows them in), for tests and tools that need valid
 * content: throws, listing the problems, when a file is broken.
 */
export function readCollection<K extends CollectionName>(name: K, root?: string): ContentFile<K>[] {
  const { collections, problems } = readContent({ root, only: [name] });
  if (problems.length)
    throw new Error(
      `content/${COLLECTIONS[name].folder} has problems (npm run check:content):\n- ${problems.join('\n- ')}`,
    );
  return sortEntries(name, collections[name]);
}
