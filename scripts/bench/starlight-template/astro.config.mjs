// Starlight as a user would start it: defaults, so the sidebar is generated from the docs folders (one per
// part). scripts/bench/run.mjs copies this into .bench/starlight and writes the corpus into src/content/docs.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
  integrations: [starlight({ title: 'AI Engineer Guide (Starlight)' })],
});
