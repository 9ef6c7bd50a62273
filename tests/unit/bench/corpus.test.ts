import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ChapterSchema } from '../../../src/schemas/chapter';
import { PARTS } from '../../../src/schemas/part';
import { validateCollections } from '../../../src/lib/checks/validate-content';
import { countWords, generateCorpus, toMdx } from '../../../scripts/lib/chapter-corpus.mjs';
import { toStarlightMd } from '../../../scripts/bench/corpus.mjs';

interface Generated {
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

const SOURCES = ['s0', 's1', 's2', 's3', 's4'];
const corpus: Generated[] = generateCorpus({ chapters: 200, seed: 7, sourceIds: SOURCES });

/** Splits a written .mdx file the way Astro does: YAML frontmatter, then the body. */
function readMdx(text: string) {
  const m = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!m) throw new Error('the generated file has no frontmatter block');
  return { data: parseYaml(m[1]!) as Record<string, unknown>, body: m[2]! };
}

describe('benchmark corpus generator', () => {
  test('gives the same corpus, byte for byte, for the same size and seed', () => {
    const again: Generated[] = generateCorpus({ chapters: 200, seed: 7, sourceIds: SOURCES });
    expect(again.map(toMdx)).toEqual(corpus.map(toMdx));
  });

  test('gives a different corpus for another seed', () => {
    const other: Generated[] = generateCorpus({ chapters: 200, seed: 8, sourceIds: SOURCES });
    expect(other.map((c) => c.body)).not.toEqual(corpus.map((c) => c.body));
  });

  test('writes frontmatter that the real ChapterSchema accepts, for every chapter', () => {
    const failures = corpus.flatMap((c) => {
      const result = ChapterSchema.safeParse(readMdx(toMdx(c)).data);
      return result.success
        ? []
        : [`${c.slug}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });
    expect(failures).toEqual([]);
  });

  test('passes the whole-guide checks: unique slugs and orders, links and citations that resolve', () => {
    const chapters = corpus.map((c) => {
      const { data, body } = readMdx(toMdx(c));
      return {
        id: c.slug,
        filePath: `content/chapters/${c.slug}.mdx`,
        data: ChapterSchema.parse(data) as Record<string, unknown>,
        body,
      };
    });
    const sources = SOURCES.map((id) => ({ id, data: {} }));
    expect(new Set(chapters.map((c) => c.id)).size).toBe(chapters.length);
    expect(validateCollections({ chapters, sources })).toEqual([]);
    const slugs = new Set(corpus.map((c) => c.slug));
    const linked = corpus.flatMap((c) => [...c.body.matchAll(/\]\(\/chapters\/([a-z0-9-]+)\/\)/g)].map((m) => m[1]!));
    expect(linked.length).toBeGreaterThan(corpus.length / 2);
    expect(linked.filter((s) => !slugs.has(s))).toEqual([]);
  });

  test('writes chapters of 1,200 to 1,800 words with 6 to 10 headings, a list, a table, a quote and a code block', () => {
    for (const { slug, body } of corpus) {
      const words = countWords(body);
      const headings = body.match(/^#{2,3} /gm)?.length ?? 0;
      const summary = {
        slug,
        words,
        headings,
        list: /^(- |1\. )/m.test(body),
        table: /^\| --- /m.test(body),
        quote: /^> /m.test(body),
        code: /^```\w+$/m.test(body),
      };
      expect(summary).toEqual({
        slug,
        words: expect.any(Number),
        headings: expect.any(Number),
        list: true,
        table: true,
        quote: true,
        code: true,
      });
      expect(words, slug).toBeGreaterThanOrEqual(1200);
      expect(words, slug).toBeLessThanOrEqual(1800);
      expect(headings, slug).toBeGreaterThanOrEqual(6);
      expect(headings, slug).toBeLessThanOrEqual(10);
    }
  });

  test('includes the reference pages the site links to, each listing its entries', () => {
    const bySlug = new Map(corpus.map((c) => [c.slug, c]));
    expect(
      ['glossary', 'sources', 'faq', 'about'].filter((s) => bySlug.get(s)?.frontmatter.part !== 'reference'),
    ).toEqual([]);
    expect(bySlug.get('glossary')!.body).toContain('<GlossaryList />');
    expect(bySlug.get('sources')!.body).toContain('<SourceList />');
  });

  test('spreads the chapters over every part, the larger parts getting more', () => {
    const perPart = new Map<string, number>();
    for (const c of corpus) perPart.set(String(c.frontmatter.part), (perPart.get(String(c.frontmatter.part)) ?? 0) + 1);
    expect([...perPart.keys()].sort()).toEqual(PARTS.map((p) => p.id).sort());
    expect(perPart.get('skills')).toBeGreaterThan(perPart.get('reference')!);
  });

  test('turns a chapter into Starlight Markdown with only title and description, and no components of ours', () => {
    const partOf = (slug: string) => String(corpus.find((c) => c.slug === slug)!.frontmatter.part);
    const md = toStarlightMd(
      corpus.find((c) => c.slug === 'glossary')!,
      partOf,
    ) as string;
    const { data, body } = readMdx(md);
    expect(Object.keys(data)).toEqual(['title', 'description']);
    expect(body).not.toMatch(/<(Cite|Callout|GlossaryList|SourceList|FaqList)\b/);
    expect(body).not.toMatch(/\]\(\/chapters\//);
    expect(countWords(body)).toBeGreaterThanOrEqual(1200);
  });
});
