// The site's URLs under the base path it is built with (BASE_PATH, through Astro's `base`), for pages, components
// and browser code. The paths themselves are in routes.ts.
import {
  chapterOfPage,
  chapterPath,
  citationId,
  normaliseBase,
  offerPath,
  pageOfUrl,
  partPath,
  sourcePath,
  underBase,
} from './routes';

/** The base path: '/' or '/ai-engineer-guide/'. */
export const BASE = normaliseBase(import.meta.env.BASE_URL);

/** `url('chapters/salary/')` -> '/chapters/salary/' or '/ai-engineer-guide/chapters/salary/'. */
export const url = (path = ''): string => underBase(BASE, path);

export const chapterUrl = (slug: string, anchor?: string) => url(chapterPath(slug, anchor));
export const partUrl = (part: string) => url(partPath(part));
export const sourceUrl = (id: string) => url(sourcePath(id));
/** The offer calculator, opened on the offers an address fragment describes (src/lib/offer/state.ts encodes one). */
export const offerCalculatorUrl = (fragment = '') => url(offerPath(fragment));
/** The link from a citation mark to its source in the chapter's "Sources cited" list. */
export const citationAnchor = (id: string) => `#${citationId(id)}`;
/** Whether a URL path the site serves is a chapter's page. */
export const isChapterUrl = (pathname: string) => chapterOfPage(pageOfUrl(pathname, BASE) ?? '') !== undefined;
/** An absolute URL on the site's origin (canonical links, feeds, structured data): ('chapters/x/', site). */
export const absoluteUrl = (path: string, site: URL | string) => new URL(url(path), site).href;
