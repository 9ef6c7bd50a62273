import { describe, expect, test } from 'vitest';
import { asksOf, clausesOf, headingKind, kindsOfMarks, ownKind } from '../../../../src/lib/posting/asks';
import { buildMatcher } from '../../../../src/lib/posting/match';

const matcher = buildMatcher([
  { id: 'python', phrases: ['Python'] },
  { id: 'rag', phrases: ['RAG'] },
  { id: 'evals', phrases: ['evals'] },
  { id: 'langchain', phrases: ['LangChain'] },
  { id: 'fine-tuning', phrases: ['fine-tuning'] },
]);
/** Each skill the text names and how: "python:required". */
const asks = (text: string) => {
  const marks = matcher.find(text);
  return [...asksOf(marks, kindsOfMarks(marks, clausesOf(text)))].map(([skill, kind]) => `${skill}:${kind}`);
};

describe('headings', () => {
  test('reads the common headings of a posting, with or without a colon or Markdown marks', () => {
    expect(
      [
        'Requirements',
        'Minimum qualifications:',
        '## What you’ll bring',
        '**Must have**',
        'You should have',
        'Your profile',
      ].map(headingKind),
    ).toEqual(Array(6).fill('required'));
    expect(
      ['Nice to have', 'Preferred qualifications', 'Bonus points:', 'A plus', 'It would be great if you also have'].map(
        headingKind,
      ),
    ).toEqual(Array(5).fill('plus'));
    expect(
      ['Responsibilities', "What you'll do", 'About the role', 'Benefits', 'In this role you will:'].map(headingKind),
    ).toEqual(Array(5).fill('named'));
  });

  test('a short requirement is not taken for a heading, nor is a list item or a sentence', () => {
    expect(headingKind('Hands-on experience with RAG')).toBeUndefined();
    expect(headingKind('- You have used a vector store')).toBeUndefined();
    expect(headingKind('Requirements are listed below.')).toBeUndefined();
    expect(headingKind('Solid Python and SQL')).toBeUndefined();
  });
});

describe('a sentence in its own words', () => {
  test('plus words win over requirement words, and "not required" is a plus', () => {
    expect(ownKind('Experience with LangChain is a plus')).toBe('plus');
    expect(ownKind('A degree is not required')).toBe('plus');
    expect(ownKind('You must have shipped RAG')).toBe('required');
    expect(ownKind('5+ years of Python')).toBe('required');
    expect(ownKind('We use Python')).toBeUndefined();
  });
});

describe('what a posting makes of each skill', () => {
  test('a heading sets the kind of the lines under it, until the next heading', () => {
    const text = 'Requirements\n- Python\n- RAG systems\n\nNice to have\n- LangChain\n- fine-tuning';
    expect(asks(text)).toEqual(['python:required', 'rag:required', 'langchain:plus', 'fine-tuning:plus']);
  });

  test('duties name a skill without requiring it, and a sentence can still require it', () => {
    expect(
      asks("AI Engineer\nWhat you'll do\n- Build RAG pipelines.\n- Write evals; strong Python is required."),
    ).toEqual(['rag:named', 'evals:named', 'python:required']);
  });

  test('"you have" in a plus section stays a plus', () => {
    expect(asks('Bonus points\n- You have used LangChain')).toEqual(['langchain:plus']);
  });

  test('a plus word after a comma makes only what follows it a plus', () => {
    expect(asks('You have\n- 5+ years building RAG systems, ideally in Python')).toEqual([
      'rag:required',
      'python:plus',
    ]);
  });

  test('a heading and its first item can share a line', () => {
    expect(asks('Nice to have: LangChain and evals\nMust have: Python')).toEqual([
      'langchain:plus',
      'evals:plus',
      'python:required',
    ]);
  });

  test('a numbered list item is one sentence, not a number and a sentence', () => {
    const text = 'Requirements\n1. Python in production.';
    expect(clausesOf(text).map((c) => [text.slice(c.start, c.end), c.kind])).toEqual([
      ['Requirements', 'required'],
      ['Python in production.', 'required'],
    ]);
  });

  test('a skill named several times takes its strongest kind, in the order first named', () => {
    expect(asks('AI Engineer\nWe use evals and RAG.\nNice to have: RAG\nRequirements: evals')).toEqual([
      'evals:required',
      'rag:plus',
    ]);
  });

  test('the first line is the title: it names the job and asks nothing, even with "required" in it', () => {
    expect(asks('Python Engineer (Clearance Required)\nWe build RAG tools.')).toEqual(['python:named', 'rag:named']);
  });

  test('a dot inside a word does not end the sentence', () => {
    expect(asks('AI Engineer\nMust know Node.js and Python')).toEqual(['python:required']);
  });
});
