// Keeps the build's output to what an editor or developer can act on.
import nodeLog from 'astro/logger/node';

/**
 * Rolldown warns, once per MDX file, that the module-level directive "use astro:head-inject" (which Astro itself
 * writes into every MDX module) may not be preserved. Nobody here can act on it: it is Astro's own code
 * (withastro/astro#18087, open). Only that warning is dropped; every other warning, including other
 * MODULE_LEVEL_DIRECTIVE ones, still prints.
 * @param {{ code?: string, message?: string }} warning
 */
export function isUpstreamNoise(warning) {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && /"use astro:head-inject"/.test(warning.message ?? '');
}

/**
 * Vite's `build.rolldownOptions.onwarn`: passes every warning on to Vite's own printer except the upstream noise.
 * @param {{ code?: string, message?: string }} warning
 * @param {(warning: any) => void} warn
 */
export function onBuildWarning(warning, warn) {
  if (!isUpstreamNoise(warning)) warn(warning);
}

/**
 * After loading content, Astro logs each reference that points to no entry ("Invalid content reference: ...") and
 * goes on. The guide's own check (src/lib/checks/validate-content.ts) stops the build on the same problem with a message
 * that names the file, the field and the fix, so Astro's line would only say it twice.
 * @param {{ level: string, label?: string | null, message: string }} event
 */
export function isDuplicateContentMessage(event) {
  return event.level === 'error' && event.label === 'content' && event.message.startsWith('Invalid content reference:');
}

/**
 * The build's log (astro.config.mjs `logger`): Astro's own terminal output, less the duplicate above, and one closing
 * line after Astro's last ("Complete!") that counts the pages built and the warnings printed, so an editor does not
 * have to scroll to learn whether anything needs their attention.
 * @param {Record<string, unknown>} [config]
 */
export default function guideLogDestination(config) {
  const node = nodeLog(config);
  let warnings = 0;
  let pages;
  return {
    write(event) {
      if (isDuplicateContentMessage(event)) return;
      if (event.level === 'warn') warnings++;
      const built = /^(\d+) page\(s\) built/.exec(event.message);
      if (built) pages = Number(built[1]);
      node.write(event);
      if (event.label === 'build' && event.message.endsWith('Complete!') && pages !== undefined) {
        node.write({ ...event, label: 'guide', message: closingLine(pages, warnings) });
      }
    },
  };
}

/** "Built 38 pages; no content problems, 2 warnings (above)." */
export function closingLine(pages, warnings) {
  return `Built ${pages} page${pages === 1 ? '' : 's'}; no content problems, ${warnings === 0 ? 'no warnings' : `${warnings} warning${warnings === 1 ? '' : 's'} (above)`}.`;
}
