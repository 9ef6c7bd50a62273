// A chapter as a syntax tree, parsed by Sätteri (Astro's own Markdown and MDX parser), for the checks that read
// chapters before they are rendered: what a chapter may contain (content-rules.ts) and where its links go
// (source-links.ts). Code blocks and inline code are nodes of their own, so nothing in them is taken for a link.
// A Markdown chapter (.md) writes its components as raw HTML tags; they are lifted into the component nodes an MDX
// chapter has, so that every check reads both the same, and any other raw HTML stays an `html` node, which the
// content rules refuse.
import { markdownToMdast, mdxToMdast } from 'satteri';
import { WRAPPING, isMarkdownComponent, readTag } from '../markdown-components';

export interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  identifier?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/** Visits `node` and every node under it, depth first. */
export function walk(node: MdxNode, visit: (node: MdxNode) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** How a chapter is written: MDX, or plain Markdown. */
export type ChapterFormat = 'mdx' | 'md';
/** A chapter file's format, from its name. */
export const formatOf = (file: string): ChapterFormat => (file.endsWith('.md') ? 'md' : 'mdx');

/**
 * The parsed tree, or null when the MDX does not parse (the MDX compiler then reports it, with its position).
 * Markdown always parses.
 */
export function parseMdx(source: string, format: ChapterFormat = 'mdx'): MdxNode | null {
  try {
    if (format === 'md') return liftComponents(markdownToMdast(source) as unknown as MdxNode);
    return mdxToMdast(source) as unknown as MdxNode;
  } catch {
    return null;
  }
}

const PHRASING_PARENTS = new Set([
  'mdxJsxTextElement',
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'tableCell',
]);

/**
 * A Markdown tree with its component tags (src/lib/markdown-components.ts) turned into the nodes MDX gives them: a
 * self-closing <Cite /> becomes an element, an open tag and its close tag among the same siblings become one element
 * holding what stands between them. Comments go; every other tag stays an `html` node.
 */
export function liftComponents(node: MdxNode): MdxNode {
  if (!node.children) return node;
  const kids = node.children;
  const type = PHRASING_PARENTS.has(node.type) ? 'mdxJsxTextElement' : 'mdxJsxFlowElement';
  const children: MdxNode[] = [];
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i]!;
    const tag = kid.type === 'html' && typeof kid.value === 'string' ? readTag(kid.value) : undefined;
    if (tag?.kind === 'comment') continue;
    if (!tag || tag.kind === 'close' || !isMarkdownComponent(tag.name)) {
      children.push(liftComponents(kid));
      continue;
    }
    const attributes = Object.entries(tag.attributes).map(([name, value]) => ({
      type: 'mdxJsxAttribute',
      name,
      value,
    }));
    const element = { type, name: tag.name, attributes, position: kid.position };
    if (tag.kind === 'self' && !WRAPPING.has(tag.name)) {
      children.push({ ...element, children: [] });
      continue;
    }
    const close = kids.findIndex(
      (k, j) =>
        j > i &&
        k.type === 'html' &&
        typeof k.value === 'string' &&
        readTag(k.value)?.kind === 'close' &&
        (readTag(k.value) as { name: string }).name === tag.name,
    );
    if (tag.kind !== 'open' || !WRAPPING.has(tag.name) || close < 0) {
      children.push(kid); // not closed, or closed where it should not be: the content rules say which
      continue;
    }
    children.push(liftComponents({ ...element, children: kids.slice(i + 1, close) }));
    i = close;
  }
  return { ...node, children };
}

/** A JSX element's attributes written as text (`<Cite s="s1">` -> { s: 's1' }); computed ones are left out. */
export const textAttributes = (node: MdxNode): Record<string, string> =>
  Object.fromEntries(
    (node.attributes ?? []).flatMap((a) =>
      a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string' ? [[a.name, a.value]] : [],
    ),
  );

/** The text a reader sees in a node: its text and inline code, without the markup around them. */
export function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return typeof node.value === 'string' ? node.value : '';
  return (node.children ?? []).map(textOf).join('');
}

/** Every link target an editor wrote (Markdown links, reference definitions, <a href>), with its line. */
export function collectLinks(
  source: string,
  format: ChapterFormat = 'mdx',
): { url: string; line: number | undefined }[] {
  const tree = parseMdx(source, format);
  if (!tree) return [];
  const links: { url: string; line: number | undefined }[] = [];
  walk(tree, (n) => {
    const line = n.position?.start.line;
    if ((n.type === 'link' || n.type === 'definition') && n.url) links.push({ url: n.url, line });
    if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'a') {
      const href = textAttributes(n).href;
      if (href !== undefined) links.push({ url: href, line });
    }
  });
  return links;
}
