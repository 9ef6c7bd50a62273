// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './site.config.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks } from './src/integrations/glossary-links.mjs';
import { baseLinks } from './src/integrations/base-links.mjs';
import { pagefindIntegration } from './src/integrations/pagefind.mjs';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'ignore',
  // Tests build fixture content into their own folders so they never touch the real build.
  outDir: process.env.GUIDE_OUT_DIR ?? './dist',
  cacheDir: process.env.GUIDE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx(), pagefindIntegration()],
  markdown: {
    // Astro 7's Markdown engine is Sätteri; plugins are Sätteri mdast visitors, not remark plugins.
    processor: satteri({ mdastPlugins: [glossaryLinks(), baseLinks()] }),
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
