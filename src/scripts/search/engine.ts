// Loads Pagefind once, on demand, and turns its results into plain objects for the UI.

export interface SubResult { title: string; url: string; excerpt: string }
export interface Result { url: string; title: string; kind: string; part: string; excerpt: string; subResults: SubResult[] }
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
  debouncedSearch(q: string, o?: Record<string, unknown>, ms?: number): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] } | null>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // Ranking tuned so a page whose title is the term beats a page that mentions it often in passing:
    // titles carry weight 10 (data-pagefind-weight on the h1), and how often a word repeats counts for less
    // than Pagefind's default (termFrequency 1.0) and saturates sooner. Pinned by the ranking tests in search.spec.ts.
    // Indexed URLs already include the base path (see src/integrations/pagefind.mjs), so results need no prefix.
    await pagefind.options({ baseUrl: '/', excerptLength: 24, ranking: { termFrequency: 0.3, termSaturation: 0.8 } });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

export async function getFilterCounts() {
  return (await loadPagefind()).filters();
}

/**
 * Runs a search; resolves to null when a newer search superseded this one.
 * Filters within one key are alternatives (any of them); different keys must all match.
 */
export async function search(query: string, filters: Filters, limit = 12): Promise<{ total: number; results: Result[] } | null> {
  const pagefind = await loadPagefind();
  const pf: Record<string, { any: string[] }> = {};
  for (const [k, v] of Object.entries(filters)) if (v.length) pf[k] = { any: v };
  const found = await pagefind.debouncedSearch(query, { filters: pf }, 80);
  if (found === null) return null;
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return {
    total: found.results.length,
    results: data.map((d) => ({
      url: d.url,
      title: d.meta.title ?? d.url,
      kind: d.filters.kind?.[0] ?? '',
      part: d.filters.part?.[0] ?? '',
      excerpt: d.excerpt,
      subResults: (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3),
    })),
  };
}

/** A result URL that asks the destination page to highlight the searched words. */
export function withHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(query.trim())}${hash ? `#${hash}` : ''}`;
}
