// Internal links and #anchors checked in the chapters' source, without rendering a page: what `npm run
// check:content` can tell an editor in seconds. The build checks the rendered pages again (built-site-checks.mjs),
// which also sees links that components and layouts draw. Pure: unit-tested in tests/unit/lib/checks/source-links.test.ts.
import GithubSlugger from 'github-slugger';

/** A chapter as the check needs it: its slug, its source and whether it is published. */
export interface SourceChapter {
  id: string;
  file: string;
  body: string;
  /** The line of the file on which the body starts (after the frontmatter). */
  bodyLine: number;
  draft: boolean;
}

/** Each problem: the file and line an editor can fix, and the message. */
export interface LinkProblem {
  file: string;
  line: number;
  message: string;
}

const FENCE = /^(```|~~~)/;

/** The body's lines with code blocks and inline code blanked out (links in code are examples, not links). */
function proseLines(body: string): string[] {
  let inFence = false;
  return body.split('\n').map((line) => {
    if (FENCE.test(line.trim())) {
      inFence = !inFence;
      return '';
    }
    return inFence ? '' : line.replace(/`[^`\n]*`/g, '');
  });
}

/** The ids Astro gives a chapter's Markdown headings (github-slugger over the heading's text). */
export function headingIds(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  for (const line of proseLines(body)) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[1]!
      .replace(/<[^>]+>/g, '') // components and HTML
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
      .replace(/[*_~]/g, ''); // emphasis
    ids.add(slugger.slug(text));
  }
  return ids;
}

/** Ids that the guide's components draw on a chapter page, beyond its headings. */
function componentIds(chapter: SourceChapter, ids: { glossary: string[]; faq: string[]; sources: string[] }): string[] {
  const out = ['short-answer', 'self-check', 'sources'];
  const cited = /<Cite\s+s="([^"]*)"/g;
  for (const m of chapter.body.matchAll(cited)) out.push(...m[1]!.split(/[\s,]+/).filter(Boolean).map((id) => `source-${id}`));
  if (/<GlossaryList\b/.test(chapter.body)) out.push(...ids.glossary);
  if (/<FaqList\b/.test(chapter.body)) out.push(...ids.faq);
  if (/<SourceList\b/.test(chapter.body)) out.push(...ids.sources, ...ids.sources.map((id) => `${id}-title`));
  return out;
}

/**
 * Links written in chapters (Markdown `[text](/path/#anchor)` and `href="/path/"`) that point to no page or to an
 * anchor the target page does not have. Links to drafts are left to findLinksToDrafts (content-rules.ts). `routes` are the site's other pages as paths without
 * the base ('data/salaries/', 'progress/', ''); chapters are added from `chapters`.
 */
export function findBrokenSourceLinks(chapters: SourceChapter[], routes: string[], ids: { glossary: string[]; faq: string[]; sources: string[] }): LinkProblem[] {
  const published = new Map(chapters.filter((c) => !c.draft).map((c) => [c.id, c]));
  const drafts = new Set(chapters.filter((c) => c.draft).map((c) => c.id));
  const anchors = new Map([...published.values()].map((c) => [c.id, new Set([...headingIds(c.body), ...componentIds(c, ids)])]));
  const pages = new Set([...routes, 'chapters/', ...[...published.keys()].map((id) => `chapters/${id}/`)]);
  const problems: LinkProblem[] = [];
  for (const chapter of published.values()) {
    proseLines(chapter.body).forEach((line, i) => {
      const hrefs = [...line.matchAll(/\]\(\s*([^)\s]+)[^)]*\)/g), ...line.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!);
      for (const href of hrefs) {
        const at = { file: chapter.file, line: chapter.bodyLine + i };
        if (!href.startsWith('/') && !href.startsWith('#')) continue; // external, relative files, mailto:
        const [pathPart, hash] = href.split('#') as [string, string | undefined];
        const path = pathPart === '' ? `chapters/${chapter.id}/` : pathPart.replace(/^\//, '').replace(/\?.*$/, '').replace(/([^/])$/, '$1/');
        const slug = /^chapters\/([^/]+)\/$/.exec(path)?.[1];
        if (slug && drafts.has(slug)) continue; // a link to a draft: content-rules.ts reports it once per file
        if (!pages.has(path) && !pages.has(path.replace(/\/$/, ''))) {
          problems.push({ ...at, message: `the link "${href}" points to no page. Chapters are /chapters/<file name>/, glossary terms /chapters/glossary/#<id>; fix the address or remove the link.` });
          continue;
        }
        const known = slug ? anchors.get(slug) : undefined;
        if (hash && known && !known.has(decodeURIComponent(hash))) {
          problems.push({ ...at, message: `the link "${href}" points to #${hash}, which is not a heading or anchor of that chapter. Headings get ids from their text (## Can juniors get in? -> #can-juniors-get-in).` });
        }
      }
    });
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
