// A chapter's MDX as a syntax tree, parsed by Sätteri (Astro's own Markdown and MDX parser), for the checks that read
// chapters before they are rendered: what a chapter may contain (content-rules.ts) and where its links go
// (source-links.ts). Code blocks and inline code are nodes of their own, so nothing in them is taken for a link.
import { mdxToMdast } from 'satteri';

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

/** The parsed tree, or null when the MDX does not parse (the MDX compiler then reports it, with its position). */
export function parseMdx(source: string): MdxNode | null {
  try {
    return mdxToMdast(source) as unknown as MdxNode;
  } catch {
    return null;
  }
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
export function collectLinks(source: string): { url: string; line: number | undefined }[] {
  const tree = parseMdx(source);
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
