// Builds links under the site's base path, so the site works at a domain root or a subpath.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `url('chapters/salary/')` -> '/chapters/salary/' or '/ai-engineer-guide/chapters/salary/'. */
export function url(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const chapterUrl = (slug: string) => url(`chapters/${slug}/`);
export const partUrl = (part: string) => url(`parts/${part}/`);
/** The offer calculator, opened on the offers an address fragment describes (src/lib/offer/state.ts encodes one). */
export const offerCalculatorUrl = (fragment = '') => url('data/offer/') + (fragment ? `#${fragment}` : '');
