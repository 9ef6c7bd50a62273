// Build-time middleware added by the Pagefind step (src/integrations/pagefind.mjs): as each page is
// rendered, its HTML goes to Pagefind's indexer, which works in its own process on the other core while
// Astro renders the next pages. What the reader gets is unchanged: the same HTML is passed on.
// Outside `astro build` (and in a build before the step has started) there is no feed and it does nothing.
export const FEED = Symbol.for('guide:pagefind-feed');

/** @type {import('astro').MiddlewareHandler} */
export async function onRequest(context, next) {
  const response = await next();
  /** @type {{ add(pathname: string, html: string): void } | undefined} */
  const feed = /** @type {any} */ (globalThis)[FEED];
  if (!feed || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  feed.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}
