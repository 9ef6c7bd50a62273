// Draws the components a Markdown chapter (`.md`) may use, <ShortAnswer>, <Callout> and <Cite>, as the Astro
// components draw them (the tags and their HTML: src/lib/markdown-components.ts). A Sätteri mdast plugin that runs on
// Markdown only: in MDX they are components. Comments are dropped; any other raw HTML is dropped too, and never
// reaches a reader: the content checks refuse it, naming the file and line, before anything is rendered.
import { fileURLToPath } from 'node:url';
import { citationLabel, fullTitle } from '../lib/source-title.ts';
import {
  CALLOUT_CLOSE,
  CALLOUT_INSIDE_CLOSE,
  SHORT_ANSWER_CLOSE,
  WRAPPING,
  calloutInside,
  calloutLook,
  calloutOpen,
  citedIds,
  citeHtml,
  readTag,
  shortAnswerHeading,
  shortAnswerOpen,
} from '../lib/markdown-components.ts';
import { readContent } from '../lib/read-content.ts';
import { contentRoot } from '../schemas/collections.ts';

/**
 * What each citation shows, read from content/sources/ (the Markdown pipeline is set up before Astro loads any
 * content). A source that breaks its schema is left out; the content checks name it.
 * @param {string} root the content folder
 */
export function loadCitedSources(root) {
  return new Map(
    readContent({ root, only: ['sources'] }).collections.sources.map((e) => [
      e.id,
      { label: citationLabel(e.data), title: fullTitle(e.data) },
    ]),
  );
}

/** The mark (in a node's `data`) on what stands inside a box of a Markdown chapter: glossary-links.mjs reads it. */
export const IN_BOX = 'guideInBox';

/**
 * The HTML one tag of a Markdown chapter stands for, or '' for a comment or anything not drawn.
 * @param {string} html the raw HTML node's value
 * @param {ReturnType<typeof loadCitedSources>} sources
 */
export function tagHtml(html, sources) {
  const tag = readTag(html);
  if (!tag || tag.kind === 'comment') return '';
  if (tag.kind === 'close') return { ShortAnswer: SHORT_ANSWER_CLOSE, Callout: CALLOUT_CLOSE }[tag.name] ?? '';
  if (tag.name === 'Cite' && tag.kind === 'self') return citeHtml(citedIds(tag.attributes.s), sources);
  if (tag.kind !== 'open') return '';
  if (tag.name === 'ShortAnswer') return shortAnswerOpen(tag.attributes);
  if (tag.name === 'Callout') return calloutOpen(tag.attributes);
  return '';
}

/**
 * The component a paragraph is wholly wrapped in, as a one-line <Callout type="tip">Text.</Callout> is: its name, or
 * undefined.
 * @param {any} paragraph
 */
function oneLineBox(paragraph) {
  const kids = paragraph?.children ?? [];
  if (kids.length < 2 || kids[0].type !== 'html' || kids.at(-1).type !== 'html') return undefined;
  const open = readTag(kids[0].value);
  const close = readTag(kids.at(-1).value);
  if (open?.kind !== 'open' || close?.kind !== 'close' || open.name !== close.name) return undefined;
  return WRAPPING.has(open.name) ? open.name : undefined;
}

/**
 * A one-line box's paragraph, as the box's own element (Sätteri's `hName` and `hProperties`): what the open tag of a
 * box on lines of its own draws (src/lib/markdown-components.ts), as properties.
 * @param {string} name
 * @param {Record<string, string>} attributes
 */
function boxElement(name, attributes) {
  if (name === 'ShortAnswer')
    return {
      hName: 'section',
      hProperties: { className: ['short-answer'], ariaLabelledBy: 'short-answer', dataShortAnswer: true },
    };
  const { tone, label } = calloutLook(attributes);
  return { hName: 'aside', hProperties: { className: ['callout', 'not-prose', tone], ariaLabel: label } };
}

/** What a one-line box's open tag draws inside the box: its heading, and the start of its text. */
function boxInside(/** @type {string} */ name, /** @type {Record<string, string>} */ attributes) {
  return name === 'ShortAnswer' ? shortAnswerHeading(attributes) : calloutInside(attributes);
}

/** What a one-line box's close tag draws: the end of its text. */
const boxEnd = (/** @type {string} */ name) => (name === 'ShortAnswer' ? '' : CALLOUT_INSIDE_CLOSE);

/**
 * A Sätteri mdast plugin factory: Markdown chapters only.
 * @returns {any}
 */
export function markdownComponents() {
  /** @type {ReturnType<typeof loadCitedSources> | undefined} */
  let sources;
  return (/** @type {{ sourceFormat: string, fileURL?: URL }} */ doc) => {
    if (doc.sourceFormat !== 'markdown') return null;
    sources ??= loadCitedSources(contentRoot());
    const file = doc.fileURL ? fileURLToPath(doc.fileURL) : 'a Markdown chapter';
    const draw = (/** @type {string} */ value) => {
      try {
        return tagHtml(value, /** @type {NonNullable<typeof sources>} */ (sources));
      } catch (error) {
        throw new Error(`${file}: ${/** @type {Error} */ (error).message}`, { cause: error });
      }
    };
    return {
      name: 'guide-markdown-components',
      // Only raw HTML is visited: a visitor for every paragraph would cost more than the rest of the plugin.
      html(/** @type {any} */ node, /** @type {any} */ ctx) {
        const tag = readTag(node.value);
        // A box written on one line, <Callout type="tip">Text.</Callout>, is a paragraph: the paragraph becomes the
        // box, its open tag the box's heading, so that the text is not a paragraph holding a box.
        if (tag && tag.kind !== 'comment' && tag.kind !== 'self' && WRAPPING.has(tag.name)) {
          const parent = ctx.parent(node);
          if (parent?.type === 'paragraph' && oneLineBox(parent) === tag.name) {
            if (tag.kind === 'open')
              ctx.setProperty(parent, 'data', { ...boxElement(tag.name, tag.attributes), [IN_BOX]: true });
            ctx.replaceNode(node, {
              type: 'html',
              value: tag.kind === 'open' ? boxInside(tag.name, tag.attributes) : boxEnd(tag.name),
            });
            return;
          }
          // A box on lines of its own: what stands between its tags is marked as inside it (IN_BOX), as an MDX
          // component's children are, so that later plugins treat it the same (no glossary links in a box).
          if (tag.kind === 'open' && parent) {
            const kids = parent.children;
            for (let i = (ctx.indexOf(node) ?? kids.length) + 1; i < kids.length; i++) {
              const kid = kids[i];
              const end = kid.type === 'html' ? readTag(kid.value) : undefined;
              if (end?.kind === 'close' && end.name === tag.name) break;
              ctx.setProperty(kid, 'data', { ...kid.data, [IN_BOX]: true });
            }
          }
        }
        const html = draw(node.value);
        if (html !== node.value) ctx.replaceNode(node, html ? { type: 'html', value: html } : []);
      },
    };
  };
}

/**
 * A Sätteri mdast plugin factory, Markdown chapters only: what MDX chapters get from their components map
 * (src/components/content/index.ts). A table becomes ScrollTable's: a labelled region that scrolls sideways, the
 * table's role stated, each body cell after the first labelled with its column's header for the card layout on a
 * phone (src/lib/table-labels.ts says why); a code block becomes CodeBlock's, focusable to scroll by keyboard. Their
 * styles are on every chapter page (src/pages/chapters/[slug].astro imports the components map). Done on the
 * Markdown tree, which holds a table in fewer nodes than the HTML tree: 0.25 s instead of 0.6 s at 1,000 chapters.
 * @returns {any}
 */
export function markdownBlocks() {
  return (/** @type {{ sourceFormat: string }} */ doc) => {
    if (doc.sourceFormat !== 'markdown') return null;
    return {
      name: 'guide-markdown-blocks',
      table(/** @type {any} */ node, /** @type {any} */ ctx) {
        const [head, ...rows] = node.children;
        const headers = (head?.children ?? []).map((/** @type {any} */ cell) =>
          ctx.textContent(cell).replace(/\s+/g, ' ').trim(),
        );
        // Sätteri draws a table cell without its `hProperties`: the labels go to the HTML tree's cells, in order.
        const labels = (ctx.data.guideCellLabels ??= []);
        for (const row of rows)
          row.children.forEach((/** @type {any} */ _, /** @type {number} */ i) => labels.push(i > 0 ? headers[i] : ''));
        ctx.setProperty(node, 'data', { hProperties: { role: 'table' } });
        ctx.insertBefore(node, { type: 'html', value: SCROLL_TABLE_OPEN });
        ctx.insertAfter(node, { type: 'html', value: '</div>' });
      },
      code(/** @type {any} */ node, /** @type {any} */ ctx) {
        ctx.setProperty(node, 'data', { hProperties: { tabIndex: 0 } });
      },
    };
  };
}

/**
 * The hast half of markdownBlocks: each body cell of a Markdown chapter's tables gets the label markdownBlocks
 * worked out for it, in document order (the tables' header cells are <th>, so every <td> is a body cell).
 * @returns {any}
 */
export function markdownCellLabels() {
  return (/** @type {{ sourceFormat: string }} */ doc) => {
    if (doc.sourceFormat !== 'markdown') return null;
    let next = 0;
    return {
      name: 'guide-markdown-cell-labels',
      element: {
        filter: ['td'],
        visit(/** @type {any} */ node, /** @type {any} */ ctx) {
          const label = ctx.data.guideCellLabels?.[next++];
          if (label) ctx.setProperty(node, 'dataLabel', label);
        },
      },
    };
  };
}

const SCROLL_TABLE_OPEN = '<div class="scroll row-cards" role="region" aria-label="Table" tabindex="0">';
