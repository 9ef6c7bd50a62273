// Every URL the site makes, in one place: change the URL scheme here and pages, browser code, integrations, the
// print edition, the search index, scripts and tests follow. Two layers:
//   - paths under the site's base ('chapters/salary/', 'data/offer/'), and how a link resolves to one;
//   - the base path itself, normalised once (normaliseBase).
// Pure and free of Astro and Vite, so plain Node (site.config.mjs, playwright.config.ts, scripts) imports it too.
// Pages and browser code use src/lib/url.ts, which puts these paths under the base the site was built with.

/**
 * The base path as every URL uses it: '/' at a domain's root, else the subpath with one slash at each end
 * ('ai-engineer-guide', '/ai-engineer-guide' -> '/ai-engineer-guide/').
 */
export function normaliseBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** `path` under `base`: ('/guide/', 'chapters/x/') -> '/guide/chapters/x/'. A leading slash on `path` is ignored. */
export const underBase = (base: string, path = '') => normaliseBase(base) + path.replace(/^\//, '');

/** The site's pages that take no parameter, as paths under the base. */
export const PAGES = {
  home: '',
  chapters: 'chapters/',
  data: 'data/',
  salaries: 'data/salaries/',
  offer: 'data/offer/',
  posting: 'data/posting/',
  roadmap: 'data/roadmap/',
  companies: 'data/companies/',
  skills: 'data/skills/',
  roles: 'data/roles/',
  progress: 'progress/',
  changes: 'changes/',
  search: 'search/',
  guide: 'guide/',
} as const;

/** Files the build writes beside the pages. */
export const FILES = {
  robots: 'robots.txt',
  rss: 'rss.xml',
  changesFeed: 'changes.xml',
  fingerprints: 'fingerprints.json',
  serviceWorker: 'sw.js',
  sitemap: 'sitemap-index.xml',
  llms: 'llms.txt',
  llmsFull: 'llms-full.txt',
  favicon: 'favicon.svg',
  pagefind: 'pagefind/',
} as const;

/** The chapters the site's own code links to, when the guide has them (get-guide.ts says which exist). */
export const REFERENCE_CHAPTERS = { sources: 'sources', glossary: 'glossary', faq: 'faq', about: 'about' } as const;

/** A chapter, optionally at one of its anchors: ('salary', 'junior-pay') -> 'chapters/salary/#junior-pay'. */
export const chapterPath = (slug: string, anchor?: string) => `chapters/${slug}/${anchor ? `#${anchor}` : ''}`;
/** A part's page. */
export const partPath = (part: string) => `parts/${part}/`;
/** A source's entry on the sources chapter. */
export const sourcePath = (id: string) => chapterPath(REFERENCE_CHAPTERS.sources, id);
/** The id of a source in the "Sources cited" list at the foot of a chapter, which citation marks link to. */
export const citationId = (id: string) => `source-${id}`;
/** The search page, optionally with a query. */
export const searchPath = (query?: string) => (query ? `${PAGES.search}?q=${encodeURIComponent(query)}` : PAGES.search);
/** A skill's entry in the skills matrix. */
export const skillPath = (id: string) => `${PAGES.skills}#${id}`;
/** The study plan, on the progress page. */
export const STUDY_PLAN_PATH = `${PAGES.progress}#study-plan`;
/** The offer calculator, opened on the offers an address fragment describes (src/lib/offer/state.ts encodes one). */
export const offerPath = (fragment = '') => PAGES.offer + (fragment ? `#${fragment}` : '');
/** An Open Graph card. */
export const ogCardPath = (slug: string) => `og/${slug}.png`;

/** The chapter a page is ('chapters/x/' -> 'x'; a chapter in a subfolder of content/chapters/ has a path as its id). */
export const chapterOfPage = (page: string) => /^chapters\/(.+?)\/?$/.exec(page)?.[1];

/** The page a built file answers: 'chapters/x/index.html' -> 'chapters/x/', 'index.html' -> ''. */
export const pageOfFile = (file: string) =>
  file
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');

/**
 * The path under the base of a URL path the browser requests ('/base/chapters/x/' -> 'chapters/x/'), or undefined
 * when it is outside the base.
 */
export function pageOfUrl(pathname: string, base: string): string | undefined {
  const root = normaliseBase(base);
  return pathname.startsWith(root) ? pathname.slice(root.length) : undefined;
}

/** Where a link goes, as the checks on chapters and on the built site see it. */
export type ResolvedLink =
  /** Another site, or another scheme (mailto:). */
  | { kind: 'external' }
  /** A path from the domain's root that is not under the site's base. */
  | { kind: 'outside-base' }
  /**
   * A page or file of the site: `target` as written, resolved under the base ('chapters/x', 'rss.xml'); `page`
   * the same as a page path, ending in a slash ('chapters/x/'); `hash` the anchor, as written, if any.
   */
  | { kind: 'internal'; target: string; page: string; hash: string | undefined };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Where `href`, written on the page `from` (a path under the base, 'chapters/x/'), lands. Root-relative links are
 * read under `base`; relative links from the page's folder; a lone '#anchor' stays on `from`. The query is dropped.
 */
export function resolveLink(href: string, from: string, base = '/'): ResolvedLink {
  if (SCHEME.test(href) || href.startsWith('//')) return { kind: 'external' };
  const hashAt = href.indexOf('#');
  const hash = hashAt === -1 ? undefined : href.slice(hashAt + 1);
  const path = (hashAt === -1 ? href : href.slice(0, hashAt)).split('?')[0]!;
  let target: string;
  if (path === '') target = from;
  else if (path.startsWith('/')) {
    const under = pageOfUrl(path, base);
    if (under === undefined) return { kind: 'outside-base' };
    target = under;
  } else {
    target = new URL(path, `https://site.invalid/${from}`).pathname.slice(1);
  }
  target = target.replace(/^\.\/?/, '');
  return { kind: 'internal', target, page: target === '' || target.endsWith('/') ? target : `${target}/`, hash };
}
