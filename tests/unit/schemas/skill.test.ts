import { describe, expect, test } from 'vitest';
import { SkillSchema } from '../../../src/schemas/skill';
import { issuesOf } from './issues';

const valid = {
  name: 'Evaluation',
  layer: 'craft',
  priority: 'must-have',
  good: 'Builds eval sets from real inputs and reruns them on every change.',
  evidence: 'An eval harness in a public repository with a results table.',
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

  test('rejects a misspelled key instead of dropping it', () => {
    expect(issuesOf(SkillSchema, withField('tool', ['Promptfoo']))).toMatchInlineSnapshot(`
      [
        "tool: is not a field this file can have. Check the spelling against the fields it takes (name, layer, priority, prioritySource, good, evidence, tools, sources, order) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });
});
