import { defineConfig } from 'vitest/config';

/** The tests that read the site `astro build` wrote (dist/, or GUIDE_OUT_DIR) instead of building a fixture. */
const BUILT_SITE = [
  'tests/build/size-budgets.test.ts',
  'tests/build/html-valid.test.ts',
  'tests/build/source-talk.test.ts',
];

// Three groups, so scripts/test.sh can run each when its inputs are ready (`vitest run --project <name>`);
// a plain `npx vitest run` runs all three (the last needs a built site: `npm run build` first).
export default defineConfig({
  test: {
    // Build tests run `astro build` on fixture content: give them room.
    testTimeout: 120_000,
    projects: [
      // Schemas, pure functions, scripts: no build needed, files in parallel. The files of a worker share one module
      // graph (isolate: false): the tests are pure and put back what they change (dates.test.ts's TZ), and loading
      // zod and the schemas once per worker instead of once per file halves the project's CPU time (21 -> 9 s).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      // Each file builds copies of tests/fixtures/valid in temporary folders: one file at a time.
      {
        extends: true,
        test: {
          name: 'fixture-builds',
          include: ['tests/build/**/*.test.ts'],
          exclude: BUILT_SITE,
          fileParallelism: false,
        },
      },
      // Read the site that `astro build` wrote (dist/, or GUIDE_OUT_DIR).
      { extends: true, test: { name: 'built-site', include: BUILT_SITE, fileParallelism: false } },
    ],
  },
});
