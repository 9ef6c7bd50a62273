// The registry of components editors use in MDX (src/lib/content-components.ts) is the only list of them: each name
// has its .astro file, each file there is in it (but the two that replace Markdown elements), and the ids a
// component draws come from it.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { COMPONENT_NAMES, componentAnchors } from '../../../src/lib/content-components';

const DIR = new URL('../../../src/components/content/', import.meta.url);

test('names exactly the components in src/components/content/, besides those that replace Markdown elements', () => {
  const replacing = [
    ...readFileSync(new URL('index.ts', DIR), 'utf8').matchAll(/^import (\w+) from '\.\/\w+\.astro';$/gm),
  ].map((m) => m[1]);
  expect(replacing).toEqual(['ScrollTable', 'CodeBlock']);
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.astro'))
    .map((f) => f.replace(/\.astro$/, ''));
  expect([...COMPONENT_NAMES].sort()).toEqual(files.filter((f) => !replacing.includes(f)).sort());
});

test('says which ids a component draws, from its props and the entries of its collection', () => {
  const entries = { glossary: ['rag'], sources: ['s1'] };
  expect(componentAnchors('Cite', { s: 's1 s3' }, entries)).toEqual(['source-s1', 'source-s3']);
  expect(componentAnchors('GlossaryList', {}, entries)).toEqual(['rag']);
  expect(componentAnchors('SourceList', {}, entries)).toEqual(['s1', 's1-title']);
  expect(componentAnchors('Callout', { title: 'x' }, entries)).toEqual([]);
  expect(componentAnchors('NotAComponent', {}, entries)).toEqual([]);
});
