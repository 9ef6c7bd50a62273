import { describe, expect, test } from 'vitest';
import {
  buildRoadmap,
  milestoneAnchor,
  pathChapter,
  roadmapProgress,
  type RoadmapSkillInput,
  type RoadmapStageInput,
} from '../../../src/lib/roadmap';

const skill = (id: string, name: string, priority: 'must-have' | 'nice-to-have' = 'must-have'): RoadmapSkillInput => ({
  id,
  data: { name, priority },
});
const milestone = (id: string, hours: number, skills: string[] = []) => ({
  id,
  text: `Do ${id}.`,
  hours,
  skills: skills.map((k) => ({ id: k })),
});
const stage = (id: string, title: string, milestones: ReturnType<typeof milestone>[]): RoadmapStageInput => ({
  id,
  data: { title, milestones },
});

const SKILLS = [
  skill('evals', 'Evaluation'),
  skill('rag', 'Retrieval'),
  skill('agents', 'Agents', 'nice-to-have'),
  skill('papers', 'Reading papers', 'nice-to-have'),
];
const STAGES = [
  stage('one', 'Foundations', [milestone('a', 10, ['agents', 'rag']), milestone('b', 5)]),
  stage('two', 'Evaluation', [milestone('c', 20, ['evals', 'rag'])]),
];

describe('the roadmap drawn from the data', () => {
  test('keeps the stages and their milestones in path order, numbered from 1, with their hours added up', () => {
    const map = buildRoadmap(STAGES, SKILLS);
    expect(map.stages.map((s) => [s.step, s.id, s.title, s.hours])).toEqual([
      [1, 'one', 'Foundations', 15],
      [2, 'two', 'Evaluation', 20],
    ]);
    // Labelled by the weeks the hours take at the guide's 10 hours a week, as the learning path labels them.
    expect(map.stages.map((s) => s.weeks)).toEqual(['Weeks 1–2', 'Weeks 2–4']);
    expect(map.stages[0]!.milestones.map((m) => [m.id, m.text, m.hours])).toEqual([
      ['a', 'Do a.', 10],
      ['b', 'Do b.', 5],
    ]);
    expect(map.hours).toBe(35);
    expect(map.milestones).toBe(3);
  });

  test('a milestone added to the data is drawn with its hours and skills, with no other change', () => {
    const added = [
      STAGES[0]!,
      stage('two', 'Evaluation', [...STAGES[1]!.data.milestones.map((m) => ({ ...m })), milestone('d', 7, ['papers'])]),
    ];
    const map = buildRoadmap(added, SKILLS);
    const drawn = map.stages[1]!.milestones.at(-1)!;
    expect(drawn).toMatchObject({
      id: 'd',
      text: 'Do d.',
      hours: 7,
      skills: [{ id: 'papers', name: 'Reading papers', mustHave: false, milestones: ['d'] }],
    });
    expect(map.stages[1]!.hours).toBe(27);
    expect(map.milestones).toBe(4);
    expect(map.elsewhere.map((s) => s.id)).toEqual([]);
  });

  test('puts must-have skills first on a milestone, each kind in the order the milestone lists them', () => {
    const map = buildRoadmap(STAGES, SKILLS);
    expect(map.stages[0]!.milestones[0]!.skills.map((s) => [s.id, s.mustHave])).toEqual([
      ['rag', true],
      ['agents', false],
    ]);
    expect(map.stages[1]!.milestones[0]!.skills.map((s) => s.id)).toEqual(['evals', 'rag']);
  });

  test('lists each skill with the milestones that build it, in the order the path first builds them, and the skills no milestone builds', () => {
    const map = buildRoadmap(STAGES, SKILLS);
    expect(map.skills.map((s) => [s.id, s.milestones])).toEqual([
      ['agents', ['a']],
      ['rag', ['a', 'c']],
      ['evals', ['c']],
    ]);
    expect(map.elsewhere.map((s) => s.id)).toEqual(['papers']);
  });

  test('names a milestone whose skill is missing, rather than drawing a tag to nowhere', () => {
    expect(() => buildRoadmap([stage('one', 'Foundations', [milestone('a', 1, ['nope'])])], SKILLS)).toThrow(
      'Milestone "a" builds skill "nope", which is not in content/skills/.',
    );
  });

  test('links milestones to the chapter that shows <LearningPath />, or to none when no chapter does', () => {
    expect(
      pathChapter([
        { id: 'intro', body: 'Text.' },
        { id: 'path', body: 'Stages:\n\n<LearningPath />\n' },
      ]),
    ).toBe('path');
    expect(pathChapter([{ id: 'intro', body: '<LearningPaths />' }, { id: 'other' }])).toBeUndefined();
    expect(milestoneAnchor('m1-first')).toBe('milestone-m1-first');
  });
});

describe("the reader's progress on the roadmap", () => {
  const path = [
    { id: 'a', skills: ['agents', 'rag'] },
    { id: 'b', skills: [] },
    { id: 'c', skills: ['evals', 'rag'] },
  ];

  test('the next milestone is the first on the path not done, even when a later one is', () => {
    expect(roadmapProgress(path, new Set()).next).toBe('a');
    expect(roadmapProgress(path, new Set(['a', 'c'])).next).toBe('b');
    expect(roadmapProgress(path, new Set(['a', 'b', 'c'])).next).toBeUndefined();
  });

  test('each skill counts the milestones that build it, and how many of those are done', () => {
    expect(roadmapProgress(path, new Set(['c'])).skills).toEqual({
      agents: { done: 0, total: 1 },
      rag: { done: 1, total: 2 },
      evals: { done: 1, total: 1 },
    });
    expect(roadmapProgress(path, new Set()).skills.rag).toEqual({ done: 0, total: 2 });
  });

  test('ticks for milestones the path does not have change nothing', () => {
    expect(roadmapProgress(path, new Set(['gone']))).toEqual(roadmapProgress(path, new Set()));
  });

  test('a skill named twice on one milestone counts that milestone once', () => {
    expect(roadmapProgress([{ id: 'a', skills: ['rag', 'rag'] }], new Set(['a'])).skills).toEqual({
      rag: { done: 1, total: 1 },
    });
  });
});
