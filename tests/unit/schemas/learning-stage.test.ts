import { describe, expect, test } from 'vitest';
import { LearningStageSchema } from '../../../src/schemas/learning-stage';
import { issuesOf } from './issues';

const valid = {
  order: 1,
  title: 'Foundations',
  goals: ['Build with two model APIs'],
  milestones: [{ id: 'm1-first-app', text: 'Ship a small app that calls a model API.', hours: 12 }],
  doneWhen: ['Your app answers ten test questions and logs the cost of each call.'],
  firstProject: 'A command-line tool that sorts support messages into three categories.',
  sources: ['s4'],
};
const milestone = (extra: Record<string, unknown>) => ({
  id: 'm1-first-app',
  text: 'Ship a small app that calls a model API.',
  ...extra,
});

const withField = (field: string, value: unknown) => ({ ...valid, [field]: value });

describe('LearningStageSchema', () => {
  test('parses a valid stage, fills in the defaults and turns ids into references', () => {
    expect(LearningStageSchema.parse(valid)).toEqual({
      ...valid,
      milestones: [{ ...valid.milestones[0], skills: [], resources: [] }],
      projects: [],
      sources: [{ id: 's4', collection: 'sources' }],
    });
  });

  test('turns the skills a milestone builds into references to the skills collection', () => {
    const parsed = LearningStageSchema.parse(
      withField('milestones', [milestone({ hours: 12, skills: ['evaluation'] })]),
    );
    expect(parsed.milestones[0]!.skills).toEqual([{ id: 'evaluation', collection: 'skills' }]);
  });

  test('turns the source of each resource a milestone names into a reference to the sources collection', () => {
    const resources = [
      { name: 'Promptfoo or Braintrust', source: 's3' },
      { name: 'Papers on LLM evaluation', source: 's3' },
    ];
    const parsed = LearningStageSchema.parse(withField('milestones', [milestone({ hours: 14, resources })]));
    expect(parsed.milestones[0]!.resources).toEqual([
      { name: 'Promptfoo or Braintrust', source: { id: 's3', collection: 'sources' } },
      { name: 'Papers on LLM evaluation', source: { id: 's3', collection: 'sources' } },
    ]);
  });

  test('rejects a resource without the source that names it, or with a list of sources', () => {
    const resources = [{ name: 'Promptfoo' }, { name: 'Promptfoo', source: ['s3', 's1'] }];
    expect(issuesOf(LearningStageSchema, withField('milestones', [milestone({ hours: 14, resources })])))
      .toMatchInlineSnapshot(`
      [
        "milestones.0.resources.0.source: is missing; give the id of an entry in content/sources/ (its file name without the extension).",
        "milestones.0.resources.1.source: must be one id from content/sources/, not a list.",
      ]
    `);
  });

  test('rejects a resource written as a bare name, a name too short to mean anything, and a misspelled key', () => {
    const resources = [
      'Promptfoo',
      { name: 'P', source: 's3' },
      { name: 'Promptfoo', source: 's3', url: 'https://example.org' },
    ];
    expect(issuesOf(LearningStageSchema, withField('milestones', [milestone({ hours: 14, resources })])))
      .toMatchInlineSnapshot(`
      [
        "milestones.0.resources.0: must be a name and the source that names it, written as { name: Promptfoo or Braintrust, source: s3 }.",
        "milestones.0.resources.1.name: is too short; name the tool or resource as the source names it, such as "Promptfoo or Braintrust".",
        "milestones.0.resources.2.url: is not a field this file can have. Check the spelling against the fields it takes (name, source) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });

  test('rejects resources written as one item instead of a list', () => {
    expect(
      issuesOf(
        LearningStageSchema,
        withField('milestones', [milestone({ hours: 14, resources: { name: 'Promptfoo', source: 's3' } })]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "milestones.0.resources: must be a list of { name, source } items, such as [{ name: Promptfoo or Braintrust, source: s3 }].",
      ]
    `);
  });

  test('refuses a stage label written by hand: it comes from the hours', () => {
    expect(issuesOf(LearningStageSchema, withField('span', 'Month 1'))).toMatchInlineSnapshot(`
      [
        "span: is not a field this file can have. Check the spelling against the fields it takes (order, title, goals, milestones, projects, doneWhen, firstProject, sources) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });

  test("rejects a milestone without the guide's estimate of its hours", () => {
    expect(issuesOf(LearningStageSchema, withField('milestones', [milestone({})]))).toMatchInlineSnapshot(`
      [
        "milestones.0.hours: must be the guide's estimate of the study hours, a whole number such as 12.",
      ]
    `);
  });

  test('rejects an estimate that is not a whole number of hours from 1 to 200', () => {
    expect(
      issuesOf(
        LearningStageSchema,
        withField('milestones', [
          milestone({ hours: 2.5 }),
          milestone({ hours: 0 }),
          milestone({ hours: 400 }),
          milestone({ hours: '10' }),
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "milestones.0.hours: must be a whole number of hours, such as 12.",
        "milestones.1.hours: must be at least 1 hour.",
        "milestones.2.hours: is more than 200 hours; split the milestone into smaller ones.",
        "milestones.3.hours: must be the guide's estimate of the study hours, a whole number such as 12.",
      ]
    `);
  });

  test('rejects skills written as one id instead of a list', () => {
    expect(issuesOf(LearningStageSchema, withField('milestones', [milestone({ hours: 12, skills: 'evaluation' })])))
      .toMatchInlineSnapshot(`
      [
        "milestones.0.skills: must be a list of skill ids, such as [evaluation, retrieval-rag].",
      ]
    `);
  });

  test('rejects a milestone id that is not lower-kebab', () => {
    const milestones = [{ id: 'M1 First App', text: 'Ship a small app that calls a model API.', hours: 12 }];
    expect(issuesOf(LearningStageSchema, withField('milestones', milestones))).toMatchInlineSnapshot(`
      [
        "milestones.0.id: must be lower-kebab (a-z, 0-9 and single hyphens), such as \`ship-first-feature\`.",
      ]
    `);
  });

  test('rejects a milestone id with a double hyphen or a trailing hyphen', () => {
    const milestones = [
      { id: 'm1--first-app', text: 'Ship a small app that calls a model API.', hours: 12 },
      { id: 'm1-first-app-', text: 'Ship a small app that calls a model API.', hours: 12 },
    ];
    expect(issuesOf(LearningStageSchema, withField('milestones', milestones))).toMatchInlineSnapshot(`
      [
        "milestones.0.id: must be lower-kebab (a-z, 0-9 and single hyphens), such as \`ship-first-feature\`.",
        "milestones.1.id: must be lower-kebab (a-z, 0-9 and single hyphens), such as \`ship-first-feature\`.",
      ]
    `);
  });

  test('rejects a milestone without an id', () => {
    expect(
      issuesOf(
        LearningStageSchema,
        withField('milestones', [{ text: 'Ship a small app that calls a model API.', hours: 12 }]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "milestones.0.id: must be a lower-kebab id such as \`ship-first-feature\`.",
      ]
    `);
  });

  test('rejects a milestone whose text is too short', () => {
    expect(issuesOf(LearningStageSchema, withField('milestones', [{ id: 'm1-ship', text: 'Ship it.', hours: 2 }])))
      .toMatchInlineSnapshot(`
      [
        "milestones.0.text: is too short; write a short sentence.",
      ]
    `);
  });

  test('rejects a stage with no goals or no milestones', () => {
    expect(issuesOf(LearningStageSchema, withField('goals', []))).toMatchInlineSnapshot(`
      [
        "goals: must list at least one goal.",
      ]
    `);
    expect(issuesOf(LearningStageSchema, withField('milestones', []))).toMatchInlineSnapshot(`
      [
        "milestones: must list at least one milestone.",
      ]
    `);
  });

  test('rejects goals written as one line instead of a list', () => {
    expect(issuesOf(LearningStageSchema, withField('goals', 'Build with two model APIs'))).toMatchInlineSnapshot(`
      [
        "goals: must be a list of goals, one line each.",
      ]
    `);
  });

  test('rejects an order that is not a whole number from 1', () => {
    expect(issuesOf(LearningStageSchema, withField('order', 'one'))).toMatchInlineSnapshot(`
      [
        "order: must be a whole number from 1.",
      ]
    `);
    expect(issuesOf(LearningStageSchema, withField('order', 0))).toMatchInlineSnapshot(`
      [
        "order: starts at 1.",
      ]
    `);
  });

  test('rejects an empty list of sources', () => {
    expect(issuesOf(LearningStageSchema, withField('sources', []))).toMatchInlineSnapshot(`
      [
        "sources: must name at least one source id (see content/sources/), such as [s1].",
      ]
    `);
  });

  test('rejects a stage without a "done when" test or a first project', () => {
    const { doneWhen, firstProject, ...without } = valid;
    expect([doneWhen, firstProject]).not.toContain(undefined);
    expect(issuesOf(LearningStageSchema, without)).toMatchInlineSnapshot(`
      [
        "doneWhen: must be a list of one to four tests a reader can check, one sentence each.",
        "firstProject: must be the first project, written as one sentence.",
      ]
    `);
    expect(issuesOf(LearningStageSchema, withField('doneWhen', []))).toMatchInlineSnapshot(`
      [
        "doneWhen: must list at least one test that tells a reader the stage is done.",
      ]
    `);
  });

  test('rejects more than four "done when" tests', () => {
    const five = Array.from({ length: 5 }, (_, i) => `Your harness scores ${20 + i} questions with known answers.`);
    expect(issuesOf(LearningStageSchema, withField('doneWhen', five))).toMatchInlineSnapshot(`
      [
        "doneWhen: lists more than four tests; keep the one to four that matter most.",
      ]
    `);
  });

  test('rejects a "done when" test that is too short, not a sentence, or written as one line instead of a list', () => {
    expect(
      issuesOf(LearningStageSchema, withField('doneWhen', ['Harness done.', 'Your harness scores twenty questions'])),
    ).toMatchInlineSnapshot(`
      [
        "doneWhen.0: is too short; write the test as a full sentence such as "your harness scores 20 questions and compares two chunk sizes".",
        "doneWhen.1: must end with a full stop; write the test as one sentence.",
      ]
    `);
    expect(issuesOf(LearningStageSchema, withField('doneWhen', 'Your harness scores twenty questions.')))
      .toMatchInlineSnapshot(`
      [
        "doneWhen: must be a list of one to four tests a reader can check, one sentence each.",
      ]
    `);
  });

  test('rejects a first project written as more than one sentence', () => {
    const firstProject = 'A question-answering tool over your runbooks. Then deploy it for your team.';
    expect(issuesOf(LearningStageSchema, withField('firstProject', firstProject))).toMatchInlineSnapshot(`
      [
        "firstProject: must be one sentence; put further projects in \`projects\`.",
      ]
    `);
  });

  test('accepts a first project with a version number or a decimal in it', () => {
    const firstProject = 'A classifier that routes 2.5 times fewer tickets to people, built on Llama 3.1.';
    expect(LearningStageSchema.parse(withField('firstProject', firstProject)).firstProject).toBe(firstProject);
  });

  test('rejects a misspelled key instead of dropping it', () => {
    expect(issuesOf(LearningStageSchema, withField('project', ['A RAG app over your own notes'])))
      .toMatchInlineSnapshot(`
      [
        "project: is not a field this file can have. Check the spelling against the fields it takes (order, title, goals, milestones, projects, doneWhen, firstProject, sources) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });
});
