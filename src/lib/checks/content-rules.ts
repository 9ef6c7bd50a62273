// What a chapter may contain, checked on its MDX syntax tree (parsed by Sätteri, Astro's own Markdown and
// MDX parser), so that no pull request can break the guide's promises to readers: nothing is requested
// from another site, no script runs but the guide's own, and every image goes through the image pipeline.
// Pure functions over a file's text: the build (validate-content.ts, through get-guide.ts), `npm run dev`
// and any command-line check share them. Each problem names the file, the line, the rule and the fix.
// Messages hold no Markdown link syntax: Astro's error overlay in `npm run dev` would turn it into a link.
import { collectLinks, formatOf, parseMdx as parse, walk, type MdxNode as Node } from './mdx-tree';
import { chapterOfPage, chapterPath, resolveLink } from '../routes';
import { COMPONENT_NAMES, isContentComponent } from '../content-components';
import { MARKDOWN_COMPONENTS, WRAPPING, readTag } from '../markdown-components';

export type ContentRule =
  | 'remote-resource'
  | 'image-not-local'
  | 'script-url'
  | 'external-link'
  | 'raw-element'
  | 'event-attribute'
  | 'unknown-component'
  | 'import-export'
  | 'markdown-html'
  | 'link-to-draft';

export interface ContentProblem {
  /** The file to change, as given to the check. */
  file: string;
  /** 1-based line in that file, when the problem has one. */
  line?: number | undefined;
  rule: ContentRule;
  /** What is wrong, as a sentence. */
  message: string;
  /** What to do instead, as a sentence. */
  fix: string;
}

/** `file:line: message fix`, the form every build error and log line uses. */
export const formatContentProblem = (p: ContentProblem) =>
  `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message} ${p.fix}`;

/** Where images live: next to the chapters, in the repository, so Astro sizes and converts them. */
export const IMAGE_FOLDER = 'content/chapters/images/';

/** Elements that load or run something, or change how the page loads: never written by hand in a chapter. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'portal',
]);
/** Attributes whose value the browser fetches. */
const RESOURCE_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'background', 'xlinkHref', 'xlink:href']);
/** Attributes whose value the browser follows or submits to. */
const LINK_ATTRIBUTES = new Set(['href', 'action', 'formAction', 'formaction', 'cite']);
const SCRIPT_SCHEMES = new Set(['javascript', 'data', 'vbscript']);
const LINK_SCHEMES = new Set(['https', 'mailto']);

type UrlKind = { kind: 'internal' } | { kind: 'scheme'; scheme: string } | { kind: 'protocol-relative' };

/** How a browser would read a URL: it ignores ASCII whitespace and control characters inside the scheme. */
export function classifyUrl(url: string): UrlKind {
  // eslint-disable-next-line no-control-regex -- the control characters are what a browser ignores here.
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (squeezed.startsWith('//') || squeezed.startsWith('\\\\') || squeezed.startsWith('/\\'))
    return { kind: 'protocol-relative' };
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
  return scheme ? { kind: 'scheme', scheme } : { kind: 'internal' };
}

const hostOf = (url: string) => {
  try {
    return new URL(url, 'https://x.invalid').host;
  } catch {
    return '';
  }
};
const fileName = (url: string) => url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() || 'image.png';
const short = (url: string) => (url.length > 80 ? `${url.slice(0, 77)}...` : url);

/** A problem with the URL of an image (a Markdown image). */
function imageProblem(url: string): Omit<ContentProblem, 'file' | 'line'> | undefined {
  const kind = classifyUrl(url);
  const local = `Save the file as ${IMAGE_FOLDER}${fileName(url)} and change the image's address to ./images/${fileName(url)}: images come from the repository, so Astro gives them sizes and modern formats and readers request nothing from another site.`;
  if (kind.kind === 'scheme' && (kind.scheme === 'javascript' || kind.scheme === 'vbscript')) {
    return { rule: 'script-url', message: `the image "${short(url)}" is a script address.`, fix: local };
  }
  if (kind.kind === 'scheme' && kind.scheme === 'data') {
    return {
      rule: 'image-not-local',
      message: `the image "${short(url)}" is embedded in the text as a data: address, so it skips the image pipeline.`,
      fix: local,
    };
  }
  if (kind.kind !== 'internal') {
    return {
      rule: 'remote-resource',
      message: `the image "${short(url)}" is loaded from another site (${hostOf(url) || url}), so every reader's browser would request it there.`,
      fix: local,
    };
  }
  if (url.startsWith('/')) {
    return {
      rule: 'image-not-local',
      message: `the image "${short(url)}" is a path from the site's root, which is served as it is: no sizes, no modern formats.`,
      fix: local,
    };
  }
  return undefined;
}

/** A problem with the address of a link an editor wrote (Markdown link, reference definition or <a href>). */
function linkProblem(url: string, inMarkup: boolean): Omit<ContentProblem, 'file' | 'line'> | undefined {
  const kind = classifyUrl(url);
  if (kind.kind === 'internal') return undefined;
  if (kind.kind === 'scheme' && SCRIPT_SCHEMES.has(kind.scheme)) {
    return {
      rule: 'script-url',
      message: `the link "${short(url)}" is a ${kind.scheme}: address, which can run code or show content the guide does not control.`,
      fix: 'Link to a page: /chapters/<file name>/ inside the guide, or an https:// address outside it. Anything interactive is a component (see CONTRIBUTING.md).',
    };
  }
  if (kind.kind === 'protocol-relative' || (kind.kind === 'scheme' && !LINK_SCHEMES.has(kind.scheme))) {
    const https = kind.kind === 'scheme' && kind.scheme === 'http' ? url.replace(/^\s*http:/i, 'https:') : undefined;
    return {
      rule: 'external-link',
      message: `the link "${short(url)}" is not an https:// address.`,
      fix: https
        ? `Write ${short(https)} (check that the site answers on https).`
        : 'Links outside the guide are https:// addresses (or mailto:).',
    };
  }
  if (inMarkup && kind.kind === 'scheme' && kind.scheme === 'https') {
    return {
      rule: 'external-link',
      message: `the link "${short(url)}" leaves the guide but is written as an <a> element, which does not get the "leaves the guide" mark and rel attributes.`,
      fix: 'Write it as a Markdown link instead, which gets them (see "Text and links" in CONTRIBUTING.md).',
    };
  }
  return undefined;
}

const componentList = () => COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');

function elementProblems(node: Node): Omit<ContentProblem, 'file' | 'line'>[] {
  const name = node.name;
  const out: Omit<ContentProblem, 'file' | 'line'>[] = [];
  if (!name) return out; // a fragment, <>...</>
  const isComponent = /^[A-Z]/.test(name) || /[.:]/.test(name);
  if (isComponent && !isContentComponent(name)) {
    out.push({
      rule: 'unknown-component',
      message: `<${name}> is not a component editors can use.`,
      fix: `Use one of ${componentList()} (src/lib/content-components.ts lists them), or check the spelling.`,
    });
  }
  const tag = name.toLowerCase();
  if (!isComponent && FORBIDDEN_ELEMENTS.has(tag)) {
    out.push({
      rule: 'raw-element',
      message: `<${name}> is written by hand in the chapter; chapters hold no ${tag === 'style' ? 'styles' : tag === 'script' ? 'scripts' : 'embedded pages, plugins or page settings'}.`,
      fix: `Remove it. Anything interactive or styled is a component (${componentList()}); a new one is added in src/components/content/ and reviewed as code.`,
    });
    return out; // what it loads or runs goes with it: one problem, one fix
  }
  if (!isComponent && tag === 'img') {
    out.push({
      rule: 'image-not-local',
      message:
        'the image is written as an <img> element, which skips the image pipeline (no sizes, no modern formats).',
      fix: `Write it as a Markdown image instead, with the file saved in ${IMAGE_FOLDER} and the address ./images/<file name>.`,
    });
    return out;
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      out.push({
        rule: 'raw-element',
        message: `<${name} {...}> spreads attributes from an expression, which cannot be checked.`,
        fix: 'Write each attribute out as text.',
      });
      continue;
    }
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
    if (/^on[a-z]/i.test(attr.name)) {
      out.push({
        rule: 'event-attribute',
        message: `<${name} ${attr.name}> runs a script inline, which the guide's security policy blocks.`,
        fix: `Remove ${attr.name}. Anything interactive is a component with its own script (see CONTRIBUTING.md).`,
      });
      continue;
    }
    if (isComponent) continue;
    const value = attr.value;
    const text = typeof value === 'string' ? value : undefined;
    if (RESOURCE_ATTRIBUTES.has(attr.name)) {
      if (text === undefined) {
        if (value != null)
          out.push({
            rule: 'remote-resource',
            message: `<${name} ${attr.name}={...}> computes its address, which cannot be checked.`,
            fix: 'Write the address as plain text in quotes, pointing to a file in the repository.',
          });
        continue;
      }
      for (const url of attr.name === 'srcset' ? text.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [text]) {
        const kind = classifyUrl(url);
        if (kind.kind === 'internal') continue;
        const script = kind.kind === 'scheme' && SCRIPT_SCHEMES.has(kind.scheme);
        out.push({
          rule: script ? 'script-url' : 'remote-resource',
          message: script
            ? `<${name} ${attr.name}="${short(url)}"> is a script or data address.`
            : `<${name} ${attr.name}="${short(url)}"> loads a file from another site (${hostOf(url) || url}).`,
          fix: `Keep the file in the repository (images in ${IMAGE_FOLDER}, as Markdown images), or link to the page instead.`,
        });
      }
    }
    if (LINK_ATTRIBUTES.has(attr.name)) {
      if (text === undefined) {
        if (value != null)
          out.push({
            rule: 'script-url',
            message: `<${name} ${attr.name}={...}> computes its address, which cannot be checked.`,
            fix: 'Write the address as plain text in quotes, or as a Markdown link.',
          });
        continue;
      }
      const problem = linkProblem(text, tag === 'a' || tag === 'area');
      if (problem) out.push(problem);
    }
  }
  return out;
}

const markdownList = () => MARKDOWN_COMPONENTS.map((n) => `<${n}>`).join(', ');

/**
 * What is wrong with raw HTML left in a Markdown chapter's tree: its component tags were lifted into components
 * (mdx-tree.ts), so what is left is a tag written in a way the chapter's renderer does not draw, or HTML it never shows.
 */
function markdownHtmlProblem(value: string): Omit<ContentProblem, 'file' | 'line'> {
  const text = value.trim();
  const name = /^<\/?([A-Za-z][\w.]*)/.exec(text)?.[1];
  const tag = readTag(text);
  const rule = 'markdown-html';
  if (name && WRAPPING.has(name)) {
    if (!tag)
      return {
        rule,
        message: `<${name}> shares its lines with other text, so Markdown reads the whole block as HTML.`,
        fix: `Put <${name}> and </${name}> each on a line of its own, with a blank line after the first and before the second (a one-paragraph <Callout>...</Callout> may stand on one line of its own).`,
      };
    if (tag.kind === 'close')
      return { rule, message: `</${name}> closes nothing.`, fix: `Open it with <${name}> above, or remove it.` };
    return {
      rule,
      message: `<${name}> is not closed.`,
      fix: `Close it with </${name}> on a line of its own after its content, with a blank line before it.`,
    };
  }
  if (name === 'Cite')
    return {
      rule,
      message: 'a citation is not written <Cite s="..." />.',
      fix: 'Write it <Cite s="s1" />, closing itself.',
    };
  if (name && isContentComponent(name))
    return {
      rule,
      message: `<${name}> is a component of MDX chapters; a Markdown chapter uses only ${markdownList()}.`,
      fix: 'Rename the file from .md to .mdx (nothing else changes), or write the text without it.',
    };
  return {
    rule,
    message: `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}" is raw HTML, which a Markdown chapter does not show.`,
    fix: `Use Markdown for formatting (**bold**, lists, tables, links) and ${markdownList()} for the guide's boxes and citations; anything else needs an .mdx chapter.`,
  };
}

/** Every rule broken in one chapter. `source` is the file's whole text (frontmatter included), so lines are the file's. */
export function checkContentRules(file: string, source: string): ContentProblem[] {
  const format = formatOf(file);
  const tree = parse(source, format);
  if (!tree) return [];
  const problems: ContentProblem[] = [];
  const definitions = new Map<string, Node>();
  walk(tree, (n) => {
    if (n.type === 'definition' && n.identifier) definitions.set(n.identifier.toLowerCase(), n);
  });
  const add = (node: Node, p: Omit<ContentProblem, 'file' | 'line'> | undefined) => {
    if (p) problems.push({ file, line: node.position?.start.line, ...p });
  };
  const imageDefinitions = new Set<Node>();
  walk(tree, (n) => {
    if (n.type === 'imageReference' && n.identifier) {
      const def = definitions.get(n.identifier.toLowerCase());
      if (def?.url !== undefined) {
        imageDefinitions.add(def);
        add(n, imageProblem(def.url));
      }
    }
  });
  walk(tree, (node) => {
    switch (node.type) {
      case 'image':
        add(node, imageProblem(node.url ?? ''));
        break;
      case 'link':
        add(node, linkProblem(node.url ?? '', false));
        break;
      case 'definition':
        if (!imageDefinitions.has(node)) add(node, linkProblem(node.url ?? '', false));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const p of elementProblems(node)) add(node, p);
        break;
      case 'html':
        if (format === 'md' && typeof node.value === 'string') add(node, markdownHtmlProblem(node.value));
        break;
      case 'paragraph': {
        // A box drawn inside a paragraph would be invalid HTML: in Markdown, a callout on one line stands alone.
        const kids = node.children ?? [];
        const box = kids.find((k) => k.type === 'mdxJsxTextElement' && WRAPPING.has(k.name ?? ''));
        if (format === 'md' && box && kids.length > 1)
          add(box, {
            rule: 'markdown-html',
            message: `<${box.name}> shares a paragraph with other text.`,
            fix: `Give <${box.name}>...</${box.name}> a paragraph of its own: a blank line before and after it.`,
          });
        break;
      }
      case 'mdxjsEsm':
        add(node, {
          rule: 'import-export',
          message: 'the chapter imports or exports code.',
          fix: `Remove the import or export: chapters use the components the guide provides (${componentList()}) without importing them.`,
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (typeof node.value === 'string' && /<\s*[A-Za-z]/.test(node.value)) {
          add(node, {
            rule: 'raw-element',
            message: 'an expression in braces holds markup, which cannot be checked.',
            fix: 'Write the markup outside the braces, with the components the guide provides.',
          });
        }
        break;
    }
  });
  return problems;
}

export interface ChapterSource {
  /** The file an editor edits. */
  file: string;
  /** The chapter's id: its file name without .mdx. */
  slug: string;
  /** The file's whole text. */
  source: string;
  draft: boolean;
}

/** The chapter a link inside the guide points to (`/chapters/x/`, `/base/chapters/x/#y`, `../x/`), if any. */
export function linkedChapter(url: string, fromSlug: string): string | undefined {
  if (classifyUrl(url).kind !== 'internal' || url.split(/[?#]/)[0] === '') return undefined;
  const link = resolveLink(url, chapterPath(fromSlug));
  if (link.kind !== 'internal') return undefined;
  // Editors write links from the site's root; one written under a base path (/ai-engineer-guide/chapters/x/) counts too.
  const at = link.target.search(/(?:^|\/)chapters\//);
  return at === -1 ? undefined : chapterOfPage(link.target.slice(at).replace(/^\//, ''));
}

/**
 * Links from published chapters to drafts, which are not built: one problem per linking file, naming every
 * line and both ways out. (Reported before the pages are built, so the draft is named as the reason,
 * instead of each link "pointing to no page".)
 */
export function findLinksToDrafts(chapters: ChapterSource[]): ContentProblem[] {
  const drafts = new Map(chapters.filter((c) => c.draft).map((c) => [c.slug, c]));
  if (drafts.size === 0) return [];
  const problems: ContentProblem[] = [];
  for (const chapter of chapters) {
    if (chapter.draft) continue;
    const hits = collectLinks(chapter.source, formatOf(chapter.file))
      .map((l) => ({ ...l, target: linkedChapter(l.url, chapter.slug) }))
      .filter((l): l is typeof l & { target: string } => l.target !== undefined && drafts.has(l.target));
    if (hits.length === 0) continue;
    const targets = [...new Set(hits.map((h) => h.target))];
    const lines = hits.map((h) => h.line).filter((n): n is number => n !== undefined);
    const names = targets.map((t) => drafts.get(t)!.file);
    problems.push({
      file: chapter.file,
      line: lines[0],
      rule: 'link-to-draft',
      message: `links to ${targets.map((t) => `/chapters/${t}/`).join(' and ')} (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}), but ${names.join(' and ')} ${names.length === 1 ? 'is a draft' : 'are drafts'} (draft: true), which the published guide leaves out.`,
      fix: `Either publish ${names.length === 1 ? 'it' : 'them'} (remove draft: true from ${names.join(' and ')}) or remove ${hits.length === 1 ? 'the link' : 'these links'} until ${names.length === 1 ? 'it is' : 'they are'} ready.`,
    });
  }
  return problems;
}
