// Checks run on the finished build, beyond what the schemas can see. Each problem names the file,
// the rule and the fix. Errors fail the build; warnings are listed and the build goes on.
//   error:   an internal link or #anchor that points nowhere (once, against the chapter, not the print edition that repeats it)
//   error:   markup after </html> (a page's script placed outside its layout)
//   error:   a money figure typed by hand in a chapter (figures come from data through <Pay>)
//   warning: a chapter past its review date (six months after `updated`)
//   warning: a data entry no page shows
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { today } from '../lib/today.mjs';

export const REVIEW_MONTHS = 6;
const DATA_COLLECTIONS = ['salary-bands', 'companies', 'company-groups', 'skills', 'learning-path', 'roles', 'glossary', 'faq', 'sources'];

/** The page URL path (under base) a built file answers: `chapters/x/index.html` -> `chapters/x/`. */
export function pagePath(/** @type {string} */ rel) {
  return rel.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
}

/**
 * ids, data-entry markers and links of one HTML page. `origins[i]` is the chapter whose content holds `links[i]`
 * on a page that repeats chapters (the print edition wraps each in <article id="chapter-<slug>">), so a problem
 * there is reported once, against the chapter. `trailing` is any markup after </html>.
 */
export function scanHtml(/** @type {string} */ html) {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const entries = new Set([...html.matchAll(/\sdata-entry="([^"]+)"/g)].map((m) => m[1]));
  const articles = [...html.matchAll(/<article\s[^>]*?id="chapter-([^"]+)"/g)].map((m) => ({ slug: m[1], start: m.index, end: html.indexOf('</article>', m.index) }));
  const found = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)];
  const links = found.map((m) => m[1].replace(/&amp;/g, '&'));
  const origins = found.map((m) => articles.find((a) => a.start < m.index && (a.end === -1 || m.index < a.end))?.slug);
  const end = html.lastIndexOf('</html>');
  const trailing = end === -1 ? '' : html.slice(end + '</html>'.length).trim();
  return { ids, entries, links, origins, trailing };
}

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
      if (/^(?:[a-z]+:|\/\/)/i.test(href) || href === '') continue;
      const [pathPart, hash] = href.split('#');
      const [pathOnly] = pathPart.split('?');
      let target;
      if (pathOnly === '') target = from;
      else if (pathOnly.startsWith('/')) {
        if (!pathOnly.startsWith(base)) { problems.push({ from, origin, href, why: `does not start with the site's base path ${base}` }); continue; }
        target = pathOnly.slice(base.length);
      } else target = posix.normalize(posix.join(posix.dirname(`${from}x`), pathOnly));
      target = target.replace(/^\.\/?/, '');
      const asPage = target === '' || target.endsWith('/') ? target : `${target}/`;
      const known = pages.has(asPage) ? asPage : pages.has(target) ? target : undefined;
      if (known === undefined) {
        if (!files.has(target)) problems.push({ from, origin, href, why: 'points to no page in the build' });
        continue;
      }
      if (hash && !pages.get(known).ids.has(decodeURIComponent(hash))) problems.push({ from, origin, href, why: `points to #${hash}, which is not on ${known || 'the home page'}` });
    }
  }
  return problems;
}

/** Hand-typed money figures in a chapter body ($250K, $1M), outside code. */
export function findTypedFigures(/** @type {string} */ body) {
  const out = [];
  const lines = body.split('\n');
  let fence = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) { fence = !fence; return; }
    if (fence) return;
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(/\$\s?\d[\d,.]*\s?[KkMmBb]?\+?/g)) out.push({ line: i + 1, text: m[0] });
  });
  return out;
}

/** Chapters whose review is due: `updated` more than REVIEW_MONTHS before `now`. */
export function findOverdueReviews(/** @type {{ file: string, updated: Date }[]} */ chapters, /** @type {Date} */ now) {
  return chapters.flatMap((c) => {
    const due = new Date(c.updated);
    due.setUTCMonth(due.getUTCMonth() + REVIEW_MONTHS);
    return due < now ? [{ ...c, due }] : [];
  });
}

function readChapters(/** @type {string} */ contentDir) {
  const dir = join(contentDir, 'chapters');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /^[^_].*\.mdx$/.test(f)).map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const fm = text.match(/^---\n([\s\S]*?)\n---/);
    const data = fm ? parse(fm[1]) ?? {} : {};
    const bodyStart = fm ? fm[0].split('\n').length : 0;
    return { file: join(dir, f), slug: f.replace(/\.mdx$/, ''), data, body: fm ? text.slice(fm[0].length) : text, bodyStart };
  });
}

function readDataIds(/** @type {string} */ contentDir) {
  return DATA_COLLECTIONS.flatMap((c) => {
    const dir = join(contentDir, c);
    return existsSync(dir) ? readdirSync(dir).filter((f) => /^[^_].*\.ya?ml$/.test(f)).map((f) => ({ collection: c, id: f.replace(/\.ya?ml$/, ''), file: join(dir, f) })) : [];
  });
}

async function* htmlFiles(/** @type {string} */ dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else yield path;
  }
}

/** @returns {import('astro').AstroIntegration} */
export function contentChecks() {
  let base = '/';
  return {
    name: 'guide:content-checks',
    hooks: {
      'astro:config:done': ({ config }) => { base = config.base.replace(/\/?$/, '/'); },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const contentDir = process.env.GUIDE_CONTENT_DIR ?? 'content';
        const pages = new Map();
        const files = new Set();
        const shown = new Set();
        for await (const file of htmlFiles(outDir)) {
          const rel = relative(outDir, file).split(sep).join('/');
          files.add(rel);
          if (!rel.endsWith('.html') || rel.startsWith('pagefind/')) continue;
          const scan = scanHtml(await readFile(file, 'utf8'));
          for (const e of scan.entries) shown.add(e);
          pages.set(pagePath(rel), scan);
        }
        const chapters = readChapters(contentDir);
        const sourceOf = (/** @type {string} */ page) => {
          const slug = page.match(/^chapters\/([^/]+)\/$/)?.[1];
          const chapter = slug && chapters.find((c) => c.slug === slug);
          return chapter ? relative('.', chapter.file) : `the page /${page} (built from src/pages or a component)`;
        };
        const errors = [];
        for (const [page, scan] of pages) {
          if (scan.trailing) errors.push(`${sourceOf(page)}: the page has markup after </html> (${scan.trailing.slice(0, 60)}...). A <script> written after the page's layout component lands outside the document: move it inside the layout's element.`);
        }
        const broken = findBrokenLinks(pages, files, base);
        // A chapter's broken link is repeated on the print edition: report it once, against the chapter.
        const chapterPage = (/** @type {string} */ slug) => `chapters/${slug}/`;
        const brokenOnOwnPage = new Set(broken.map((p) => p.from));
        for (const p of broken) {
          if (p.origin && p.from !== chapterPage(p.origin)) {
            if (brokenOnOwnPage.has(chapterPage(p.origin))) continue;
            errors.push(`${sourceOf(p.from)}: the link "${p.href}", from ${sourceOf(chapterPage(p.origin))}, ${p.why}. The link works on the chapter's own page, so the print edition's rewriting of ids and links (src/lib/print-edition.ts) has a bug.`);
            continue;
          }
          errors.push(`${sourceOf(p.from)}: the link "${p.href}" ${p.why}. Fix the address (chapters are /chapters/<file name>/, glossary terms /chapters/glossary/#<id>) or remove the link.`);
        }
        for (const c of chapters) {
          if (c.data.draft === true) continue;
          for (const f of findTypedFigures(c.body)) {
            errors.push(`${relative('.', c.file)}:${c.bodyStart + f.line - 1}: "${f.text}" is a money figure typed by hand. Print figures with <Pay band="<id>" /> from content/salary-bands/, so each one carries its source and date.`);
          }
        }
        const overdue = findOverdueReviews(chapters.filter((c) => c.data.updated && !c.data.draft).map((c) => ({ file: relative('.', c.file), updated: new Date(c.data.updated) })), today());
        for (const o of overdue) logger.warn(`${o.file}: review overdue since ${o.due.toISOString().slice(0, 10)} (chapters are reviewed every ${REVIEW_MONTHS} months). Re-check it against its sources, then set \`updated:\` to the review date.`);
        const unshown = readDataIds(contentDir).filter((d) => !shown.has(`${d.collection}/${d.id}`));
        for (const d of unshown) logger.warn(`${relative('.', d.file)}: no page shows this entry. Show it through a component (see CONTRIBUTING.md), or remove it if it is no longer needed.`);
        logger.info(`Content checks: ${pages.size} pages, ${errors.length} errors, ${overdue.length} reviews overdue, ${unshown.length} data entries not shown.`);
        if (errors.length) throw new Error(`The built site has ${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n- ${errors.join('\n- ')}`);
      },
    },
  };
}
