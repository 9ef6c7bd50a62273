// The benchmark's content trees: the generated corpus (scripts/lib/chapter-corpus.mjs) written for the guide and
// for Starlight, with the real guide's reference pages where it has them.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PART_WEIGHTS, REFERENCE_CHAPTERS, cap, toFrontmatter, toMdx } from '../lib/chapter-corpus.mjs';

/** The file a chapter's body is written in: `md` when its only components are ShortAnswer, Callout and Cite. */
export const chapterFormat = (/** @type {string} */ body) =>
  /<\/?(?!(?:ShortAnswer|Callout|Cite)\b)[A-Z]/.test(body) ? 'mdx' : 'md';

/** The same chapter for Starlight: its own frontmatter, plain text where ours uses components, links to its URLs. */
export function toStarlightMd(chapter, partOf) {
  const body = chapter.body
    .replace(/<Cite s="([^"]+)" \/>/g, (_, s) => `(${s.toUpperCase()})`)
    .replace(/<Callout type="(\w+)">([\s\S]*?)<\/Callout>/g, (_, t, text) => `**${cap(t)}:** ${text}`)
    .replace(/<(GlossaryList|SourceList|FaqList) \/>/g, "The full list is kept with the guide's data.")
    // Any other component of ours (in the real reference pages): its text stays, the tag goes.
    .replace(/<([A-Z]\w*)\b[^>]*\/>/g, '')
    .replace(/<([A-Z]\w*)\b[^>]*>([\s\S]*?)<\/\1>/g, '$2')
    .replace(
      /\]\(\/chapters\/([a-z0-9-]+)\/(#[^)]*)?\)/g,
      (_, slug, hash = '') => `](/${partOf(slug)}/${slug}/${hash})`,
    );
  return `${toFrontmatter({ title: chapter.frontmatter.title, description: chapter.frontmatter.description })}\n${body}`;
}

/**
 * The corpus with the real guide's reference pages (glossary, sources, FAQ, about) in place of the generated
 * ones where `contentDir/chapters` has them: the site's chrome links to headings inside those pages.
 * Their links and `related` entries to chapters outside the corpus become plain text or are dropped.
 */
export function withRealReferencePages(corpus, contentDir, parseYaml) {
  const slugs = new Set(corpus.map((c) => c.slug));
  return corpus.map((c) => {
    const file = ['md', 'mdx'].map((ext) => join(contentDir, 'chapters', `${c.slug}.${ext}`)).find(existsSync);
    if (!REFERENCE_CHAPTERS.some((r) => r.slug === c.slug) || !file) return c;
    const m = readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
    if (!m) return c;
    const data = parseYaml(m[1]);
    const frontmatter = {
      ...data,
      part: 'reference',
      order: c.frontmatter.order,
      ...(data.related ? { related: data.related.filter((s) => slugs.has(s)) } : {}),
    };
    const body = m[2].replace(/\[([^\]]+)\]\(\/chapters\/([a-z0-9-]+)\/[^)]*\)/g, (link, text, slug) =>
      slugs.has(slug) ? link : text,
    );
    return { slug: c.slug, frontmatter, body };
  });
}

/**
 * Writes a content tree the guide builds: the generated chapters plus every data collection of `dataFrom`
 * (sources, salary bands, companies...), which the chapters cite.
 */
export function writeGuideContent(dir, corpus, dataFrom) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'chapters'), { recursive: true });
  for (const entry of readdirSync(dataFrom, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'chapters')
      cpSync(join(dataFrom, entry.name), join(dir, entry.name), { recursive: true });
  }
  // Data that points at one of the real chapters (an FAQ's `more:`) would dangle: drop the optional link.
  const slugs = new Set(corpus.map((c) => c.slug));
  for (const folder of ['faq']) {
    if (!existsSync(join(dir, folder))) continue;
    for (const name of readdirSync(join(dir, folder))) {
      const file = join(dir, folder, name);
      const text = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        text.replace(/^more:\s*["']?([a-z0-9-]+)["']?\s*$\n?/m, (line, slug) => (slugs.has(slug) ? line : '')),
      );
    }
  }
  // As editors do: plain Markdown for a chapter that uses no component but those Markdown chapters may use
  // (src/lib/markdown-components.ts), MDX for the rest (the reference pages' lists).
  for (const c of corpus) writeFileSync(join(dir, 'chapters', `${c.slug}.${chapterFormat(c.body)}`), toMdx(c));
}

/** Writes Starlight's docs folder: one folder per part, a splash home page, and the chapters as Markdown. */
export function writeStarlightContent(docsDir, corpus) {
  rmSync(docsDir, { recursive: true, force: true });
  const partOf = new Map(corpus.map((c) => [c.slug, c.frontmatter.part]));
  for (const [part] of PART_WEIGHTS) mkdirSync(join(docsDir, part), { recursive: true });
  writeFileSync(
    join(docsDir, 'index.md'),
    `${toFrontmatter({ title: 'AI Engineer Guide', description: 'A benchmark corpus built with Starlight, for comparison with the guide engine.' })}\nStart with any part in the sidebar.\n`,
  );
  for (const c of corpus)
    writeFileSync(
      join(docsDir, c.frontmatter.part, `${c.slug}.md`),
      toStarlightMd(c, (s) => partOf.get(s)),
    );
  return PART_WEIGHTS.map(([part]) => part).filter((p) => existsSync(join(docsDir, p)));
}
