// Loads Pagefind once, on demand, and turns its results into plain objects for the UI.
// What a first search costs is mostly Pagefind's fixed files (its script, WebAssembly and metadata),
// one index chunk per word prefix it looks up, and one fragment per result whose text is shown.
// So this module looks up as few prefixes as it can (see warm) and loads a result's fragment only
// when the UI is about to show that result (Hit.load).

import { FILES } from '../../lib/routes';
import { BASE } from '../../lib/url';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface Result {
  url: string;
  title: string;
  kind: string;
  part: string;
  excerpt: string;
  subResults: SubResult[];
}
export interface Hit {
  id: string;
  load(): Promise<Result>;
}
export type Filters = Record<string, string[]>;

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string,
    o?: Record<string, unknown>,
  ): Promise<{ results: { id: string; score?: number; data(): Promise<PagefindData> }[] } | null>;
}

/** How much a query covering each metadata field adds to a page's score (Pagefind's default is 5 for the title, 1 for the rest). */
const META_WEIGHTS = { title: 5, questions: 8, aliases: 8 };
let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${BASE}${FILES.pagefind}pagefind.js`)) as Pagefind;
    // Ranking tuned so a page whose title is the term beats a page that mentions it often in passing:
    // titles carry weight 10 (data-pagefind-weight on the h1), and how often a word repeats counts for less
    // than Pagefind's default (termFrequency 1.0) and saturates sooner. Pinned by the ranking tests in search.spec.ts.
    // Indexed URLs are relative to the site's root folder (see src/integrations/pagefind.mjs); baseUrl puts the
    // base path in front. Pagefind 1.6 runs in a web worker (pagefind-worker.js, about 12 KB gzip): ranking a
    // broad prefix over 1,000 chapters takes over 100 ms, which on the page's own thread (noWorker) would
    // stall the reader's typing.
    // Metadata is searched too (Pagefind 1.5+): a chapter's `questions` and `aliases` (frontmatter, put on the page
    // as metadata by src/pages/chapters/[slug].astro) add to the score of a page whose question or other name the
    // query's words cover, weighted above the title, so "how much do AI engineers make" finds the salary chapter.
    // Pinned by tests/e2e/search-questions.spec.ts.
    // metaCacheTag (Pagefind 1.5+): the build writes a tag that changes with the index on each page that searches
    // (data-search-index on <html>, src/integrations/offline-copy.mjs), so the entry file is asked for at an address
    // a saved copy can hold, instead of one with the time in it. Offline, Pagefind works on the page's own thread:
    // Firefox turns away a dedicated worker's fetches while it knows it is offline, before the service worker that
    // holds the saved copy can answer them (reported as Mozilla bug 2067202).
    const tag = globalThis.document?.documentElement.dataset.searchIndex;
    await pagefind.options({
      baseUrl: BASE,
      excerptLength: 24,
      ranking: { termFrequency: 0.3, termSaturation: 0.8, metaWeights: META_WEIGHTS },
      ...(tag ? { metaCacheTag: tag } : {}),
      ...(globalThis.navigator?.onLine === false ? { noWorker: true } : {}),
    });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

export async function getFilterCounts() {
  return (await loadPagefind()).filters();
}

/** Pagefind's filter argument: values within one key are alternatives (any); different keys must all match. */
function pagefindFilters(filters: Filters) {
  const pf: Record<string, { any: string[] }> = {};
  for (const [k, v] of Object.entries(filters)) if (v.length) pf[k] = { any: v };
  return pf;
}

/** Letters and digits in the query, the measure of how far the reader has typed. */
export const typedLength = (query: string) => query.replace(/[^\p{L}\p{N}]/gu, '').length;

function toResult(d: PagefindData): Result {
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    kind: d.filters.kind?.[0] ?? '',
    part: d.filters.part?.[0] ?? '',
    excerpt: d.excerpt,
    subResults: (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3),
  };
}

export interface Ranking {
  total: number;
  hits: Hit[];
}

// Words that carry no topic in a question ("how much do AI engineers make"): Pagefind requires every word of a
// query on a page and matches each as a prefix ("do" also finds "document"), so left in they would keep out
// the page that answers and let in pages that merely use the filler words.
const FILLER = new Set(
  (
    'a an the and or but if of to in on at by for from with about into as than then so vs versus ' +
    'how much many what whats which who whom whose why when where ' +
    'is are was were be been being am do does did doing done can could should would will shall may might must ' +
    'i im ive me my mine we our you your youre it its this that these those there ' +
    'get gets got really actually just any some'
  ).split(' '),
);

/** A query word as compared with the filler list: lower case, without the punctuation around it or an apostrophe. */
const bare = (word: string) =>
  word
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/['’]/g, '');

/**
 * The words of a query worth searching for: the query without filler words, each word once, in the order typed.
 * A query with no filler (a keyword search), a quoted phrase, or one made only of filler is returned as typed.
 */
export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (query.includes('"') || !words.some((w) => FILLER.has(bare(w)))) return query.trim();
  const seen = new Set<string>();
  const kept = words.filter((w) => {
    const b = bare(w);
    if (!b || FILLER.has(b) || seen.has(b)) return false;
    seen.add(b);
    return true;
  });
  return kept.length ? kept.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).join(' ') : query.trim();
}

// Pagefind lists a page only when it holds every word of the query. When that leaves fewer results than a first
// screen, each word is searched on its own and the pages holding some of the words follow, those with more
// of the words first, then by score.
const ENOUGH = 5;

interface Found {
  id: string;
  score?: number;
  data(): Promise<PagefindData>;
}

/** The pages holding every word, in Pagefind's order, then the pages holding some of them (most words, then score). */
export function withPartialMatches<T extends { id: string; score?: number }>(all: T[], perWord: T[][]): T[] {
  const listed = new Set(all.map((r) => r.id));
  const partial = new Map<string, { result: T; words: number; score: number }>();
  for (const results of perWord) {
    for (const r of results) {
      if (listed.has(r.id)) continue;
      const seen = partial.get(r.id) ?? { result: r, words: 0, score: 0 };
      seen.words += 1;
      seen.score += r.score ?? 0;
      partial.set(r.id, seen);
    }
  }
  const rest = [...partial.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((p) => p.result);
  return [...all, ...rest];
}

/** A word as compared between a query and a chapter's questions: lower case, bare, without a plural "s". */
const stem = (word: string) => bare(word).replace(/(?<=\w{3})s$/, '');
const wordSet = (text: string) => new Set(text.split(/\s+/).map(stem).filter(Boolean));

/**
 * How closely a reader's question matches the closest of a page's own questions and other names (its `questions`
 * and `aliases` metadata): the share of words they have in common, filler words included, from 0 to 1.
 */
export function questionMatch(query: string, meta: Record<string, string>): number {
  const asked = wordSet(query);
  const listed = [...(meta.questions ?? '').split(/(?<=\?)\s+/), ...(meta.aliases ?? '').split(/;\s*/)].filter(Boolean);
  let best = 0;
  for (const text of listed) {
    const words = wordSet(text);
    const shared = [...words].filter((w) => asked.has(w)).length;
    best = Math.max(best, shared / new Set([...words, ...asked]).size);
  }
  return best;
}

// A page among the first results whose own question is (nearly) the one asked moves to the top: Pagefind cannot
// tell "what does an AI engineer do" from "how much do AI engineers make" once filler words are gone.
const REORDERED = 5;
const CLOSE_MATCH = 0.5;

interface RankedHit extends Hit {
  raw(): Promise<PagefindData>;
}

async function runSearch(query: string, filters: Filters): Promise<Ranking> {
  const pagefind = await loadPagefind();
  const options = { filters: pagefindFilters(filters) };
  const terms = searchTerms(query);
  const found = await pagefind.search(terms, options);
  let results: Found[] = found?.results ?? [];
  const words = terms.split(/\s+/).filter(Boolean);
  if (results.length < ENOUGH && words.length > 1 && !terms.includes('"')) {
    const perWord = await Promise.all(words.map(async (w) => (await pagefind.search(w, options))?.results ?? []));
    results = withPartialMatches(results, perWord);
  }
  const hits: RankedHit[] = results.map((r) => {
    let raw: Promise<PagefindData> | undefined;
    let loaded: Promise<Result> | undefined;
    const hit: RankedHit = {
      id: r.id,
      raw: () => (raw ??= r.data()),
      load: () => (loaded ??= hit.raw().then(toResult)),
    };
    return hit;
  });
  // Only for a question (filler words were dropped): the first results' text is what the interface loads first anyway.
  if (terms !== query.trim() && hits.length > 1) {
    const first = hits.slice(0, REORDERED);
    const closeness = await Promise.all(first.map(async (h) => questionMatch(query, (await h.raw()).meta)));
    const order = first.map((h, i) => ({ h, c: closeness[i]! >= CLOSE_MATCH ? closeness[i]! : 0, i }));
    order.sort((a, b) => b.c - a.c || a.i - b.i);
    hits.splice(0, first.length, ...order.map((o) => o.h));
  }
  return { total: hits.length, hits };
}

// Rankings by query and filters: a search typed, erased and typed again is not run twice.
const rankings = new Map<string, Promise<Ranking>>();
let inFlight = 0;
let wanted: [string, Filters] | undefined;

/**
 * Ranks the pages for a query. Ranking fetches the index chunks the query's words need; each hit's text
 * (its fragment) loads only when hit.load() is called.
 */
export function rank(query: string, filters: Filters): Promise<Ranking> {
  const key = JSON.stringify([query.toLowerCase(), filters]);
  let ranking = rankings.get(key);
  if (!ranking) {
    inFlight += 1;
    ranking = runSearch(query, filters).finally(() => {
      inFlight -= 1;
    });
    ranking.catch(() => rankings.delete(key));
    rankings.set(key, ranking);
    if (rankings.size > 24) rankings.delete(rankings.keys().next().value!);
  }
  return ranking;
}

/**
 * Ranks a query the reader is still typing, in Pagefind's worker, so that when typing pauses only the
 * shown results' text is left to fetch. At most one such ranking runs at a time: keystrokes that arrive
 * meanwhile leave only the latest query to rank next. One- and two-letter prefixes are skipped: they
 * span several index chunks (about 28 KB each at 1,000 chapters), take long to rank and are almost always
 * on their way to a longer word.
 */
export function warm(query: string, filters: Filters) {
  if (typedLength(query) < 3) return;
  if (inFlight) {
    wanted = [query, filters];
    return;
  }
  wanted = undefined;
  void rank(query, filters)
    .then((ranking) => {
      // Nothing newer was typed while this ranked: this is likely the query the reader will see, so the
      // top result's text loads now, during the pause, and shows the moment the pause ends. One fragment
      // (about 3 KB) per query that finishes ranking; the other shown results load after the pause.
      if (!wanted) void ranking.hits[0]?.load().catch(() => {});
    })
    .catch(() => {})
    .finally(() => {
      const next = wanted;
      wanted = undefined;
      if (next) warm(...next);
    });
}

/** A result URL that asks the destination page to highlight the searched words (a question's filler words are not marked). */
export function withHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(searchTerms(query))}${hash ? `#${hash}` : ''}`;
}
