// Editors link chapters as `/chapters/<slug>/`. When the site is served under a subpath
// (BASE_PATH=/ai-engineer-guide/), this Sätteri mdast plugin prefixes such root-relative links with it.
import { siteConfig } from '../../site.config.mjs';
import { underBase } from '../lib/routes.ts';

/** `/chapters/x/` -> `/base/chapters/x/`; other links (external, #anchors, already prefixed) unchanged. */
export function withBase(/** @type {string} */ href, /** @type {string} */ base) {
  if (base === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return href;
  return underBase(base, href);
}

export function baseLinks() {
  const base = siteConfig.base;
  if (base === '/') return null;
  return {
    name: 'guide-base-links',
    link(/** @type {any} */ node, /** @type {any} */ ctx) {
      const next = withBase(node.url, base);
      if (next !== node.url) ctx.setProperty(node, 'url', next);
    },
  };
}
