// Internal links and #anchors checked in the chapters' source, without rendering a page: what `npm run
// check:content` can tell an editor in seconds. The build checks the rendered pages again (built-site-checks.mjs),
// which also sees links that components and layouts draw; both resolve a link the same way (resolveLink in
// src/lib/routes.ts). Pure: unit-tested in tests/unit/lib/checks/source-links.test.ts.
import GithubSlugger from 'github-slugger';
import { componentAnchors } from '../content-components';
import { chapterOfPage, chapterPath, PAGES, resolveLink } from '../routes';
import { collectLinks, formatOf, parseMdx, textOf, textAttributes, walk, type ChapterFormat } from './mdx-tree';

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

/** Ids the chapter page itself draws around the chapter: its self-check and the sources it cites. */
const PAGE_ANCHORS = ['self-check', 'sources'];

/** A chapter's Markdown headings: the id Astro gives each (github-slugger over its text) -> its text. */
export function headingTitles(body: string, format: ChapterFormat = 'mdx'): Map<string, string> {
  const slugger = new GithubSlugger();
  const titles = new Map<string, string>();
  const tree = parseMdx(body, format);
  if (tree)
    walk(tree, (node) => {
      if (node.type === 'heading') {
        const text = textOf(node);
        titles.set(slugger.slug(text), text.trim());
      }
    });
  return titles;
}

/** The ids Astro gives a chapter's Markdown headings. */
export const headingIds = (body: string, format: ChapterFormat = 'mdx'): Set<string> =>
  new Set(headingTitles(body, format).keys());

/** The ids the guide's components draw on a chapter page, from the registry (src/lib/content-components.ts). */
function componentIds(body: string, entries: Partial<Record<string, string[]>>, format: ChapterFormat): string[] {
  const out: string[] = [];
  const tree = parseMdx(body, format);
  if (tree)
    walk(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name)
        out.push(...componentAnchors(node.name, textAttributes(node), entries));
    });
  return out;
}

/**
 * Links written in chapters (Markdown links, reference definitions and <a href>) that point to no page or to an
 * anchor the target page does not have. Links to drafts are left to findLinksToDrafts (content-rules.ts). `routes`
 * are the site's other pages as paths without the base ('data/salaries/', 'progress/', ''); chapters are added from
 * `chapters`. `entries` are the ids of the collections whose entries components draw as anchors (glossary, faq...).
 */
export function findBrokenSourceLinks(
  chapters: SourceChapter[],
  routes: string[],
  entries: Partial<Record<string, string[]>>,
): LinkProblem[] {
  const published = new Map(chapters.filter((c) => !c.draft).map((c) => [c.id, c]));
  const drafts = new Set(chapters.filter((c) => c.draft).map((c) => c.id));
  const anchors = new Map(
    [...published.values()].map((c) => [
      c.id,
      new Set([
        ...headingIds(c.body, formatOf(c.file)),
        ...PAGE_ANCHORS,
        ...componentIds(c.body, entries, formatOf(c.file)),
      ]),
    ]),
  );
  const pages = new Set([...routes, PAGES.chapters, ...[...published.keys()].map((id) => chapterPath(id))]);
  const problems: LinkProblem[] = [];
  for (const chapter of published.values()) {
    for (const { url: href, line } of collectLinks(chapter.body, formatOf(chapter.file))) {
      if (!href.startsWith('/') && !href.startsWith('#')) continue; // external, relative files, mailto:
      const link = resolveLink(href, chapterPath(chapter.id));
      if (link.kind !== 'internal') continue;
      const at = { file: chapter.file, line: chapter.bodyLine + (line ?? 1) - 1 };
      const slug = chapterOfPage(link.page);
      if (slug && drafts.has(slug)) continue; // a link to a draft: content-rules.ts reports it once per file
      if (!pages.has(link.page) && !pages.has(link.target)) {
        problems.push({
          ...at,
          message: `the link "${href}" points to no page. Chapters are /chapters/<file name>/, glossary terms /chapters/glossary/#<id>; fix the address or remove the link.`,
        });
        continue;
      }
      const known = slug ? anchors.get(slug) : undefined;
      if (link.hash && known && !known.has(decodeURIComponent(link.hash))) {
        problems.push({
          ...at,
          message: `the link "${href}" points to #${link.hash}, which is not a heading or anchor of that chapter. Headings get ids from their text (## Can juniors get in? -> #can-juniors-get-in).`,
        });
      }
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
