// Checks on the built site, after the last page is written: what only the rendered HTML shows. Each problem names
// the file, the rule and the fix. Errors fail the build; warnings are listed and the build goes on.
//   error:   an internal link or #anchor that points nowhere (once, against the chapter, not the print edition that repeats it)
//   error:   markup after </html> (a page's script placed outside its layout)
//   warning: a data entry no page shows
// Which entries exist and which file each chapter page comes from is what the build loaded (get-guide.ts records it
// in src/lib/loaded-content.mjs), not a second reading of content/. The checks on the content itself (references,
// typed figures, review dates...) run while the build loads it (src/lib/checks/validate-content.ts); their warnings are
// printed here, through Astro's logger, so the build's closing line counts them.
import { clearLoadedContent, readLoadedContent } from '../lib/loaded-content.mjs';
import { chapterOfPage, chapterPath, resolveLink } from '../lib/routes.ts';

/**
 * ids, data-entry markers and links of one HTML page. `origins[i]` is the chapter whose content holds `links[i]`
 * on a page that repeats chapters (the print edition wraps each in <article id="chapter-<slug>">), so a problem
 * there is reported once, against the chapter. `trailing` is any markup after </html>.
 */
export function scanHtml(/** @type {string} */ html) {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const entries = new Set([...html.matchAll(/\sdata-entry="([^"]+)"/g)].map((m) => m[1]));
  const articles = [...html.matchAll(/<article\s[^>]*?id="chapter-([^"]+)"/g)].map((m) => ({
    slug: m[1],
    start: m.index,
    end: html.indexOf('</article>', m.index),
  }));
  const found = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)];
  const links = found.map((m) => m[1].replace(/&amp;/g, '&'));
  const origins = found.map((m) => articles.find((a) => a.start < m.index && (a.end === -1 || m.index < a.end))?.slug);
  const end = html.lastIndexOf('</html>');
  const trailing = end === -1 ? '' : html.slice(end + '</html>'.length).trim();
  return { ids, entries, links, origins, trailing };
}

/** Whether a link's fragment is key=value state for a page's script (`#a.base=170000&b.grant=...`) rather than an element id. */
export const isFragmentState = (/** @type {string} */ hash) => /^[\w.-]+=/.test(hash);

/**
 * Internal links that resolve to no page or no anchor. Each problem carries the chapter the link came from
 * when the page repeats chapters (`origin`).
 * @param {Map<string, { ids: Set<string>, links: string[], origins?: (string | undefined)[] }>} pages keyed by page path ('' for home)
 * @param {Set<string>} files every file path in the build (for links to feeds, images, text files)
 * @param {string} base
 */
export function findBrokenLinks(pages, files, base) {
  const problems = [];
  for (const [from, page] of pages) {
    for (const [i, href] of page.links.entries()) {
      const origin = page.origins?.[i];
      if (href === '') continue;
      const link = resolveLink(href, from, base);
      if (link.kind === 'external') continue;
      if (link.kind === 'outside-base') {
        problems.push({ from, origin, href, why: `does not start with the site's base path ${base}` });
        continue;
      }
      const { target, page: asPage, hash } = link;
      const known = pages.has(asPage) ? asPage : pages.has(target) ? target : undefined;
      if (known === undefined) {
        if (!files.has(target)) problems.push({ from, origin, href, why: 'points to no page in the build' });
        continue;
      }
      // A fragment of key=value pairs is state a page's script reads (the offer calculator's offers), not an anchor.
      if (hash && !isFragmentState(hash) && !pages.get(known).ids.has(decodeURIComponent(hash)))
        problems.push({ from, origin, href, why: `points to #${hash}, which is not on ${known || 'the home page'}` });
    }
  }
  return problems;
}

/**
 * The file a page comes from, for messages: the chapter's file for a chapter page, else a description of the page.
 * @param {string} page a page path ('chapters/x/', '' for home)
 * @param {{ id: string, file: string }[]} chapters the published chapters and their files
 */
export function pageSource(page, chapters) {
  const slug = chapterOfPage(page);
  const chapter = slug === undefined ? undefined : chapters.find((c) => c.id === slug);
  return chapter ? chapter.file : `the page /${page} (built from src/pages or a component)`;
}

/**
 * Data entries that no page marks with data-entry="<collection>/<id>".
 * @param {{ collection: string, id: string, file: string }[]} data every data entry the build loaded
 * @param {Set<string>} shown every data-entry marker in the built pages
 */
export function findUnshownEntries(data, shown) {
  return data.filter((d) => !shown.has(`${d.collection}/${d.id}`));
}

/**
 * Every problem of a built site, as the messages the build prints.
 * @param {{ pages: Map<string, ReturnType<typeof scanHtml>>, files: Set<string>, base: string }} site
 *   the scanned pages keyed by page path, every file path in the build, the base path
 * @param {{ chapters: { id: string, file: string }[], data: { collection: string, id: string, file: string }[] }} content
 *   what the build loaded
 * @returns {{ errors: string[], unshown: string[] }}
 */
export function checkBuiltSite({ pages, files, base }, { chapters, data }) {
  const sourceOf = (/** @type {string} */ page) => pageSource(page, chapters);
  const errors = [];
  for (const [page, scan] of pages) {
    if (scan.trailing)
      errors.push(
        `${sourceOf(page)}: the page has markup after </html> (${scan.trailing.slice(0, 60)}...). A <script> written after the page's layout component lands outside the document: move it inside the layout's element.`,
      );
  }
  const broken = findBrokenLinks(pages, files, base);
  // A chapter's broken link is repeated on the print edition: report it once, against the chapter.
  const chapterPage = (/** @type {string} */ slug) => chapterPath(slug);
  const brokenOnOwnPage = new Set(broken.map((p) => p.from));
  for (const p of broken) {
    if (p.origin && p.from !== chapterPage(p.origin)) {
      if (brokenOnOwnPage.has(chapterPage(p.origin))) continue;
      errors.push(
        `${sourceOf(p.from)}: the link "${p.href}", from ${sourceOf(chapterPage(p.origin))}, ${p.why}. The link works on the chapter's own page, so the print edition's rewriting of ids and links (src/lib/print-edition.ts) has a bug.`,
      );
      continue;
    }
    errors.push(
      `${sourceOf(p.from)}: the link "${p.href}" ${p.why}. Fix the address (chapters are /chapters/<file name>/, glossary terms /chapters/glossary/#<id>) or remove the link.`,
    );
  }
  const shown = new Set([...pages.values()].flatMap((scan) => [...scan.entries]));
  const unshown = findUnshownEntries(data, shown).map(
    (d) =>
      `${d.file}: no page shows this entry. Show it through a component (see CONTRIBUTING.md), or remove it if it is no longer needed.`,
  );
  return { errors, unshown };
}

/**
 * Runs the checks on the built site's pages (scanned with scanHtml, keyed by page path) and prints their findings:
 * the content load's warnings, the data entries no page shows, a summary line. Throws with every error.
 * @param {{ pages: Map<string, ReturnType<typeof scanHtml>>, files: Set<string>, base: string }} site
 * @param {import('astro').AstroIntegrationLogger} logger the step's logger
 */
export function reportBuiltSite(site, logger) {
  const content = readLoadedContent();
  if (!content) {
    throw new Error(
      "The checks on the built site found no record of the content the build loaded (src/lib/get-guide.ts records it in src/lib/loaded-content.mjs while pages render). Either no page called getGuide(), or the pages were rendered outside this process (an adapter's own prerenderer): the checks cannot tell which entries exist.",
    );
  }
  // The content load's warnings (review dates), under their own label: they are about the content, not the HTML.
  const contentLog = logger.fork('guide:content');
  for (const w of content.warnings) contentLog.warn(w);
  const { errors, unshown } = checkBuiltSite(site, content);
  for (const w of unshown) logger.warn(w);
  logger.info(
    `Checks on the built site: ${site.pages.size} pages, ${errors.length} errors, ${unshown.length} data entries not shown.`,
  );
  if (errors.length)
    throw new Error(
      `The built site has ${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n- ${errors.join('\n- ')}`,
    );
}

/**
 * Starts each build with no record of loaded content. The checks themselves run in the one pass over the built
 * pages (after-build.mjs, through reportBuiltSite).
 * @returns {import('astro').AstroIntegration}
 */
export function builtSiteChecks() {
  return {
    name: 'guide:built-site-checks',
    hooks: {
      'astro:build:start': () => {
        clearLoadedContent();
      },
    },
  };
}
