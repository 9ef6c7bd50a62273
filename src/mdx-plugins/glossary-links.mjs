// Links the first use of each glossary term in a chapter to its entry on the glossary page,
// so editors never link terms by hand. Terms come from content/glossary/ (term + aliases), read with the
// glossary's schema (src/lib/read-content.ts): the Markdown pipeline is set up before Astro loads any content.
// Skipped: headings, existing links, code, components (in MDX, and a Markdown chapter's boxes: markdown-components.mjs
// marks what stands inside them), and the glossary chapter itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../site.config.mjs';
import { chapterPath, REFERENCE_CHAPTERS, underBase } from '../lib/routes.ts';
import { readContent } from '../lib/read-content.ts';
import { COLLECTIONS, contentRoot } from '../schemas/collections.ts';
import { IN_BOX } from './markdown-components.mjs';

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
  // The regex finds the same spans word by word, faster: a span starts where a run of word characters and hyphens
  // starts, so each run is looked up by the forms that start with it (longest first, as in the regex), and only those
  // are compared. About five times faster over a 1,000-chapter corpus (tests/unit/mdx-plugins/glossary-links.test.ts
  // holds the two to the same spans). A form that starts with another character falls back to the regex.
  /** @type {Map<string, string[]>} */
  const byFirstRun = new Map();
  let wordStarts = true;
  for (const { form } of forms) {
    const first = /^[\w-]+/.exec(form)?.[0].toLowerCase();
    if (!first) wordStarts = false;
    else if (!byFirstRun.get(first)?.push(form.toLowerCase())) byFirstRun.set(first, [form.toLowerCase()]);
  }
  /**
   * Each span of `value` the regex would match, in order.
   * @param {string} value
   * @returns {{ index: number, text: string }[]}
   */
  function spans(value) {
    if (!wordStarts) return [...value.matchAll(re)].map((m) => ({ index: m.index, text: m[0] }));
    // Lower-cased once, not word by word; a text whose length that changes (a few non-Latin capitals) is read as is,
    // since its indices would no longer line up, and its runs lower-cased one by one.
    const lowered = value.toLowerCase();
    const aligned = lowered.length === value.length;
    const lower = aligned ? lowered : value;
    const found = [];
    const words = new RegExp(WORD_RUN);
    for (let run = words.exec(lower); run; run = words.exec(lower)) {
      const candidates = byFirstRun.get(aligned ? run[0] : run[0].toLowerCase());
      if (!candidates) continue;
      for (const form of candidates) {
        const end = run.index + form.length;
        if (end > value.length || WORD_CHAR.test(value[end] ?? '')) continue;
        const text = value.slice(run.index, end);
        if ((aligned ? lower.slice(run.index, end) : text.toLowerCase()) !== form) continue;
        found.push({ index: run.index, text });
        words.lastIndex = end;
        break;
      }
    }
    return found;
  }
  return { re, lookup, spans };
}

const WORD_RUN = /[\w-]+/g;
const WORD_CHAR = /[\w-]/;

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
  for (const m of matcher.spans(value)) {
    const id = matcher.lookup(m.text);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    if (m.index > last) parts.push({ type: 'text', value: value.slice(last, m.index) });
    parts.push({
      type: 'link',
      url: href + id,
      title: null,
      data: { hProperties: { className: ['term'] } },
      children: [{ type: 'text', value: m.text }],
    });
    last = m.index + m.text.length;
  }
  if (parts.length === 0) return null;
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}

/**
 * Whether a text holds a term not linked yet in this document.
 * @param {string} value
 * @param {NonNullable<ReturnType<typeof buildMatcher>>} matcher
 * @param {Set<string>} seen
 */
export function hasNewTerm(value, matcher, seen) {
  for (const m of matcher.spans(value)) {
    const id = matcher.lookup(m.text);
    if (id && !seen.has(id)) return true;
  }
  return false;
}

/**
 * A Sätteri mdast plugin (Astro 7's Markdown engine). A factory, so each chapter gets its own "seen" set.
 * @returns {any}
 */
export function glossaryLinks() {
  const root = contentRoot();
  // Terms link to the glossary chapter; a guide without one gets no term links rather than broken ones.
  const chapter = join(root, COLLECTIONS.chapters.folder, REFERENCE_CHAPTERS.glossary);
  const matcher = existsSync(`${chapter}.mdx`) || existsSync(`${chapter}.md`) ? buildMatcher(loadGlossary(root)) : null;
  const href = `${underBase(siteConfig.base, chapterPath(REFERENCE_CHAPTERS.glossary))}#`;
  return (/** @type {{ fileURL?: URL }} */ doc) => {
    const path = doc.fileURL?.pathname ?? '';
    if (!matcher || !path.includes('/chapters/') || /\/([^/]+)\.mdx?$/.exec(path)?.[1] === REFERENCE_CHAPTERS.glossary)
      return null;
    /** @type {Set<string>} */
    const seen = new Set();
    return {
      name: 'guide-glossary-links',
      text(/** @type {any} */ node, /** @type {any} */ ctx) {
        // Most text holds no term not linked yet: it is looked at before the walk up its parents, which costs more.
        if (!hasNewTerm(node.value, matcher, seen)) return;
        for (let p = ctx.parent(node); p; p = p.type === 'root' ? undefined : ctx.parent(p)) {
          if (SKIP.has(p.type) || p.data?.[IN_BOX]) return;
        }
        const parts = splitText(node.value, matcher, seen, href);
        if (parts) ctx.replaceNode(node, parts);
      },
    };
  };
}
