import { describe, expect, test } from 'vitest';
import { GlossaryTermSchema } from '../../../src/schemas/glossary-term';
import { issuesOf } from './issues';

const valid = {
  term: 'RAG (retrieval-augmented generation)',
  definition: 'Fetching relevant text and putting it into the prompt so the model can answer from it.',
};

const withField = (field: string, value: unknown) => ({ ...valid, [field]: value });

describe('GlossaryTermSchema', () => {
  test('parses a valid term and fills in the defaults', () => {
    expect(GlossaryTermSchema.parse(valid)).toEqual({ ...valid, aliases: [], sources: [], related: [] });
  });

  test('turns sources and related terms into references', () => {
    const parsed = GlossaryTermSchema.parse({ ...valid, sources: ['s1'], related: ['embedding'] });
    expect(parsed.sources).toEqual([{ id: 's1', collection: 'sources' }]);
    expect(parsed.related).toEqual([{ id: 'embedding', collection: 'glossary' }]);
  });

  test('rejects a term without a definition', () => {
    expect(issuesOf(GlossaryTermSchema, { term: valid.term })).toMatchInlineSnapshot(`
      [
        "definition: must define the term.",
      ]
    `);
  });

  test('rejects a definition too short to define anything', () => {
    expect(issuesOf(GlossaryTermSchema, withField('definition', 'Retrieval.'))).toMatchInlineSnapshot(`
      [
        "definition: is too short; define the term in a sentence or more.",
      ]
    `);
  });

  test('rejects an alias shorter than 2 characters', () => {
    expect(issuesOf(GlossaryTermSchema, withField('aliases', ['R']))).toMatchInlineSnapshot(`
      [
        "aliases.0: is too short; an alias needs 2 characters or more.",
      ]
    `);
  });

  test('rejects related written as one id instead of a list', () => {
    expect(issuesOf(GlossaryTermSchema, withField('related', 'embedding'))).toMatchInlineSnapshot(`
      [
        "related: must be a list of glossary ids, such as [embedding].",
      ]
    `);
  });

  test('rejects a misspelled key instead of dropping it', () => {
    expect(issuesOf(GlossaryTermSchema, withField('alias', ['retrieval-augmented generation']))).toMatchInlineSnapshot(`
      [
        "alias: is not a field this file can have. Check the spelling against the fields it takes (term, aliases, definition, sources, related) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });
});
