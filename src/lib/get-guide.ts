// Every collection query lives here, loaded once per build and validated as a whole
// (references, orders, ids, src/lib/checks/validate-content.ts) before any page renders. Pages and components call these
// getters; nothing else calls getCollection. What was loaded is also recorded for the checks on the built site
// (src/lib/loaded-content.mjs), which run after the last page and need to know which entries exist.
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { PARTS, type PartId } from '../schemas/part';
import { COLLECTION_NAMES, contentRoot, entryFile, sortEntries, type CollectionName } from '../schemas/collections';
import {
  ContentError,
  findDraftLinkProblems,
  overdueReviewWarnings,
  validateCollections,
  type Collections,
} from './checks/validate-content';
import { recordLoadedContent } from './loaded-content.mjs';
import { bodyOf, collectionFiles } from './read-content';
import { today } from './dates';
import { readingMinutes } from './format';
import { listChanges, readBandRecord } from './change-notes';
import { buildRoadmap, pathChapter } from './roadmap';
import { chapterUrl, url } from './url';
import { PAGES, REFERENCE_CHAPTERS } from './routes';

export type ChapterEntry = CollectionEntry<'chapters'>;

export interface PartWithChapters {
  id: PartId;
  title: string;
  blurb: string;
  chapters: ChapterEntry[];
}

const warned = new Set<string>();
/** `astro dev` shows drafts, so links to them work there; it says once what the published build will refuse. */
function warnOnce(problems: string[]) {
  for (const p of problems.filter((p) => !warned.has(p))) {
    warned.add(p);
    console.warn(`[guide] ${p} (Drafts show in development only: the build stops on this.)`);
  }
}

/** Every collection's entries, by collection (src/schemas/collections.ts). */
type Entries = { [K in CollectionName]: CollectionEntry<K>[] };

async function load() {
  const loaded = Object.fromEntries(
    await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await getCollection(name)])),
  ) as Entries;
  // Each chapter with its whole file (`source`), so that content-rule problems carry the file's own line numbers, and
  // its body read from it: Astro's store leaves bodies out (src/content.config.ts says why).
  const chapterFiles = loaded.chapters.map((c) => {
    const source = c.filePath ? readFileSync(c.filePath, 'utf8') : undefined;
    return { ...c, body: c.body ?? (source === undefined ? undefined : bodyOf(source)), source };
  });
  const chapters: ChapterEntry[] = chapterFiles.map(({ source: _, ...c }) => c);
  const all: Collections = { ...loaded, chapters: chapterFiles };
  // The salary bands' figures as first published (content/salary-bands/_figures.json): a change needs a change note.
  const band = readBandRecord(contentRoot());
  const problems = [
    ...(band.problem ? [band.problem] : []),
    ...validateCollections(all, {
      chapterFiles: collectionFiles('chapters').map((f) => f.filePath),
      published: import.meta.env.PROD,
      bandRecord: { record: band.record, today: today() },
    }),
  ];
  if (problems.length) throw new ContentError(problems);
  if (!import.meta.env.PROD) warnOnce(findDraftLinkProblems(chapterFiles));

  // Drafts show in `astro dev` and nowhere in a production build.
  const visible = sortEntries(
    'chapters',
    chapters.filter((c) => !(import.meta.env.PROD && c.data.draft)),
  );
  if (import.meta.env.PROD) {
    recordLoadedContent({
      chapters: visible.map((c) => ({ id: c.id, file: entryFile('chapters', c) })),
      data: Object.entries(all)
        .filter(([name]) => name !== 'chapters')
        .flatMap(([collection, entries]) =>
          entries.map((e) => ({ collection, id: e.id, file: entryFile(collection, e) })),
        ),
      // Printed once, by the checks on the built site, through Astro's logger: counted in the build's closing line.
      warnings: overdueReviewWarnings(chapterFiles, today()),
    });
  }

  // Derived once per build, not on every page that draws the sidebar, footer or a citation.
  const parts = PARTS.map((p) => ({ ...p, chapters: visible.filter((c) => c.data.part === p.id) })).filter(
    (p) => p.chapters.length > 0,
  );
  const has = (slug: string) => visible.some((c) => c.id === slug);
  const referenceLinks = Object.fromEntries(
    Object.entries(REFERENCE_CHAPTERS).map(([name, slug]) => [name, has(slug)]),
  ) as Record<keyof typeof REFERENCE_CHAPTERS, boolean>;

  // Each collection in its order; the chapters without drafts.
  const sorted = (name: CollectionName) =>
    name === 'chapters' ? visible : sortEntries<CollectionEntry<CollectionName>>(name, loaded[name]);
  const entries = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, sorted(name)])) as unknown as Entries;
  const sourceMap = new Map(entries.sources.map((s) => [s.id, s]));
  return { entries, parts, referenceLinks, sourceMap, changes: listChanges(visible) };
}

let cached: ReturnType<typeof load> | undefined;
/** The whole guide, validated. Cached for the build; reloaded on each request in dev so edits show. */
export function getGuide() {
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}

/** Chapters in reading order (parts in PARTS order, then `order`), drafts removed in production. */
export async function getChapters() {
  return (await getGuide()).entries.chapters;
}

/** The first chapter of the pay part: where the salary explorer and the offer calculator send a reader to read more. */
export async function getPayChapter() {
  return (await getChapters()).find((c) => c.data.part === 'pay');
}

/** The parts that have chapters, each with its chapters in order. */
export async function getParts(): Promise<PartWithChapters[]> {
  return (await getGuide()).parts;
}

/** The chapters before and after one, in reading order. */
export async function getNeighbours(id: string) {
  const chapters = await getChapters();
  const i = chapters.findIndex((c) => c.id === id);
  return {
    prev: i > 0 ? chapters[i - 1] : undefined,
    next: i >= 0 && i < chapters.length - 1 ? chapters[i + 1] : undefined,
  };
}

const minutesById = new Map<string, number>();
/** Counted once per chapter per build: part pages, the print edition and the chapter itself all show it.
 *  (In dev, where the text changes under the server, it is counted every time.) */
export function getReadingMinutes(chapter: ChapterEntry): number {
  if (!import.meta.env.PROD) return readingMinutes(chapter.body ?? '');
  let minutes = minutesById.get(chapter.id);
  if (minutes === undefined) minutesById.set(chapter.id, (minutes = readingMinutes(chapter.body ?? '')));
  return minutes;
}

/** One collection's entries, in its order (src/schemas/collections.ts): `getEntries('salary-bands')`. Chapters without drafts. */
export async function getEntries<K extends CollectionName>(name: K): Promise<CollectionEntry<K>[]> {
  return (await getGuide()).entries[name];
}

/** One entry by id, or a build error that names what was asked for and what exists. */
export function requireById<T extends { id: string }>(list: T[], id: string, what: string, usedIn: string): T {
  const found = list.find((e) => e.id === id);
  if (!found) {
    throw new Error(
      `${usedIn} asks for ${what} "${id}", which does not exist. Known ids: ${list.map((e) => e.id).join(', ')}.`,
    );
  }
  return found;
}

/** Every change note of the published chapters, newest first (the What changed page and its feed). */
export async function getChanges() {
  return (await getGuide()).changes;
}

/** Sources by id, for citations (built once per build, as the rest of getGuide). */
export async function getSourceMap() {
  return (await getGuide()).sourceMap;
}

/**
 * Links the site chrome makes to reference chapters (sources, glossary, FAQ, about), only for those that exist,
 * so a guide without one of them never links to a missing page.
 */
export async function getReferenceLinks() {
  return (await getGuide()).referenceLinks;
}

/**
 * The learning path as the roadmap draws it (src/lib/roadmap.ts), with the chapter that shows the milestones in full
 * (the one with `<LearningPath />`) and the address the roadmap's boxes link to: that chapter, else the progress page.
 */
export function getRoadmap() {
  if (!import.meta.env.PROD) return loadRoadmap();
  roadmap ??= loadRoadmap();
  return roadmap;
}
let roadmap: ReturnType<typeof loadRoadmap> | undefined;
async function loadRoadmap() {
  const [stages, skills, chapters] = await Promise.all([
    getEntries('learning-path'),
    getEntries('skills'),
    getChapters(),
  ]);
  const slug = pathChapter(chapters);
  return {
    map: buildRoadmap(stages, skills),
    chapter: chapters.find((c) => c.id === slug),
    path: slug ? chapterUrl(slug) : url(PAGES.progress),
  };
}
