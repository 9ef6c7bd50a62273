// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './site.config.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks } from './src/mdx-plugins/glossary-links.mjs';
import { baseLinks } from './src/mdx-plugins/base-links.mjs';
import { markdownBlocks, markdownCellLabels, markdownComponents } from './src/mdx-plugins/markdown-components.mjs';
import { externalLinks } from './src/mdx-plugins/external-links.mjs';
import { pagefindIntegration } from './src/integrations/pagefind.mjs';
import { builtSiteChecks } from './src/integrations/built-site-checks.mjs';
import { onBuildWarning } from './src/build-plugins/build-log.mjs';
import { mdxComponentImports } from './src/build-plugins/mdx-component-imports.mjs';
import { afterBuild } from './src/integrations/after-build.mjs';
import { buildProfile } from './src/integrations/build-profile.mjs';

// Pagefind writes its index in its own process while the pages are checked and rewritten (after-build.mjs waits for it).
const searchIndex = pagefindIntegration({ wait: false });

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'ignore',
  // Astro's terminal log, less one duplicate message, plus a closing count (src/build-plugins/build-log.mjs).
  logger: { entrypoint: new URL('./src/build-plugins/build-log.mjs', import.meta.url) },
  // Tests build fixture content into their own folders so they never touch the real build.
  outDir: process.env.GUIDE_OUT_DIR ?? './dist',
  cacheDir: process.env.GUIDE_CACHE_DIR ?? './node_modules/.astro',
  // Four pages at a time: rendering overlaps file writes and the Open Graph rasteriser (sharp's own
  // threads). Measured at 1,000 chapters: page generation 7.8 s -> 5.9 s; 8 was no faster.
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    // optimize: static Markdown is compiled to HTML strings (about 7% less build CPU at 1,000 chapters);
    // table and pre stay elements so ScrollTable and CodeBlock still replace them.
    mdx({ optimize: { ignoreElementNames: ['table', 'pre'] } }),
    // Drafts are never built in production, so they cannot reach the sitemap; search and 404 stay out of it.
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    builtSiteChecks(),
    searchIndex,
    // One pass over the written pages: each page's policy lists its own inline styles and scripts (Astro's lists
    // every style and script of the site, and misses the styles a chapter's components bring), the checks on the
    // built site, and the offline copy (offline.json, the download's size in the pages) once the index is written.
    afterBuild({ searchIndex }),
    // Where the build's CPU went, by phase: one line at the end (after every other step's).
    buildProfile(),
  ],
  // A strict Content Security Policy in a <meta> element on every page, with hashes for Astro's own
  // scripts and styles. Pagefind's WebAssembly needs 'wasm-unsafe-eval'. Header-only directives
  // (frame-ancestors) are in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: {
    // Shiki's inline styles cannot live under the CSP; code blocks are styled by src/styles/prose.css.
    syntaxHighlight: false,
    // Astro 7's Markdown engine is Sätteri; plugins are Sätteri mdast visitors, not remark plugins.
    // A Markdown chapter's <ShortAnswer>, <Callout> and <Cite> are drawn as the components draw them (MDX chapters use
    // the components); glossary terms link to the glossary; links to other sites get rel attributes and a visible
    // "leaves the guide" mark.
    processor: satteri({
      mdastPlugins: [markdownComponents(), markdownBlocks(), glossaryLinks(), baseLinks()],
      hastPlugins: [markdownCellLabels(), externalLinks()],
    }),
  },
  // Writes .astro/collections/collections.json, which lets the Astro VS Code extension offer hover help and
  // completion in chapter frontmatter (with its `astro.content-intellisense` setting, on in .vscode/settings.json).
  experimental: { contentIntellisense: true },
  vite: {
    // Each chapter imports the components it uses, so it loads only their styles (see the plugin).
    plugins: [tailwindcss(), mdxComponentImports()],
    // One upstream warning per MDX file that nobody here can act on is dropped; see build-log.mjs.
    build: { rolldownOptions: { onwarn: onBuildWarning } },
  },
});
