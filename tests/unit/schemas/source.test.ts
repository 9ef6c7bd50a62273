import { describe, expect, test } from 'vitest';
import { SourceSchema } from '../../../src/schemas/source';
import { issuesOf } from './issues';

const valid = {
  tag: 'S1',
  short: 'A jobs board',
  title: 'AI Engineer Salary Guide',
  publisher: 'A jobs board',
  kind: 'jobs-board-article',
  about: 'A jobs board article on what AI engineers earn in the US.',
  dateStated: 'Updated Mar 2026',
  asOf: '2026-03-01',
};

const withField = (field: string, value: unknown) => ({ ...valid, [field]: value });

describe('SourceSchema', () => {
  test('parses a valid source and fills in the defaults', () => {
    expect(SourceSchema.parse(valid)).toEqual({
      ...valid,
      asOf: new Date('2026-03-01T00:00:00Z'),
      caveats: [],
      notes: [],
      provisionalClaims: [],
    });
  });

  test('accepts null for a publisher or a stated date the document does not give', () => {
    const parsed = SourceSchema.parse({ ...valid, publisher: null, dateStated: null });
    expect(parsed.publisher).toBeNull();
    expect(parsed.dateStated).toBeNull();
  });

  test('rejects a source without a tag', () => {
    const { tag: _, ...rest } = valid;
    expect(issuesOf(SourceSchema, rest)).toMatchInlineSnapshot(`
      [
        "tag: must be a short tag such as S0.",
      ]
    `);
  });

  test('rejects a tag that is not S followed by a number', () => {
    expect(issuesOf(SourceSchema, withField('tag', 's1'))).toMatchInlineSnapshot(`
      [
        "tag: must be an S followed by a number, such as S3.",
      ]
    `);
  });

  test('rejects a publisher left out instead of set to null', () => {
    const { publisher: _, ...rest } = valid;
    expect(issuesOf(SourceSchema, rest)).toMatchInlineSnapshot(`
      [
        "publisher: must be the publisher as stated, or null when the document does not name one.",
      ]
    `);
  });

  test('rejects a kind outside the closed list of document kinds', () => {
    expect(issuesOf(SourceSchema, withField('kind', 'blog-post'))).toMatchInlineSnapshot(`
      [
        "kind: must be one of: jobs-board-page, jobs-board-article, guide-chapter, opinion-explainer, beginner-explainer, other.",
      ]
    `);
  });

  test('rejects a misspelled key instead of dropping it', () => {
    expect(issuesOf(SourceSchema, withField('caveat', ['Its figures are provisional.']))).toMatchInlineSnapshot(`
      [
        "caveat: is not a field this file can have. Check the spelling against the fields it takes (tag, short, title, subtitle, publisher, kind, about, dateStated, asOf, caveats, notes, provisionalClaims) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });

  test('rejects an about line too short to describe the document', () => {
    expect(issuesOf(SourceSchema, withField('about', 'A guide.'))).toMatchInlineSnapshot(`
      [
        "about: is too short; describe the document in a sentence.",
      ]
    `);
  });

  test('rejects an asOf date not written as YYYY-MM-DD', () => {
    expect(issuesOf(SourceSchema, withField('asOf', 'March 2026'))).toMatchInlineSnapshot(`
      [
        "asOf: must be the date the document speaks for, written as YYYY-MM-DD (for example 2026-06-11).",
      ]
    `);
  });

  test('rejects caveats written as one sentence instead of a list', () => {
    expect(issuesOf(SourceSchema, withField('caveats', 'Its figures are provisional.'))).toMatchInlineSnapshot(`
      [
        "caveats: must be a list of sentences.",
      ]
    `);
  });

  test('accepts the kinds of claim a source calls provisional', () => {
    expect(
      SourceSchema.parse(withField('provisionalClaims', ['pay', 'growth', 'employers'])).provisionalClaims,
    ).toEqual(['pay', 'growth', 'employers']);
  });

  test('rejects provisional claims written as true instead of the kinds of claim', () => {
    expect(issuesOf(SourceSchema, withField('provisionalClaims', true))).toMatchInlineSnapshot(`
      [
        "provisionalClaims: must be a list of kinds of claim, such as [pay, growth] (any of pay, growth, employers).",
      ]
    `);
  });

  test('rejects a kind of provisional claim outside the closed set, and one named twice', () => {
    expect(issuesOf(SourceSchema, withField('provisionalClaims', ['salaries']))).toMatchInlineSnapshot(`
      [
        "provisionalClaims.0: must be one of: pay, growth, employers.",
      ]
    `);
    expect(issuesOf(SourceSchema, withField('provisionalClaims', ['pay', 'pay']))).toMatchInlineSnapshot(`
      [
        "provisionalClaims: names a kind of claim twice; list each once.",
      ]
    `);
  });
});
