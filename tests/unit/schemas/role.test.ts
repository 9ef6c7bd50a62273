import { describe, expect, test } from 'vitest';
import { RoleSchema } from '../../../src/schemas/role';
import { issuesOf } from './issues';

const valid = {
  name: 'AI engineer',
  order: 1,
  summary: 'Builds products on top of models that others trained.',
  trainsModels: 'Rarely',
  mainSkill: 'Software plus evals',
  startingPoint: 'Backend engineering',
  fineTuning: 'Sometimes',
  gpus: 'Mostly not',
  firstWin: 'A shipped AI feature',
  sources: ['s1'],
};

const withField = (field: string, value: unknown) => ({ ...valid, [field]: value });

describe('RoleSchema', () => {
  test('parses a valid role and turns its sources into references', () => {
    expect(RoleSchema.parse(valid)).toEqual({ ...valid, sources: [{ id: 's1', collection: 'sources' }] });
  });

  test('accepts a role that leaves out the questions the sources do not answer, so the table shows an empty cell', () => {
    const { trainsModels: _t, startingPoint: _s, fineTuning: _f, gpus: _g, firstWin: _w, ...rest } = valid;
    const parsed = RoleSchema.parse(rest);
    expect(parsed.mainSkill).toBe('Software plus evals');
    expect(parsed).not.toHaveProperty('fineTuning');
  });

  test('rejects an answer too short to say anything, pointing the editor at leaving the field out', () => {
    expect(issuesOf(RoleSchema, withField('fineTuning', ' x '))).toMatchInlineSnapshot(`
      [
        "fineTuning: is too short; answer "Fine-tuning" in a few words, or leave the field out when the sources do not say.",
      ]
    `);
  });

  test('rejects an answer that is not text', () => {
    expect(issuesOf(RoleSchema, withField('gpus', 42))).toMatchInlineSnapshot(`
      [
        "gpus: must answer "GPUs" in a few words; leave the field out when the sources do not say.",
      ]
    `);
  });

  test('rejects a summary too short to describe the role', () => {
    expect(issuesOf(RoleSchema, withField('summary', 'Builds apps.'))).toMatchInlineSnapshot(`
      [
        "summary: is too short; summarise the role in a sentence.",
      ]
    `);
  });

  test('rejects a role without an order', () => {
    const { order: _, ...rest } = valid;
    expect(issuesOf(RoleSchema, rest)).toMatchInlineSnapshot(`
      [
        "order: must be a whole number from 1, the row in the comparison table (the AI engineer is 1).",
      ]
    `);
  });

  test('rejects an empty list of sources', () => {
    expect(issuesOf(RoleSchema, withField('sources', []))).toMatchInlineSnapshot(`
      [
        "sources: must name at least one source id (see content/sources/), such as [s1].",
      ]
    `);
  });

  test('rejects a misspelled key instead of dropping it', () => {
    const { gpus, ...rest } = valid;
    expect(issuesOf(RoleSchema, { ...rest, GPUs: gpus })).toMatchInlineSnapshot(`
      [
        "GPUs: is not a field this file can have. Check the spelling against the fields it takes (name, order, summary, trainsModels, mainSkill, startingPoint, fineTuning, gpus, firstWin, sources) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });
});
