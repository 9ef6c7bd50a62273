// Links the first use of each glossary term in a chapter to its entry on the glossary page,
// so editors never link terms by hand. Terms come from content/glossary/ (term + aliases), read with the
// glossary's schema (src/lib/read-content.ts): the Markdown pipeline is set up before Astro loads any content.
// Skipped: headings, existing links, code, MDX components, and the glossary chapter itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../site.config.mjs';
import { chapterPath, REFERENCE_CHAPTERS, underBase } from '../lib/routes.ts';
import { readContent } from '../lib/read-content.ts';
import { COLLECTIONS, contentRoot } from '../schemas/collections.ts';

const SKIP = new Set([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'definition',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
]);

/** @param {string} s */
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The surface forms a term is recognised by: its name without any parenthetical, the parenthetical, and its aliases.
 * @param {{ term: string, aliases?: string[] }} entry
 */
export function termForms(entry) {
  const forms = new Set();
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(entry.term);
  if (m) {
    forms.add(m[1].trim());
    forms.add(m[2].trim());
  } else forms.add(entry.term.trim());
  for (const a of entry.aliases ?? []) forms.add(a.trim());
  return [...forms].filter((f) => f.length >= 2);
}

/**
 * Builds a matcher over all terms: one regex, longest forms first; acronyms (all capitals) match case-sensitively.
 * @param {{ id: string, term: string, aliases?: string[] }[]} entries
 */
export function buildMatcher(entries) {
  /** @type {{ form: string, id: string, exact: boolean }[]} */
  const forms = [];
  for (const e of entries)
    for (const form of termForms(e)) forms.push({ form, id: e.id, exact: /^[A-Z0-9]{2,}s?$/.test(form) });
  forms.sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return null;
  const re = new RegExp(`(?<![\\w-])(${forms.map((f) => escapeRe(f.form)).join('|')})(?![\\w-])`, 'gi');
  // Maps, not a scan of every form per match: this runs on every text node of every chapter.
  // The first form wins on a tie (forms are sorted longest first, as the scan did).
  const exactForms = new Map();
  const looseForms = new Map();
  for (const f of forms) {
    const map = f.exact ? exactForms : looseForms;
    const key = f.exact ? f.form : f.form.toLowerCase();
    if (!map.has(key)) map.set(key, f.id);
  }
  const lookup = (/** @type {string} */ text) => exactForms.get(text) ?? looseForms.get(text.toLowerCase());
  return { re, lookup };
}

/**
 * The glossary's terms under a content folder: each entry's id, term and aliases. An entry that breaks its schema
 * is left out here; the build's content checks name it.
 * @param {string} root the content folder
 */
export function loadGlossary(root) {
  return readContent({ root, only: ['glossary'] }).collections.glossary.map((e) => ({
    id: e.id,
    term: e.data.term,
    aliases: e.data.aliases,
  }));
}

/**
 * Splits one text into text and link nodes, linking each term the first time it appears (`seen` holds the
 * term ids already linked in this document).
 * @param {string} value
 * @param {NonNullable<ReturnType<typeof buildMatcher>>} matcher
 * @param {Set<string>} seen
 * @param {string} href prefix of the glossary page, ending in '#'
 * @returns {any[] | null} the replacement nodes, or null when nothing in the text is linked
 */
export function splitText(value, matcher, seen, href) {
  const parts = [];
  let last = 0;
  for (const m of value.matchAll(matcher.re)) {
    const id = matcher.lookup(m[0]);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    if (m.index > last) parts.push({ type: 'text', value: value.slice(last, m.index) });
    parts.push({
      type: 'link',
      url: href + id,
      title: null,
      data: { hProperties: { className: ['term'] } },
      children: [{ type: 'text', value: m[0] }],
    });
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return null;
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}

/**
 * A Sätteri mdast plugin (Astro 7's Markdown engine). A factory, so each chapter gets its own "seen" set.
 * @returns {any}
 */
export function glossaryLinks() {
  const root = contentRoot();
  // Terms link to the glossary chapter; a guide without one gets no term links rather than broken ones.
  const chapter = join(root, COLLECTIONS.chapters.folder, `${REFERENCE_CHAPTERS.glossary}.mdx`);
  const matcher = existsSync(chapter) ? buildMatcher(loadGlossary(root)) : null;
  const href = `${underBase(siteConfig.base, chapterPath(REFERENCE_CHAPTERS.glossary))}#`;
  return (/** @type {{ fileURL?: URL }} */ doc) => {
    const path = doc.fileURL?.pathname ?? '';
    if (!matcher || !path.includes('/chapters/') || path.endsWith(`/${REFERENCE_CHAPTERS.glossary}.mdx`)) return null;
    /** @type {Set<string>} */
    const seen = new Set();
    return {
      name: 'guide-glossary-links',
      text(/** @type {any} */ node, /** @type {any} */ ctx) {
        for (let p = ctx.parent(node); p; p = p.type === 'root' ? undefined : ctx.parent(p)) {
          if (SKIP.has(p.type)) return;
        }
        const parts = splitText(node.value, matcher, seen, href);
        if (parts) ctx.replaceNode(node, parts);
      },
    };
  };
}
