import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildMatcher, foldWord, phraseKeys, wordsOf } from '../../../../src/lib/posting/match';

const matcher = buildMatcher([
  { id: 'rag', phrases: ['RAG', 'retrieval-augmented generation', 'vector database'] },
  { id: 'evals', phrases: ['evals', 'evaluation', 'eval harness', 'LLM-as-judge'] },
  { id: 'models', phrases: ['LLM', 'model behavior'] },
  { id: 'prompts', phrases: ['prompt'] },
  { id: 'security', phrases: ['prompt injection'] },
  { id: 'fine-tuning', phrases: ['fine-tuning', 'GPU'] },
  { id: 'js', phrases: ['Node.js', 'optimisation'] },
]);
/** The marks as "text→skill", to read the tests at a glance. */
const found = (text: string) => matcher.find(text).map((m) => `${text.slice(m.start, m.end)}→${m.skill}`);

describe('words', () => {
  test('folds case, plurals and British spellings to one form', () => {
    expect(['LLMs', 'LLM', 'llms'].map(foldWord)).toEqual(['llm', 'llm', 'llm']);
    expect(['APIs', 'GPUs', 'evals', 'libraries', 'searches', 'caches', 'processes'].map(foldWord)).toEqual([
      'api',
      'gpu',
      'eval',
      'library',
      'search',
      'cach',
      'process',
    ]);
    expect(['status', 'analysis', 'class', 'bus'].map(foldWord)).toEqual(['status', 'analysis', 'class', 'bus']);
    expect(['optimisation', 'behaviour', 'modelling', 'judgement'].map(foldWord)).toEqual([
      'optimization',
      'behavior',
      'modeling',
      'judgment',
    ]);
  });

  test('keeps the place of each word in the original text, possessives and accents included', () => {
    const text = "the model's café";
    expect(wordsOf(text).map((w) => [text.slice(w.start, w.end), w.key])).toEqual([
      ['the', 'the'],
      ['model', 'model'],
      ['café', 'cafe'],
    ]);
  });

  test('a phrase with a hyphen or slash also has its one-word form', () => {
    expect(phraseKeys('fine-tuning')).toEqual([['fine', 'tuning'], ['finetuning']]);
    expect(phraseKeys('retrieval')).toEqual([['retrieval']]);
    expect(phraseKeys('--')).toEqual([]);
  });
});

describe('matching', () => {
  test('ignores case and punctuation, and reads plurals and common spellings as one', () => {
    expect(found('LLMs, llm and LLM-based tools')).toEqual(['LLMs→models', 'llm→models', 'LLM→models']);
    expect(found('RAG; Retrieval Augmented Generation; retrieval-augmented generation')).toEqual([
      'RAG→rag',
      'Retrieval Augmented Generation→rag',
      'retrieval-augmented generation→rag',
    ]);
    expect(found('Evals, EVALUATION and an LLM as a judge? No: LLM-as-judge.')).toEqual([
      'Evals→evals',
      'EVALUATION→evals',
      'LLM→models',
      'LLM-as-judge→evals',
    ]);
    expect(found('finetuning, fine tuning, Fine-Tuning, GPUs')).toEqual([
      'finetuning→fine-tuning',
      'fine tuning→fine-tuning',
      'Fine-Tuning→fine-tuning',
      'GPUs→fine-tuning',
    ]);
    expect(found('Model behaviour and optimization in Node.js')).toEqual([
      'Model behaviour→models',
      'optimization→js',
      'Node.js→js',
    ]);
  });

  test('respects word boundaries: a phrase inside a longer word is not a match', () => {
    expect(found('Drag the storage fragment; prompted, evaluations-free paragraph')).toEqual(['evaluations→evals']);
    expect(found('ragged edges and a GPUX board')).toEqual([]);
  });

  test('the longest phrase wins where phrases overlap', () => {
    expect(found('Defend against prompt injection; write a prompt.')).toEqual([
      'prompt injection→security',
      'prompt→prompts',
    ]);
    expect(found('an eval harness')).toEqual(['eval harness→evals']);
  });

  test('a phrase does not run across the end of a sentence or a line', () => {
    expect(found('We build on vector.\nDatabase work is next.')).toEqual([]);
    expect(found('prompt\ninjection')).toEqual(['prompt→prompts']);
    expect(found('model. Behavior')).toEqual([]);
  });

  test('finds nothing in text that names no skill, and nothing in an empty text', () => {
    expect(found('We sell garden furniture and need a bookkeeper.')).toEqual([]);
    expect(found('')).toEqual([]);
  });
});

describe('properties', () => {
  const phrases = [
    'RAG',
    'evals',
    'eval harness',
    'LLM',
    'prompt',
    'prompt injection',
    'fine-tuning',
    'GPU',
    'vector database',
  ];
  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom(...phrases, ' ', '. ', '\n', ', ', '-', 'the ', 'drag', 'Evals', 'LLMs'),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

  test('marks are in order, never overlap, and each sits on whole words', () => {
    fc.assert(
      fc.property(text, (t) => {
        const marks = matcher.find(t);
        let end = 0;
        for (const m of marks) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeGreaterThan(m.start);
          expect(/[\p{L}\p{N}]/u.test(t[m.start - 1] ?? '')).toBe(false);
          expect(/[\p{L}\p{N}]/u.test(t[m.end] ?? '')).toBe(false);
          end = m.end;
        }
      }),
    );
  });

  test('each mark, read again on its own, is a phrase of its skill', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const m of matcher.find(t))
          expect(matcher.find(t.slice(m.start, m.end))).toEqual([{ start: 0, end: m.end - m.start, skill: m.skill }]);
      }),
    );
  });

  test('upper or lower case changes nothing', () => {
    fc.assert(
      fc.property(text, (t) => {
        // Plain ASCII, so that changing case keeps every character where it was.
        const ascii = t.replace(/[^\x20-\x7e\n]/g, ' ');
        const skills = (s: string) => matcher.find(s).map((m) => [m.start, m.end, m.skill]);
        expect(skills(ascii.toLowerCase())).toEqual(skills(ascii.toUpperCase()));
      }),
    );
  });

  test('text added after a line break does not change the marks before it', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(matcher.find(`${a}\n${b}`).filter((m) => m.end <= a.length)).toEqual(matcher.find(a));
      }),
    );
  });
});
