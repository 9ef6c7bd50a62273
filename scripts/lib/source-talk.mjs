// How much of a built chapter talks about its sources, or about "the guide", instead of to the reader (issue 22's
// rule of thumb; CONTRIBUTING.md, "Writing rules"). Counted on the built page: the chapter body's sentences, leaving
// out citation marks, tables, code blocks, headings, data entries (company lists, learning-path stages) and what
// the page keeps out of search (the study plan's form). A sentence "talks about the sources" when it names one by
// the name readers know it by (content/sources/*.yaml: `short`, `publisher`) or says "the guide", "the sources",
// "both documents", "sources say" and the like. A rule of thumb, not a judge: "a job board says" in place of
// "Jobbi says" is the same sentence to a reader. Used by tests/build/source-talk.test.ts; pure, unit-tested in
// tests/unit/scripts/source-talk.test.ts.

/** At most this share of a reader chapter's sentences may talk about the sources or the guide. */
export const MAX_CHAPTER_SHARE = 0.15;
/** ... and at most this share across all the reader chapters together. */
export const MAX_OVERALL_SHARE = 0.1;
/** Shorter fragments (a label, "Fix", a list item of two words) are not sentences. */
export const MIN_WORDS = 5;

const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of a sentence that talks about the sources: one of the reader names given, or the guide or the
 * sources spoken of as such.
 * @param {readonly string[]} names reader names of the sources ("Jobbi", "northstar editorial", "AI/TLDR")
 */
export function talkPattern(names) {
  const named = [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length).map(escape);
  const parts = [
    ...(named.length ? [`(?<![\\w/])(?:${named.join('|')})(?![\\w/])`] : []),
    String.raw`\bthe guide(?:'s|’s)?\b`,
    String.raw`\b(?:the|both|two|three|four|five|all|other|these|some) (?:sources|documents)\b`,
    String.raw`\bsources? (?:say|says|agree|disagree|differ|give|put|puts)\b`,
  ];
  return new RegExp(parts.join('|'), 'i');
}

/**
 * Removes every element whose opening tag matches `open` (a regex source matching `<tag ...>`), with all it contains.
 * Elements of the same name nested inside are matched pairwise, so a <span> in a removed <span> does not end it early.
 * @param {string} html
 * @param {string} open
 */
export function removeElements(html, open) {
  const opener = new RegExp(open, 'gi');
  let out = '';
  let from = 0;
  for (;;) {
    opener.lastIndex = from;
    const m = opener.exec(html);
    if (!m) break;
    const name = /^<([a-z][a-z0-9]*)/i.exec(m[0])?.[1]?.toLowerCase();
    out += html.slice(from, m.index);
    if (!name || m[0].endsWith('/>')) {
      from = m.index + m[0].length;
      continue;
    }
    const tag = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tag.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = tag.exec(html); t; t = tag.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    from = end;
  }
  return out + html.slice(from);
}

/** The inside of the chapter body (`<div class="prose-guide">`), or '' when the page has none. */
export function chapterBody(/** @type {string} */ html) {
  const start = /<div\b[^>]*\bclass="[^"]*\bprose-guide\b[^"]*"[^>]*>/i.exec(html);
  if (!start) return '';
  const from = start.index + start[0].length;
  const tag = /<(\/?)div\b[^>]*>/gi;
  tag.lastIndex = from;
  let depth = 1;
  for (let t = tag.exec(html); t; t = tag.exec(html)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return html.slice(from, t.index);
  }
  return html.slice(from);
}

const ENTITIES = /** @type {Record<string, string>} */ ({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
});
const decode = (/** @type {string} */ text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e.toLowerCase()] ?? whole),
  );

const BLOCK =
  /<\/?(?:p|li|ul|ol|blockquote|div|section|aside|article|figure|figcaption|dl|dt|dd|table|tr|td|th|details|summary|br|hr)\b[^>]*>/gi;

/**
 * The reader's prose of a built chapter page, as blocks of plain text (a paragraph, a list item, a callout's
 * paragraph): the chapter body without citation marks, tables, code blocks, headings, data entries and
 * anything hidden from search. A figure printed by <Pay> stays, as the words it reads as.
 */
export function proseBlocks(/** @type {string} */ html) {
  let body = chapterBody(html);
  body = body.replace(/<!--[\s\S]*?-->/g, ' ');
  body = removeElements(body, String.raw`<[a-z][a-z0-9]*\b[^>]*\bdata-pagefind-ignore\b[^>]*>`); // citation marks, forms kept out of search
  body = removeElements(body, String.raw`<(?!span\b)[a-z][a-z0-9]*\b[^>]*\bdata-entry="[^"]*"[^>]*>`); // data entries (not a <Pay> figure)
  for (const name of ['table', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'svg', 'template'])
    body = removeElements(body, `<${name}\\b[^>]*>`);
  return body
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]+>/g, '')
    .split(/\n\s*\n/)
    .map((block) =>
      decode(block)
        .replace(/\s+/g, ' ')
        .replace(/ ([.,;:!?])/g, '$1')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * Sentences of a block of text: split after . ! or ? and a space, before a letter, a digit or an opening quote or
 * bracket (a lower-case letter too: "northstar" begins sentences).
 */
export function sentencesOf(/** @type {string} */ block) {
  return block
    .split(/(?<=[.!?][”"’')\]]?)\s+(?=[\p{L}\p{N}"“‘'(*$])/u)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= MIN_WORDS);
}

/**
 * The count for one built chapter page.
 * @param {string} html
 * @param {RegExp} pattern from talkPattern()
 * @returns {{ sentences: number, talking: string[], share: number }}
 */
export function sourceTalk(html, pattern) {
  const sentences = proseBlocks(html).flatMap(sentencesOf);
  const talking = sentences.filter((s) => pattern.test(s));
  return { sentences: sentences.length, talking, share: sentences.length ? talking.length / sentences.length : 0 };
}

/**
 * Which chapters are over the bound, and the share across all of them.
 * @param {{ slug: string, sentences: number, talking: string[] }[]} rows
 * @param {{ chapter?: number, overall?: number }} [bounds]
 */
export function judge(rows, bounds = {}) {
  const chapter = bounds.chapter ?? MAX_CHAPTER_SHARE;
  const overallBound = bounds.overall ?? MAX_OVERALL_SHARE;
  const sentences = rows.reduce((n, r) => n + r.sentences, 0);
  const talking = rows.reduce((n, r) => n + r.talking.length, 0);
  const overall = sentences ? talking / sentences : 0;
  const over = rows.filter((r) => r.sentences > 0 && r.talking.length / r.sentences > chapter).map((r) => r.slug);
  return { sentences, talking, overall, over, overallOver: overall > overallBound };
}

const pct = (/** @type {number} */ x) => `${(x * 100).toFixed(1)}%`;

/**
 * The figures as a table for the test log: one line per chapter, then the whole.
 * @param {{ slug: string, sentences: number, talking: string[] }[]} rows
 */
export function report(rows) {
  const verdict = judge(rows);
  const width = Math.max(...rows.map((r) => r.slug.length), 7);
  const lines = rows.map((r) => {
    const share = r.sentences ? r.talking.length / r.sentences : 0;
    return `${verdict.over.includes(r.slug) ? 'OVER' : 'ok  '} ${r.slug.padEnd(width)} ${pct(share).padStart(6)}  ${r.talking.length}/${r.sentences}`;
  });
  lines.push(
    `${verdict.overallOver ? 'OVER' : 'ok  '} ${'overall'.padEnd(width)} ${pct(verdict.overall).padStart(6)}  ${verdict.talking}/${verdict.sentences}   (bounds: ${pct(MAX_CHAPTER_SHARE)} a chapter, ${pct(MAX_OVERALL_SHARE)} in all)`,
  );
  return lines.join('\n');
}
