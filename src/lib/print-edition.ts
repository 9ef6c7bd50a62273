// The print edition (/guide/) puts every chapter on one page. Each chapter's ids (headings, and any id a
// component draws) are unique on its own page but not across chapters ("what-to-do-next" is in most), so
// on /guide/ they are prefixed with the chapter's slug, and links follow them: `#evals` inside the skills
// chapter becomes `#skills-evals`, `/chapters/skills/#evals` anywhere becomes `#skills-evals`, and
// `/chapters/skills/` becomes `#chapter-skills`, the chapter's own article.
//
// The rendered HTML is edited tag by tag (src/lib/html.ts).
import { editTags } from './html';
import { chapterOfPage, chapterPath, citationId, resolveLink, sourcePath, underBase } from './routes';

/** Attributes whose value is one id, or a space-separated list of ids. */
const ID_ATTRIBUTES = new Set([
  'id',
  'for',
  'headers',
  'list',
  'form',
  'popovertarget',
  'commandfor',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
]);

export interface PrintContext {
  /** The chapter this HTML belongs to. */
  slug: string;
  /** Every chapter on the page, so that links between them stay on the page. */
  chapters: ReadonlySet<string>;
  /** The site's base path, ending in '/'. */
  base: string;
  /** The ids of the guide's sources, which a Markdown chapter's citation marks name (#source-s1). */
  sources?: ReadonlySet<string>;
}

const CITATION_PREFIX = citationId('');

/** The id a chapter's own id gets on the print edition. */
export const printId = (slug: string, id: string) => `${slug}-${id}`;
/** The id of a chapter's article on the print edition. */
export const chapterAnchor = (slug: string) => `chapter-${slug}`;

/** Where a link lands on the print edition, or the link unchanged when it leaves the page. */
export function printHref(href: string, { slug, chapters, base, sources }: PrintContext): string {
  // A Markdown chapter's citation marks point at the chapter page's "Sources cited" (#source-s1), which the print
  // edition does not have: they go to the source's entry in the sources chapter, as an MDX chapter's do there.
  const cited = href.startsWith(`#${CITATION_PREFIX}`) ? href.slice(CITATION_PREFIX.length + 1) : undefined;
  if (cited && sources?.has(cited)) href = underBase(base, sourcePath(cited));
  if (href.startsWith('#')) return href.length > 1 ? `#${printId(slug, href.slice(1))}` : href;
  // The build writes links between chapters from the site's root, without a query.
  if (!href.startsWith('/') || href.includes('?')) return href;
  const link = resolveLink(href, chapterPath(slug), base);
  const target = link.kind === 'internal' ? chapterOfPage(link.target) : undefined;
  if (target === undefined || !chapters.has(target)) return href;
  return link.kind === 'internal' && link.hash ? `#${printId(target, link.hash)}` : `#${chapterAnchor(target)}`;
}

/** One chapter's rendered HTML, with its ids prefixed and its links pointing within the print edition. */
export function printChapterHtml(html: string, ctx: PrintContext): string {
  return editTags(html, (tag) =>
    tag.rewrite((name, value) => {
      let next: string | undefined;
      if (ID_ATTRIBUTES.has(name))
        next = value
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => printId(ctx.slug, id))
          .join(' ');
      else if (name === 'href' && !value.includes('&')) next = printHref(value, ctx); // links within the guide carry no query
      return next === undefined || next === value ? undefined : next.replace(/"/g, '&quot;');
    }),
  );
}
