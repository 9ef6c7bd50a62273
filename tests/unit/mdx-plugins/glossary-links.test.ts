import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildMatcher, loadGlossary, splitText, termForms } from '../../../src/mdx-plugins/glossary-links.mjs';

const HREF = '/chapters/glossary/#';
const glossary = [
  { id: 'rag', term: 'RAG (retrieval-augmented generation)' },
  { id: 'fine-tuning', term: 'Fine-tuning', aliases: ['finetuning'] },
  { id: 'vector-database', term: 'Vector database' },
  { id: 'vector', term: 'Vector' },
];

const matcherOf = (entries: typeof glossary) => {
  const matcher = buildMatcher(entries);
  if (!matcher) throw new Error('Expected a matcher for a non-empty glossary');
  return matcher;
};

/** The text a run of nodes reads as, with each link shown as [text](url). */
const render = (nodes: { type: string; value?: string; url?: string; children?: { value: string }[] }[] | null) =>
  nodes?.map((n) => (n.type === 'link' ? `[${n.children![0]!.value}](${n.url})` : n.value)).join('') ?? null;

describe('termForms', () => {
  test('recognises a term by its name and by the words in its parentheses', () => {
    expect(termForms({ term: 'RAG (retrieval-augmented generation)' })).toEqual([
      'RAG',
      'retrieval-augmented generation',
    ]);
  });

  test('adds the aliases, trimmed, without repeating a form', () => {
    expect(termForms({ term: 'Fine-tuning', aliases: [' finetuning ', 'Fine-tuning'] })).toEqual([
      'Fine-tuning',
      'finetuning',
    ]);
  });

  test('drops forms shorter than two characters', () => {
    expect(termForms({ term: 'Evals', aliases: ['E'] })).toEqual(['Evals']);
  });
});

describe('buildMatcher', () => {
  test('returns null for an empty glossary', () => {
    expect(buildMatcher([])).toBeNull();
  });

  test('matches an acronym only in capitals', () => {
    const { lookup } = matcherOf(glossary);
    expect(lookup('RAG')).toBe('rag');
    expect(lookup('rag')).toBeUndefined();
    expect(lookup('Rag')).toBeUndefined();
  });

  test('matches any other form whatever its case', () => {
    const { lookup } = matcherOf(glossary);
    expect(lookup('fine-tuning')).toBe('fine-tuning');
    expect(lookup('FINETUNING')).toBe('fine-tuning');
    expect(lookup('Retrieval-Augmented Generation')).toBe('rag');
  });

  test('prefers the longest form where two overlap', () => {
    const { re } = matcherOf(glossary);
    expect([...'A vector database stores vectors.'.matchAll(re)].map((m) => m[0])).toEqual(['vector database']);
  });

  test('does not match a form inside a longer word or a hyphenated compound', () => {
    const { re } = matcherOf(glossary);
    expect([...'Storage, RAG-based apps and RAGs.'.matchAll(re)]).toEqual([]);
  });
});

describe('splitText', () => {
  test('links only the first use of a term in a text', () => {
    const seen = new Set<string>();
    expect(render(splitText('RAG helps. RAG again.', matcherOf(glossary), seen, HREF))).toBe(
      '[RAG](/chapters/glossary/#rag) helps. RAG again.',
    );
    expect(seen).toEqual(new Set(['rag']));
  });

  test('does not link a term already linked earlier in the chapter', () => {
    expect(splitText('RAG again.', matcherOf(glossary), new Set(['rag']), HREF)).toBeNull();
  });

  test('links an alias and a different form of a term only once between them', () => {
    const seen = new Set<string>();
    const text = 'Finetuning, or fine-tuning, and retrieval-augmented generation, or RAG.';
    expect(render(splitText(text, matcherOf(glossary), seen, HREF))).toBe(
      '[Finetuning](/chapters/glossary/#fine-tuning), or fine-tuning, and [retrieval-augmented generation](/chapters/glossary/#rag), or RAG.',
    );
  });

  test('does not link an acronym written in lower case', () => {
    expect(splitText('A rag and a bone.', matcherOf(glossary), new Set(), HREF)).toBeNull();
  });

  test("builds link nodes that keep the reader's wording and carry the term class", () => {
    const nodes = splitText('Fine-Tuning.', matcherOf(glossary), new Set(), HREF);
    expect(nodes).toEqual([
      {
        type: 'link',
        url: '/chapters/glossary/#fine-tuning',
        title: null,
        data: { hProperties: { className: ['term'] } },
        children: [{ type: 'text', value: 'Fine-Tuning' }],
      },
      { type: 'text', value: '.' },
    ]);
  });

  test('returns null when the text names no term', () => {
    expect(splitText('Nothing to see here.', matcherOf(glossary), new Set(), HREF)).toBeNull();
  });
});

describe('loadGlossary', () => {
  test("reads each glossary entry of a content folder as a term keyed by its file name, with the schema's defaults", () => {
    const root = fileURLToPath(new URL('../../fixtures/valid', import.meta.url));
    expect(loadGlossary(root)).toEqual([{ id: 'rag', term: 'RAG (retrieval-augmented generation)', aliases: [] }]);
  });

  test('returns no terms when the content folder has no glossary', () => {
    expect(loadGlossary('/nonexistent')).toEqual([]);
  });
});

describe('buildMatcher: spans found word by word', () => {
  /** Every span the one regular expression finds: what the faster scan must find too. */
  const regexSpans = (matcher: NonNullable<ReturnType<typeof buildMatcher>>, text: string) =>
    [...text.matchAll(matcher.re)].map((m) => ({ index: m.index, text: m[0] }));

  test('finds the spans the regular expression finds, over the guide’s glossary and chapters', () => {
    const root = fileURLToPath(new URL('../../../content', import.meta.url));
    const matcher = matcherOf(loadGlossary(root));
    const chapters = readdirSync(join(root, 'chapters')).filter((f) => /\.mdx?$/.test(f));
    expect(chapters.length).toBeGreaterThan(5);
    let spans = 0;
    for (const file of chapters) {
      const text = readFileSync(join(root, 'chapters', file), 'utf8');
      const expected = regexSpans(matcher, text);
      expect([...matcher.spans(text)], file).toEqual(expected);
      spans += expected.length;
    }
    expect(spans).toBeGreaterThan(100);
  });

  test('agrees with the regular expression where words run into hyphens, letters, case and longer forms', () => {
    const matcher = matcherOf([
      ...glossary,
      { id: 'llm', term: 'LLM', aliases: ['LLMs'] },
      { id: 'ab', term: 'A/B testing' },
    ]);
    const text =
      'RAG, rag and Rag; RAGs; pre-RAG; vector databases, Vector Database, vector-database, vectors. LLM LLMs LLMss ' +
      'llm, A/B testing, a/b Testing, A/B tests, finetuning fine-tuning fine-tuningX retrieval-augmented generation.';
    expect([...matcher.spans(text)]).toEqual(regexSpans(matcher, text));
    expect([...matcher.spans(text)].map((s) => s.text)).toContain('Vector Database');
  });

  test('falls back to the regular expression for a form that does not start with a word character', () => {
    const matcher = matcherOf([{ id: 'net', term: '.NET' }, ...glossary]);
    const text = 'Ship it on .NET or with RAG.';
    expect([...matcher.spans(text)]).toEqual(regexSpans(matcher, text));
    expect([...matcher.spans(text)].map((s) => s.text)).toEqual(['.NET', 'RAG']);
  });
});
