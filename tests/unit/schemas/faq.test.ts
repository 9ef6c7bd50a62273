import { describe, expect, test } from 'vitest';
import { FaqSchema } from '../../../src/schemas/faq';
import { issuesOf } from './issues';

const valid = {
  question: 'What is an AI engineer?',
  answer: 'A software engineer who builds products on top of existing models instead of training new ones.',
  order: 1,
  sources: ['s1'],
};

const withField = (field: string, value: unknown) => ({ ...valid, [field]: value });

describe('FaqSchema', () => {
  test('parses a valid question and turns its sources into references', () => {
    expect(FaqSchema.parse(valid)).toEqual({ ...valid, sources: [{ id: 's1', collection: 'sources' }] });
  });

  test('turns the chapter that goes deeper into a reference', () => {
    expect(FaqSchema.parse(withField('more', 'what-is-an-ai-engineer')).more).toEqual({
      id: 'what-is-an-ai-engineer',
      collection: 'chapters',
    });
  });

  test('rejects a question that does not end with a question mark', () => {
    expect(issuesOf(FaqSchema, withField('question', 'What an AI engineer is'))).toMatchInlineSnapshot(`
      [
        "question: must end with a question mark.",
      ]
    `);
  });

  test('rejects an answer too short to answer anything', () => {
    expect(issuesOf(FaqSchema, withField('answer', 'Someone who ships AI.'))).toMatchInlineSnapshot(`
      [
        "answer: is too short; answer in a few sentences.",
      ]
    `);
  });

  test('rejects more written as a list, since it names one chapter', () => {
    expect(issuesOf(FaqSchema, withField('more', ['what-is-an-ai-engineer']))).toMatchInlineSnapshot(`
      [
        "more: must be one id from content/chapters/, not a list.",
      ]
    `);
  });

  test('rejects an order that is not a whole number from 1', () => {
    expect(issuesOf(FaqSchema, withField('order', 'first'))).toMatchInlineSnapshot(`
      [
        "order: must be a whole number from 1, the position on the FAQ page.",
      ]
    `);
    expect(issuesOf(FaqSchema, withField('order', 0))).toMatchInlineSnapshot(`
      [
        "order: starts at 1.",
      ]
    `);
  });

  test('rejects an empty list of sources', () => {
    expect(issuesOf(FaqSchema, withField('sources', []))).toMatchInlineSnapshot(`
      [
        "sources: must name at least one source id (see content/sources/), such as [s1].",
      ]
    `);
  });

  test('rejects a misspelled key instead of dropping it', () => {
    const { answer, ...rest } = valid;
    expect(issuesOf(FaqSchema, { ...rest, answr: answer })).toMatchInlineSnapshot(`
      [
        "answer: must be the answer.",
        "answr: is not a field this file can have. Check the spelling against the fields it takes (question, answer, order, sources, more) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });
});
