// Where a build's CPU time goes, by phase: one line at the end of `astro build`, which the benchmark reads
// (scripts/bench/run.mjs) and docs/performance.md records. It counts this process only, all its threads (Vite's
// bundler, sharp's rasteriser); Pagefind's indexer is a process of its own, so its share is the build's whole CPU
// time, as `time` reports it, less this. Comes last in astro.config.mjs, so that its end follows the other steps'.
//   start-up:   Node and Astro loading, the configuration, the content layer's sync (parsing every entry)
//   bundling:   Vite's builds: compiling MDX and components, the chapters' component imports, Tailwind
//   rendering:  every page rendered and written, each page's HTML handed to Pagefind as it goes
//   after-build: the steps on the written site (sitemap, Pagefind writing its index, the one pass over the pages)
import { componentImportTime } from '../build-plugins/mdx-component-imports.mjs';

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** The profile line: each phase's CPU seconds, from the marks taken at its end (cumulative seconds). */
export function describeProfile(/** @type {Record<string, number>} */ marks, componentImportsS = 0) {
  const { start = 0, bundled = start, rendered = bundled, done = rendered } = marks;
  const f = (/** @type {number} */ s) => `${s.toFixed(1)} s`;
  return (
    `CPU of this process: ${f(done)} = start-up and content sync ${f(start)}, bundling ${f(bundled - start)} ` +
    `(of which the chapters' component imports ${f(componentImportsS)}), rendering ${f(rendered - bundled)}, ` +
    `after-build steps ${f(done - rendered)}.`
  );
}

/** @returns {import('astro').AstroIntegration} */
export function buildProfile() {
  /** @type {Record<string, number>} */
  const marks = {};
  return {
    name: 'guide:build-profile',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        // The last Vite build to finish closes bundling; rendering starts after it.
        updateConfig({
          vite: { plugins: [{ name: 'guide:build-profile', closeBundle: () => void (marks.bundled = cpuSeconds()) }] },
        });
      },
      'astro:build:start': () => {
        marks.start = cpuSeconds();
      },
      'astro:build:generated': () => {
        marks.rendered = cpuSeconds();
      },
      'astro:build:done': ({ logger }) => {
        marks.done = cpuSeconds();
        logger.info(describeProfile(marks, componentImportTime.ms / 1000));
      },
    },
  };
}
