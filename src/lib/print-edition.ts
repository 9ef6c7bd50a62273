// The print edition (/guide/) puts every chapter on one page. Each chapter's ids (headings, and any id a
// component draws) are unique on its own page but not across chapters ("what-to-do-next" is in most), so
// on /guide/ they are prefixed with the chapter's slug, and links follow them: `#evals` inside the skills
// chapter becomes `#skills-evals`, `/chapters/skills/#evals` anywhere becomes `#skills-evals`, and
// `/chapters/skills/` becomes `#chapter-skills`, the chapter's own article.
//
// It rewrites the rendered HTML tag by tag. Astro and Sätteri write attribute values in double quotes and
// escape `<` in text, so a tag is found by its quoted attributes, never inside text or code samples.

import { chapterOfPage, chapterPath, resolveLink } from './routes';

/** Attributes whose value is one id, or a space-separated list of ids. */
const ID_ATTRIBUTES = new Set([
  'id', 'for', 'headers', 'list', 'form', 'popovertarget', 'commandfor',
  'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'aria-flowto',
]);
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const RAW_TEXT = /<(script|style|textarea|title)\b[\s\S]*?<\/\1\s*>/gi;

export interface PrintContext {
  /** The chapter this HTML belongs to. */
  slug: string;
  /** Every chapter on the page, so that links between them stay on the page. */
  chapters: ReadonlySet<string>;
  /** The site's base path, ending in '/'. */
  base: string;
}

/** The id a chapter's own id gets on the print edition. */
export const printId = (slug: string, id: string) => `${slug}-${id}`;
/** The id of a chapter's article on the print edition. */
export const chapterAnchor = (slug: string) => `chapter-${slug}`;

/** Where a link lands on the print edition, or the link unchanged when it leaves the page. */
export function printHref(href: string, { slug, chapters, base }: PrintContext): string {
  if (href.startsWith('#')) return href.length > 1 ? `#${printId(slug, href.slice(1))}` : href;
  // The build writes links between chapters from the site's root, without a query.
  if (!href.startsWith('/') || href.includes('?')) return href;
  const link = resolveLink(href, chapterPath(slug), base);
  const target = link.kind === 'internal' ? chapterOfPage(link.target) : undefined;
  if (target === undefined || !chapters.has(target)) return href;
  return link.kind === 'internal' && link.hash ? `#${printId(target, link.hash)}` : `#${chapterAnchor(target)}`;
}

const unquote = (v: string) => (v.startsWith('"') || v.startsWith("'") ? v.slice(1, -1) : v);

/** One tag with its id attributes prefixed and its href pointing within the print edition; unchanged otherwise. */
function rewriteTag(tag: string, ctx: PrintContext): string {
  return tag.replace(ATTRIBUTE, (whole, space: string, attr: string, eq?: string, raw?: string) => {
    if (raw === undefined) return whole;
    const key = attr.toLowerCase();
    const value = unquote(raw);
    let next: string | undefined;
    if (ID_ATTRIBUTES.has(key)) next = value.split(/\s+/).filter(Boolean).map((id) => printId(ctx.slug, id)).join(' ');
    else if (key === 'href' && !value.includes('&')) next = printHref(value, ctx); // links within the guide carry no query
    return next === undefined || next === value ? whole : `${space}${attr}${eq}"${next.replace(/"/g, '&quot;')}"`;
  });
}

/** One chapter's rendered HTML, with its ids prefixed and its links pointing within the print edition. */
export function printChapterHtml(html: string, ctx: PrintContext): string {
  let out = '';
  let last = 0;
  // Script, style and similar raw text is copied as it is; tags are rewritten everywhere else.
  for (const m of html.matchAll(RAW_TEXT)) {
    out += rewriteAll(html.slice(last, m.index), ctx) + rewriteOpening(m[0], ctx);
    last = m.index + m[0].length;
  }
  return out + rewriteAll(html.slice(last), ctx);
}

const rewriteAll = (html: string, ctx: PrintContext) => html.replace(TAG, (tag) => rewriteTag(tag, ctx));
/** In a raw-text element only its opening tag is markup. */
const rewriteOpening = (element: string, ctx: PrintContext) => element.replace(/^<[^>]*>/, (tag) => rewriteTag(tag, ctx));
