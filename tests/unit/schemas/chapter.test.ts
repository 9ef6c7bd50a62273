import { describe, expect, test } from 'vitest';
import { ChapterSchema } from '../../../src/schemas/chapter';
import { addDays, isoDay, today } from '../../../src/lib/dates';
import { issuesOf } from './issues';

// Frontmatter as Astro hands it over: YAML has already run, so a quoted date is still a string.
const valid = {
  title: 'A day in the work',
  description: 'How an AI engineer spends the week, and where the sources disagree about the balance.',
  part: 'work',
  order: 2,
  updated: '2026-06-11',
  status: 'reviewed',
  sources: ['s1', 's3'],
};

const withField = (field: string, value: unknown) => ({ ...valid, [field]: value });
const without = (field: keyof typeof valid) => {
  const { [field]: _, ...rest } = valid;
  return rest;
};

describe('ChapterSchema', () => {
  test('parses a valid chapter, fills in the defaults and turns ids into references', () => {
    expect(ChapterSchema.parse(valid)).toEqual({
      title: 'A day in the work',
      description: valid.description,
      part: 'work',
      order: 2,
      updated: new Date('2026-06-11T00:00:00Z'),
      status: 'reviewed',
      provisionalClaims: [],
      sources: [
        { id: 's1', collection: 'sources' },
        { id: 's3', collection: 'sources' },
      ],
      questions: [],
      aliases: [],
      related: [],
      changes: [],
      selfCheck: [],
      structuredData: [],
      draft: false,
    });
  });

  test('accepts an updated date that YAML has already read as a Date', () => {
    const date = new Date('2026-06-11T00:00:00Z');
    expect(ChapterSchema.parse(withField('updated', date)).updated).toEqual(date);
  });

  test('turns related slugs into chapter references and keeps self-checks', () => {
    const parsed = ChapterSchema.parse({
      ...valid,
      related: ['skills'],
      selfCheck: [{ id: 'name-the-loop', question: 'Can you name the four steps of the loop?' }],
      draft: true,
    });
    expect(parsed.related).toEqual([{ id: 'skills', collection: 'chapters' }]);
    expect(parsed.selfCheck).toEqual([{ id: 'name-the-loop', question: 'Can you name the four steps of the loop?' }]);
    expect(parsed.draft).toBe(true);
  });

  test('rejects a chapter without a title', () => {
    expect(issuesOf(ChapterSchema, without('title'))).toMatchInlineSnapshot(`
      [
        "title: is missing; every chapter needs a title.",
      ]
    `);
  });

  test('rejects a chapter without a description', () => {
    expect(issuesOf(ChapterSchema, without('description'))).toMatchInlineSnapshot(`
      [
        "description: is missing; write one or two sentences (50-160 characters) that say what the chapter gives the reader.",
      ]
    `);
  });

  test('rejects a misspelled key instead of dropping it', () => {
    const { description, ...rest } = valid;
    expect(issuesOf(ChapterSchema, { ...rest, descripton: description })).toMatchInlineSnapshot(`
      [
        "description: is missing; write one or two sentences (50-160 characters) that say what the chapter gives the reader.",
        "descripton: is not a field this file can have. Check the spelling against the fields it takes (title, description, questions, aliases, part, order, updated, status, provisionalClaims, sources, related, changes, selfCheck, structuredData, draft) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });

  test('rejects a part that is not one of the parts of the guide', () => {
    expect(issuesOf(ChapterSchema, withField('part', 'salaries'))).toMatchInlineSnapshot(`
      [
        "part: must be one of: role, work, skills, pay, hiring, path, interviews, growth, employers, reference.",
      ]
    `);
  });

  test('rejects a status other than draft, provisional or reviewed', () => {
    expect(issuesOf(ChapterSchema, withField('status', 'published'))).toMatchInlineSnapshot(`
      [
        "status: must be one of: draft, provisional, reviewed.",
      ]
    `);
  });

  test('rejects provisional claims that are not the kinds a source can call provisional', () => {
    expect(issuesOf(ChapterSchema, withField('provisionalClaims', ['salary bands']))).toMatchInlineSnapshot(`
      [
        "provisionalClaims.0: must be one of: pay, growth, employers.",
      ]
    `);
  });

  test('rejects an order that is not a whole number from 1', () => {
    expect(issuesOf(ChapterSchema, withField('order', 'first'))).toMatchInlineSnapshot(`
      [
        "order: must be a whole number from 1, the position within the part.",
      ]
    `);
    expect(issuesOf(ChapterSchema, withField('order', 1.5))).toMatchInlineSnapshot(`
      [
        "order: must be a whole number (1, 2, 3...).",
      ]
    `);
    expect(issuesOf(ChapterSchema, withField('order', 0))).toMatchInlineSnapshot(`
      [
        "order: starts at 1.",
      ]
    `);
  });

  test('accepts a description of exactly 50 and exactly 160 characters', () => {
    expect(ChapterSchema.safeParse(withField('description', 'x'.repeat(50))).success).toBe(true);
    expect(ChapterSchema.safeParse(withField('description', 'x'.repeat(160))).success).toBe(true);
  });

  test('rejects a description shorter than 50 characters', () => {
    expect(issuesOf(ChapterSchema, withField('description', 'x'.repeat(49)))).toMatchInlineSnapshot(`
      [
        "description: is too short for a meta description; write 50 to 160 characters.",
      ]
    `);
  });

  test('rejects a description longer than 160 characters', () => {
    expect(issuesOf(ChapterSchema, withField('description', 'x'.repeat(161)))).toMatchInlineSnapshot(`
      [
        "description: is too long for a meta description; search engines cut it after about 160 characters.",
      ]
    `);
  });

  test('rejects a title shorter than 3 or longer than 80 characters', () => {
    expect(issuesOf(ChapterSchema, withField('title', 'AI'))).toMatchInlineSnapshot(`
      [
        "title: is too short; use 3 to 80 characters.",
      ]
    `);
    expect(issuesOf(ChapterSchema, withField('title', 'x'.repeat(81)))).toMatchInlineSnapshot(`
      [
        "title: is too long; keep it to 80 characters so it fits the sidebar.",
      ]
    `);
  });

  test('rejects a title that is only spaces, since it is trimmed first', () => {
    expect(issuesOf(ChapterSchema, withField('title', '     '))).toMatchInlineSnapshot(`
      [
        "title: is too short; use 3 to 80 characters.",
      ]
    `);
  });

  test('rejects an updated date not written as YYYY-MM-DD', () => {
    expect(issuesOf(ChapterSchema, withField('updated', '11/06/2026'))).toMatchInlineSnapshot(`
      [
        "updated: must be the date the chapter last changed, written as YYYY-MM-DD (for example 2026-06-11).",
      ]
    `);
  });

  test('rejects an updated date in the right shape that is not a real date', () => {
    expect(issuesOf(ChapterSchema, withField('updated', '2026-13-01'))).toMatchInlineSnapshot(`
      [
        "updated: is not a real calendar date; write the date the chapter last changed as YYYY-MM-DD (for example 2026-06-11).",
      ]
    `);
  });

  test('rejects an empty list of sources', () => {
    expect(issuesOf(ChapterSchema, withField('sources', []))).toMatchInlineSnapshot(`
      [
        "sources: must name at least one source id (see content/sources/), such as [s1].",
      ]
    `);
  });

  test('rejects sources written as one id instead of a list', () => {
    expect(issuesOf(ChapterSchema, withField('sources', 's1'))).toMatchInlineSnapshot(`
      [
        "sources: must be a list of source ids, such as [s1, s3].",
      ]
    `);
  });

  test('rejects related written as one slug instead of a list', () => {
    expect(issuesOf(ChapterSchema, withField('related', 'skills'))).toMatchInlineSnapshot(`
      [
        "related: must be a list of chapter slugs, such as [skills, salary].",
      ]
    `);
  });

  test('rejects a self-check id that is not lower-kebab', () => {
    const selfCheck = [{ id: 'Name_The_Loop', question: 'Can you name the four steps of the loop?' }];
    expect(issuesOf(ChapterSchema, withField('selfCheck', selfCheck))).toMatchInlineSnapshot(`
      [
        "selfCheck.0.id: must be lower-kebab (a-z, 0-9 and single hyphens), such as \`ship-first-feature\`.",
      ]
    `);
  });

  test('rejects a self-check question that is too short to be a question', () => {
    expect(issuesOf(ChapterSchema, withField('selfCheck', [{ id: 'loop', question: 'Loop?' }]))).toMatchInlineSnapshot(`
      [
        "selfCheck.0.question: is too short; write a whole question (10 characters or more).",
      ]
    `);
  });

  test('rejects a self-check with a misspelled key', () => {
    const selfCheck = [{ id: 'loop', qestion: 'Can you name the four steps of the loop?' }];
    expect(issuesOf(ChapterSchema, withField('selfCheck', selfCheck))).toMatchInlineSnapshot(`
      [
        "selfCheck.0.question: must be the self-check question, as text.",
        "selfCheck.0.qestion: is not a field this file can have. Check the spelling against the fields it takes (id, question, formerIds) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });

  test('rejects structured data other than FAQPage or Occupation', () => {
    expect(issuesOf(ChapterSchema, withField('structuredData', ['Article']))).toMatchInlineSnapshot(`
      [
        "structuredData.0: must be FAQPage or Occupation.",
      ]
    `);
  });

  test('rejects draft written as a word instead of true or false', () => {
    expect(issuesOf(ChapterSchema, withField('draft', 'yes'))).toMatchInlineSnapshot(`
      [
        "draft: must be true or false.",
      ]
    `);
  });

  describe('questions and aliases', () => {
    test('keeps the questions readers ask and the other names of the topic, trimmed', () => {
      const parsed = ChapterSchema.parse({
        ...valid,
        questions: [' How much do AI engineers make? ', 'What counts as pay?'],
        aliases: ['AI engineer salary', ' comp '],
      });
      expect(parsed.questions).toEqual(['How much do AI engineers make?', 'What counts as pay?']);
      expect(parsed.aliases).toEqual(['AI engineer salary', 'comp']);
    });

    test('rejects a question that does not end with a question mark', () => {
      expect(issuesOf(ChapterSchema, withField('questions', ['How much do AI engineers make']))).toMatchInlineSnapshot(`
        [
          "questions.0: must end with a question mark; write it the way a reader asks it.",
        ]
      `);
    });

    test('rejects a question too short or too long to be one a reader types', () => {
      expect(issuesOf(ChapterSchema, withField('questions', ['Pay?', `Why ${'very '.repeat(25)}long?`])))
        .toMatchInlineSnapshot(`
        [
          "questions.0: is too short; write the whole question as a reader would type it (10 characters or more).",
          "questions.1: is too long for a search question; keep it to 120 characters.",
        ]
      `);
    });

    test('rejects an empty list of questions, and more than twelve', () => {
      expect(issuesOf(ChapterSchema, withField('questions', []))).toMatchInlineSnapshot(`
        [
          "questions: is empty; give at least one question, or leave the field out.",
        ]
      `);
      const many = Array.from({ length: 13 }, (_, i) => `Is question number ${i + 1} useful?`);
      expect(issuesOf(ChapterSchema, withField('questions', many))).toMatchInlineSnapshot(`
        [
          "questions: has more than 12 questions; keep the ones readers ask most.",
        ]
      `);
    });

    test('rejects a question or an alias given twice, even in other case or spacing', () => {
      expect(issuesOf(ChapterSchema, withField('questions', ['What counts as pay?', 'what counts  as pay?'])))
        .toMatchInlineSnapshot(`
        [
          "questions.1: repeats "what counts  as pay?"; list each one once.",
        ]
      `);
      expect(issuesOf(ChapterSchema, withField('aliases', ['comp', 'Comp']))).toMatchInlineSnapshot(`
        [
          "aliases.1: repeats "Comp"; list each one once.",
        ]
      `);
    });

    test('rejects questions or aliases written as one text instead of a list, and an empty alias', () => {
      expect(issuesOf(ChapterSchema, withField('questions', 'How much do AI engineers make?'))).toMatchInlineSnapshot(`
        [
          "questions: must be a list of questions, such as ["How much do AI engineers make?"].",
        ]
      `);
      expect(issuesOf(ChapterSchema, withField('aliases', 'comp'))).toMatchInlineSnapshot(`
        [
          "aliases: must be a list of other names, such as ["AI engineer salary", "comp"].",
        ]
      `);
      expect(issuesOf(ChapterSchema, withField('aliases', ['  ']))).toMatchInlineSnapshot(`
        [
          "aliases.0: is empty; write another name readers use for the topic.",
        ]
      `);
    });
  });

  describe('change notes', () => {
    const note = {
      date: '2026-06-10',
      note: 'The short answer now says where no source has data.',
      section: 'short-answer',
    };
    const day = (offset: number) => addDays(isoDay(today()), offset);

    test('keeps a dated one-line note, with the section it touched and a band announcement', () => {
      const parsed = ChapterSchema.parse(
        withField('changes', [
          note,
          { date: day(0), note: 'The senior range rose.', band: 's1-senior', figures: '0a1b2c3d' },
        ]),
      );
      expect(parsed.changes).toEqual([
        { ...note, date: new Date('2026-06-10T00:00:00Z') },
        {
          date: today(),
          note: 'The senior range rose.',
          band: { id: 's1-senior', collection: 'salary-bands' },
          figures: '0a1b2c3d',
        },
      ]);
    });

    test('rejects a note dated after today, with the day it is', () => {
      expect(issuesOf(ChapterSchema, withField('changes', [{ ...note, date: day(1) }]))).toEqual([
        `changes.0.date: is after today (${day(0)}); date a change note on the day the change was made.`,
      ]);
    });

    test('rejects a note that is not one sentence on one line', () => {
      expect(
        issuesOf(
          ChapterSchema,
          withField('changes', [
            { ...note, note: 'Short.' },
            { ...note, note: 'First line.\nSecond line.' },
            { ...note, note: 'No full stop at the end' },
            { date: note.date },
          ]),
        ),
      ).toMatchInlineSnapshot(`
        [
          "changes.0.note: is too short; say in one sentence what changed for the reader (10 characters or more).",
          "changes.1.note: runs over more than one line; a change note is one sentence on one line.",
          "changes.2.note: must end with a full stop; write it as one sentence.",
          "changes.3.note: must say what changed, as one sentence of text.",
        ]
      `);
    });

    test('rejects figures without the band, a band without figures, and figures that are no fingerprint', () => {
      expect(
        issuesOf(
          ChapterSchema,
          withField('changes', [
            { ...note, figures: '0a1b2c3d' },
            { ...note, band: 's1-senior' },
            { ...note, band: 's1-senior', figures: '180K' },
          ]),
        ),
      ).toMatchInlineSnapshot(`
        [
          "changes.0.figures: must come with \`band\`, and \`band\` with \`figures\`: a note that announces new band figures names the band and the fingerprint the content check printed.",
          "changes.1.figures: must come with \`band\`, and \`band\` with \`figures\`: a note that announces new band figures names the band and the fingerprint the content check printed.",
          "changes.2.figures: must be the 8-character fingerprint the content check printed for the band, such as \`3f9a1c2e\`.",
        ]
      `);
    });

    test('rejects a misspelled key in a note', () => {
      expect(issuesOf(ChapterSchema, withField('changes', [{ ...note, sectoin: 'x' }]))[0]).toMatch(
        /^changes\.0\.sectoin: is not a field this file can have/,
      );
    });
  });

  describe('former ids of a self-check question', () => {
    test('keeps the ids a question had before', () => {
      expect(
        ChapterSchema.parse(
          withField('selfCheck', [
            { id: 'negotiate-in-tc', question: 'Can you negotiate in total pay?', formerIds: ['tc-vs-base'] },
          ]),
        ).selfCheck[0]!.formerIds,
      ).toEqual(['tc-vs-base']);
    });

    test('rejects a former id that is not lower-kebab, and an empty list', () => {
      expect(
        issuesOf(
          ChapterSchema,
          withField('selfCheck', [
            { id: 'a-b', question: 'Can you negotiate in total pay?', formerIds: ['Old Id'] },
            { id: 'c-d', question: 'Can you negotiate in total pay?', formerIds: [] },
          ]),
        ),
      ).toMatchInlineSnapshot(`
        [
          "selfCheck.0.formerIds.0: must be lower-kebab (a-z, 0-9 and single hyphens), such as \`ship-first-feature\`.",
          "selfCheck.1.formerIds: is empty; list the ids this item had before, or leave the field out.",
        ]
      `);
    });
  });
});
