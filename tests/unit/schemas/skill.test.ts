import { describe, expect, test } from 'vitest';
import { SkillSchema } from '../../../src/schemas/skill';
import { issuesOf } from './issues';

const valid = {
  name: 'Evaluation',
  layer: 'craft',
  priority: 'must-have',
  good: 'Builds eval sets from real inputs and reruns them on every change.',
  evidence: 'An eval harness in a public repository with a results table.',
  phrases: ['evals', 'eval harness'],
  sources: ['s3', 's4'],
  order: 1,
};

const withField = (field: string, value: unknown) => ({ ...valid, [field]: value });

describe('SkillSchema', () => {
  test('parses a valid skill, fills in the defaults and turns ids into references', () => {
    expect(SkillSchema.parse(valid)).toEqual({
      ...valid,
      tools: [],
      sources: [
        { id: 's3', collection: 'sources' },
        { id: 's4', collection: 'sources' },
      ],
    });
  });

  test("takes the source that states a priority as a reference, and leaves it out when the priority is the guide's own", () => {
    expect(SkillSchema.parse({ ...valid, prioritySource: 's0' }).prioritySource).toEqual({
      id: 's0',
      collection: 'sources',
    });
    expect(SkillSchema.parse(valid)).not.toHaveProperty('prioritySource');
  });

  test('rejects a priority source given as a list instead of one id', () => {
    expect(issuesOf(SkillSchema, withField('prioritySource', ['s0', 's4']))).toMatchInlineSnapshot(`
      [
        "prioritySource: must be one id from content/sources/, not a list.",
      ]
    `);
  });

  test('rejects a layer outside foundation, craft and production', () => {
    expect(issuesOf(SkillSchema, withField('layer', 'advanced'))).toMatchInlineSnapshot(`
      [
        "layer: must be one of: foundation, craft, production.",
      ]
    `);
  });

  test('rejects a priority outside must-have and nice-to-have', () => {
    expect(issuesOf(SkillSchema, withField('priority', 'optional'))).toMatchInlineSnapshot(`
      [
        "priority: must be one of: must-have, nice-to-have.",
      ]
    `);
  });

  test('rejects a skill without an order', () => {
    const { order: _, ...rest } = valid;
    expect(issuesOf(SkillSchema, rest)).toMatchInlineSnapshot(`
      [
        "order: must be a whole number from 1, the position within the layer.",
      ]
    `);
  });

  test('rejects a description of good work or of evidence that is too short', () => {
    expect(issuesOf(SkillSchema, withField('good', 'Writes evals.'))).toMatchInlineSnapshot(`
      [
        "good: is too short; say in a sentence or two what good looks like.",
      ]
    `);
    expect(issuesOf(SkillSchema, withField('evidence', 'A repo.'))).toMatchInlineSnapshot(`
      [
        "evidence: is too short; name an artifact a candidate can show.",
      ]
    `);
  });

  test('rejects tools written as one name instead of a list', () => {
    expect(issuesOf(SkillSchema, withField('tools', 'Promptfoo'))).toMatchInlineSnapshot(`
      [
        "tools: must be a list of tool names, such as [Promptfoo].",
      ]
    `);
  });

  test('rejects an empty list of sources', () => {
    expect(issuesOf(SkillSchema, withField('sources', []))).toMatchInlineSnapshot(`
      [
        "sources: must name at least one source id (see content/sources/), such as [s1].",
      ]
    `);
  });

  test('rejects a skill without the phrases a job posting uses for it', () => {
    const { phrases: _, ...rest } = valid;
    expect(issuesOf(SkillSchema, rest)).toMatchInlineSnapshot(`
      [
        "phrases: must be a list of the words and phrases a job posting uses for this skill, such as [evals, eval harness].",
      ]
    `);
    expect(issuesOf(SkillSchema, withField('phrases', []))).toMatchInlineSnapshot(`
      [
        "phrases: must list at least one word or phrase a job posting uses for this skill, such as [evals].",
      ]
    `);
  });

  test('rejects phrases written as one line instead of a list', () => {
    expect(issuesOf(SkillSchema, withField('phrases', 'evals, eval harness'))).toMatchInlineSnapshot(`
      [
        "phrases: must be a list of the words and phrases a job posting uses for this skill, such as [evals, eval harness].",
      ]
    `);
  });

  test('rejects an empty phrase, and one with no letter or digit, naming the line', () => {
    expect(issuesOf(SkillSchema, withField('phrases', ['evals', '   ', '--']))).toMatchInlineSnapshot(`
      [
        "phrases.1: is empty; write a word or phrase a posting would use, or remove the line.",
        "phrases.2: has no letter or digit; write a word or phrase a posting would use, or remove the line.",
      ]
    `);
  });

  test('trims the phrases it keeps', () => {
    expect(SkillSchema.parse(withField('phrases', ['  LLM-as-judge '])).phrases).toEqual(['LLM-as-judge']);
  });

  test('rejects a misspelled key instead of dropping it', () => {
    expect(issuesOf(SkillSchema, withField('tool', ['Promptfoo']))).toMatchInlineSnapshot(`
      [
        "tool: is not a field this file can have. Check the spelling against the fields it takes (name, layer, priority, prioritySource, good, evidence, phrases, tools, sources, order) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });
});
