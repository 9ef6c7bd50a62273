// Links that leave the guide say so: a Sätteri hast plugin (Astro 7's Markdown engine) gives every Markdown
// link to another site rel="external noopener noreferrer" (no window.opener, no Referer sent with the
// reader's page) and a visible mark, an arrow icon, whose text for screen readers is "(leaves the guide)".
// Its styles are in src/styles/prose.css (.leaves-guide). Editors write external links only as Markdown
// links (src/lib/checks/content-rules.ts refuses an <a> element that leaves the guide), so they all pass here.

export const EXTERNAL_REL = ['external', 'noopener', 'noreferrer'];
export const LEAVES_THE_GUIDE = ' (leaves the guide)';

/** Whether a link goes to another site. */
export const isExternal = (/** @type {unknown} */ href) => typeof href === 'string' && /^https?:\/\//i.test(href);

/** The mark appended inside an external link: an arrow out of a box, and the words for screen readers. */
export function leavesTheGuideMark() {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['leaves-guide'] },
    children: [
      {
        type: 'element',
        tagName: 'svg',
        properties: { ariaHidden: 'true', focusable: 'false', viewBox: '0 0 12 12', width: '12', height: '12' },
        children: [
          {
            type: 'element',
            tagName: 'path',
            properties: {
              d: 'M5 2H2v8h8V7M7 1h4v4M11 1 5.5 6.5',
              fill: 'none',
              stroke: 'currentColor',
              strokeWidth: '1.5',
            },
            children: [],
          },
        ],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['leaves-guide-text'] },
        children: [{ type: 'text', value: LEAVES_THE_GUIDE }],
      },
    ],
  };
}

export function externalLinks() {
  return {
    name: 'guide-external-links',
    element: {
      filter: ['a'],
      visit(/** @type {any} */ node, /** @type {any} */ ctx) {
        if (!isExternal(node.properties?.href)) return;
        ctx.setProperty(node, 'rel', EXTERNAL_REL);
        ctx.appendChild(node, leavesTheGuideMark());
      },
    },
  };
}
