// Chapters written in plain Markdown (`.md`) use three of the guide's components, spelled as in MDX:
//
//   <ShortAnswer>            (a blank line after it and before </ShortAnswer>)
//   - A point <Cite s="s1" />.
//   </ShortAnswer>
//   <Callout type="tip">One paragraph.</Callout>   or, around several paragraphs, on lines of their own
//
// Markdown has no components: these arrive as raw HTML, one tag at a time. This module reads such a tag, and holds the
// HTML the three draw, in one place: the Astro components (src/components/content/ShortAnswer.astro, Callout.astro,
// Cite.astro) print it, and so does the Markdown renderer, so that a Markdown chapter looks, reads and is searched the
// same as an MDX one; a build test compares the two. Anything else
// written as HTML in a Markdown chapter is refused by the content checks (src/lib/checks/content-rules.ts), and the
// chapter's renderer (src/mdx-plugins/markdown-components.mjs) never prints it.
//
// Why Markdown at all: Astro renders a Markdown entry while it loads the content and never bundles it, where each MDX
// chapter is a module Vite compiles. At 1,000 chapters that is most of the build (docs/performance.md).
import { citationId } from './routes';
import { idList } from './content-components';

/** The components a Markdown chapter may use; every other needs an `.mdx` chapter. */
export const MARKDOWN_COMPONENTS = ['ShortAnswer', 'Callout', 'Cite'] as const;
export type MarkdownComponent = (typeof MARKDOWN_COMPONENTS)[number];
/** Those written around content, with an open and a close tag; the rest close themselves. */
export const WRAPPING = new Set<string>(['ShortAnswer', 'Callout']);

export type MarkdownTag =
  | { kind: 'comment' }
  | { kind: 'open' | 'self'; name: string; attributes: Record<string, string> }
  | { kind: 'close'; name: string };

const COMMENT = /^<!--[\s\S]*?-->$/;
const CLOSE = /^<\/([A-Za-z][\w.]*)\s*>$/;
const OPEN = /^<([A-Za-z][\w.]*)((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*(\/?)>$/;
const ATTRIBUTE = /([A-Za-z][\w-]*)="([^"]*)"/g;

/**
 * One tag as written (an HTML node of the Markdown tree), or undefined when it is not one tag with double-quoted
 * attributes: several tags, a tag with text after it, or an attribute in braces.
 */
export function readTag(html: string): MarkdownTag | undefined {
  const text = html.trim();
  if (COMMENT.test(text)) return { kind: 'comment' };
  const close = CLOSE.exec(text);
  if (close) return { kind: 'close', name: close[1]! };
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const attributes = Object.fromEntries([...open[2]!.matchAll(ATTRIBUTE)].map((m) => [m[1]!, m[2]!]));
  return { kind: open[3] ? 'self' : 'open', name: open[1]!, attributes };
}

export const isMarkdownComponent = (name: string): name is MarkdownComponent =>
  (MARKDOWN_COMPONENTS as readonly string[]).includes(name);

/** Text for an HTML attribute value in double quotes, or for text between tags. */
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** <ShortAnswer title?>: its heading. */
export const shortAnswerHeading = ({ title = 'Short answer' }: { title?: string | undefined }) =>
  `<h2 id="short-answer">${escape(title)}</h2>`;
/** <ShortAnswer title?>: its opening, up to where the points go. */
export const shortAnswerOpen = (attributes: { title?: string | undefined }) =>
  `<section class="short-answer" aria-labelledby="short-answer" data-short-answer>${shortAnswerHeading(attributes)}`;
export const SHORT_ANSWER_CLOSE = '</section>';

export const CALLOUT_LABELS = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  disagreement: 'Where the sources disagree',
  provisional: 'Provisional source',
} as const;
export type CalloutType = keyof typeof CALLOUT_LABELS;
/** A callout's props, as written (a Markdown chapter's tag may name a type that is not one). */
export interface CalloutProps {
  type?: string | undefined;
  title?: string | undefined;
}
export const isCalloutType = (type: string): type is CalloutType => Object.hasOwn(CALLOUT_LABELS, type);

/** <Callout type? title?>: its tone (the class that colours it) and its label (its heading and accessible name). */
export function calloutLook({ type = 'note', title }: CalloutProps) {
  return {
    tone: type === 'provisional' ? 'warning' : type,
    label: title ?? CALLOUT_LABELS[isCalloutType(type) ? type : 'note'],
  };
}
/** <Callout type? title?>: inside its box, its heading and the start of its text. */
export const calloutInside = (attributes: CalloutProps) =>
  `<p>${escape(calloutLook(attributes).label)}</p><div class="prose-guide prose-sm">`;
/** <Callout type? title?>: its opening, up to where its text goes. */
export function calloutOpen(attributes: CalloutProps) {
  const { tone, label } = calloutLook(attributes);
  return `<aside class="callout not-prose ${escape(tone)}" aria-label="${escape(label)}">${calloutInside(attributes)}`;
}
export const CALLOUT_INSIDE_CLOSE = '</div>';
export const CALLOUT_CLOSE = `${CALLOUT_INSIDE_CLOSE}</aside>`;

export interface CitedSource {
  /** What the citation shows: "Jobbi 2026". */
  label: string;
  /** The source's full title, shown on hover. */
  title: string;
}

/** The ids a citation names: `s="s1 s3"` or `s="s1, s3"`, each once. */
export const citedIds = (s = '') => [...new Set(idList(s))];

/**
 * <Cite s="s1 s3">: each source's name links to `href(id)`, by default its entry in the chapter's "Sources cited" (a
 * Markdown chapter is always drawn for its chapter page; the print edition points those links at the sources chapter,
 * src/lib/print-edition.ts). Without an href the name is not a link target.
 */
export function citeHtml(
  ids: string[],
  sources: ReadonlyMap<string, CitedSource>,
  href: (id: string) => string | undefined = (id) => `#${citationId(id)}`,
): string {
  const links = ids.map((id) => {
    const s = sources.get(id);
    if (!s) throw new Error(`<Cite> names source "${id}", which does not exist.`);
    const to = href(id);
    return `<a${to === undefined ? '' : ` href="${escape(to)}"`} title="${escape(s.title)}"><span class="sr-only">Source: </span>${escape(s.label)}</a>`;
  });
  return `<span class="cite" data-pagefind-ignore>${links.join(' ')}</span>`;
}
