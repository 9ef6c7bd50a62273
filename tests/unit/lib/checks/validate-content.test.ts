import { describe, expect, test } from 'vitest';
import {
  ContentError,
  findFilesSharingAnId,
  findDanglingReferences,
  findDuplicateInnerIds,
  findDuplicateOrders,
  findFormerIdProblems,
  findDuplicateSkillPhrases,
  findUnknownComponentIds,
  findChaptersWithoutShortAnswer,
  findOverdueReviews,
  findProvisionalClaimProblems,
  findTypedFigureProblems,
  findTypedFigures,
  overdueReviewWarnings,
  validateCollections,
  type Collections,
  type LooseEntry,
} from '../../../../src/lib/checks/validate-content';

// Entries shaped as getCollection returns them once the schemas have run: references are { id, collection }.
const ref = (collection: string, id: string) => ({ id, collection });
const source = (id: string): LooseEntry => ({
  id,
  filePath: `content/sources/${id}.yaml`,
  data: { tag: id.toUpperCase() },
});
const ANSWER = '<ShortAnswer>\n\n- The point.\n\n</ShortAnswer>\n\n';
const chapter = (id: string, data: Record<string, unknown>, body = ANSWER): LooseEntry => ({
  id,
  filePath: `content/chapters/${id}.mdx`,
  data: { sources: [ref('sources', 's1')], related: [], selfCheck: [], ...data },
  body,
});
const stage = (id: string, order: number, milestoneIds: string[]): LooseEntry => ({
  id,
  filePath: `content/learning-path/${id}.yaml`,
  data: { order, milestones: milestoneIds.map((m) => ({ id: m, text: 'Ship a small app that calls a model API.' })) },
});

describe('findDanglingReferences', () => {
  test('finds nothing when every reference points to an entry', () => {
    const collections: Collections = {
      sources: [source('s1')],
      chapters: [
        chapter('intro', { part: 'role', order: 1, related: [ref('chapters', 'second')] }),
        chapter('second', { part: 'role', order: 2 }),
      ],
    };
    expect(findDanglingReferences(collections)).toEqual([]);
  });

  test('names the file and the field of a reference that points nowhere', () => {
    const collections: Collections = {
      sources: [source('s1')],
      chapters: [chapter('intro', { sources: [ref('sources', 's1'), ref('sources', 's9')] })],
    };
    expect(findDanglingReferences(collections)).toMatchInlineSnapshot(`
      [
        "content/chapters/intro.mdx: **sources[1]** points to "s9", which is not in sources. Use an existing id (s1) or add content/sources/s9.",
      ]
    `);
  });

  test('finds a reference nested inside a list of objects', () => {
    const collections: Collections = {
      sources: [source('s1')],
      'company-groups': [],
      companies: [
        {
          id: 'acme',
          filePath: 'content/companies/acme.yaml',
          data: { groups: [], sources: [], notes: [{ text: 'Hires.', source: ref('sources', 's7') }] },
        },
      ],
    };
    expect(findDanglingReferences(collections)).toMatchInlineSnapshot(`
      [
        "content/companies/acme.yaml: **notes[0].source** points to "s7", which is not in sources. Use an existing id (s1) or add content/sources/s7.",
      ]
    `);
  });

  test('finds a milestone resource whose source does not exist', () => {
    const milestones = [
      {
        id: 'm2-evals',
        text: 'Write an eval harness.',
        hours: 14,
        resources: [{ name: 'Promptfoo or Braintrust', source: ref('sources', 's3') }],
      },
    ];
    const collections: Collections = {
      sources: [source('s1')],
      'learning-path': [
        {
          id: 'month-2',
          filePath: 'content/learning-path/month-2.yaml',
          data: { sources: [ref('sources', 's1')], milestones },
        },
      ],
    };
    expect(findDanglingReferences(collections)).toMatchInlineSnapshot(`
      [
        "content/learning-path/month-2.yaml: **milestones[0].resources[0].source** points to "s3", which is not in sources. Use an existing id (s1) or add content/sources/s3.",
      ]
    `);
  });

  test('falls back to collection/id when the entry has no file path', () => {
    const collections: Collections = {
      sources: [source('s1')],
      faq: [{ id: 'what-is-it', data: { sources: [ref('sources', 's2')] } }],
    };
    expect(findDanglingReferences(collections)).toMatchInlineSnapshot(`
      [
        "faq/what-is-it: **sources[0]** points to "s2", which is not in sources. Use an existing id (s1) or add content/sources/s2.",
      ]
    `);
  });

  test('lists at most eight existing ids in its suggestion', () => {
    const collections: Collections = {
      sources: Array.from({ length: 10 }, (_, i) => source(`s${i}`)),
      chapters: [chapter('intro', { sources: [ref('sources', 's99')] })],
    };
    expect(findDanglingReferences(collections)).toMatchInlineSnapshot(`
      [
        "content/chapters/intro.mdx: **sources[0]** points to "s99", which is not in sources. Use an existing id (s0, s1, s2, s3, s4, s5, s6, s7, ...) or add content/sources/s99.",
      ]
    `);
  });

  test('leaves alone a reference to a collection it was not given', () => {
    expect(findDanglingReferences({ chapters: [chapter('intro', {})] })).toEqual([]);
  });
});

describe('findUnknownComponentIds', () => {
  const collections = (body: string): Collections => ({
    sources: [source('s1'), source('s3')],
    'salary-bands': [{ id: 's1-senior', filePath: 'content/salary-bands/s1-senior.yaml', data: {} }],
    'company-groups': [{ id: 's1-ai-native', filePath: 'content/company-groups/s1-ai-native.yaml', data: {} }],
    chapters: [chapter('intro', {}, body)],
  });

  test('finds nothing when every component names existing entries', () => {
    const body =
      'Pay is <Pay band="s1-senior" /> <Cite s="s1 s3" />.\n\n<CompanyList source="s1" group="s1-ai-native" />\n\n<SalaryBands source="s3" level="senior" />';
    expect(findUnknownComponentIds(collections(body))).toEqual([]);
  });

  test('names the file and the tag of a <Pay band> that names no band', () => {
    expect(findUnknownComponentIds(collections('Senior pay is <Pay band="nope" />.'))).toMatchInlineSnapshot(`
      [
        "content/chapters/intro.mdx: **<Pay band="nope">** names "nope", which is not in salary-bands. Use an existing id (s1-senior) or add content/salary-bands/nope.yaml.",
      ]
    `);
  });

  test('checks each id of a <Cite> that cites several sources', () => {
    expect(findUnknownComponentIds(collections('As two sources say <Cite s="s1, s4" />.'))).toMatchInlineSnapshot(`
      [
        "content/chapters/intro.mdx: **<Cite s="s1, s4">** names "s4", which is not in sources. Use an existing id (s1, s3) or add content/sources/s4.yaml.",
      ]
    `);
  });

  test('checks the source and group of <CompanyList> and the source of <SalaryBands>', () => {
    const body = '<CompanyList source="s1" group="s2-frontier-lab" />\n\n<SalaryBands caption="Pay" source="s2" />';
    expect(findUnknownComponentIds(collections(body))).toMatchInlineSnapshot(`
      [
        "content/chapters/intro.mdx: **<CompanyList group="s2-frontier-lab">** names "s2-frontier-lab", which is not in company-groups. Use an existing id (s1-ai-native) or add content/company-groups/s2-frontier-lab.yaml.",
        "content/chapters/intro.mdx: **<SalaryBands source="s2">** names "s2", which is not in sources. Use an existing id (s1, s3) or add content/sources/s2.yaml.",
      ]
    `);
  });

  test('ignores components shown in code rather than used', () => {
    const body = 'Write `<Pay band="s9-example" />` in prose.\n\n```mdx\n<Cite s="s9" />\n```\n';
    expect(findUnknownComponentIds(collections(body))).toEqual([]);
  });

  test('does not mistake a longer tag name for a component', () => {
    expect(findUnknownComponentIds(collections('<Payslip band="nope" />'))).toEqual([]);
  });
});

describe('findChaptersWithoutShortAnswer', () => {
  test('accepts a body that opens with <ShortAnswer>, after blank lines, comments or imports', () => {
    const bodies = [
      ANSWER,
      `\n\n${ANSWER}`,
      `{/* editor's note */}\n${ANSWER}`,
      `import X from './x';\n\n${ANSWER}`,
      '<ShortAnswer title="In short">\n\n- a\n\n</ShortAnswer>',
    ];
    expect(findChaptersWithoutShortAnswer(bodies.map((b, i) => chapter(`c${i}`, {}, b)))).toEqual([]);
  });

  test('leaves a draft alone until it is published', () => {
    expect(findChaptersWithoutShortAnswer([chapter('wip', { draft: true }, 'Notes for later.')])).toEqual([]);
    expect(findChaptersWithoutShortAnswer([chapter('wip', { draft: false }, 'Notes for later.')])).toHaveLength(1);
  });

  test('names each chapter whose body opens with anything else, and says what to write', () => {
    const problems = findChaptersWithoutShortAnswer([
      chapter('a', {}, 'Pay is one of the reasons.\n\n' + ANSWER),
      chapter('b', {}, '## First\n'),
      chapter('c', {}, ''),
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatchInlineSnapshot(
      `"content/chapters/a.mdx: the chapter does not open with <ShortAnswer>. Start the body with three to six points (or a small table) a reader can act on, inside <ShortAnswer>...</ShortAnswer>, before any other text (see CONTRIBUTING.md)."`,
    );
  });
});

describe('findDuplicateOrders', () => {
  test('reports two chapters of one part that share an order, naming both files', () => {
    const chapters = [chapter('intro', { part: 'role', order: 1 }), chapter('second', { part: 'role', order: 1 })];
    expect(findDuplicateOrders('chapters', chapters, 'part')).toMatchInlineSnapshot(`
      [
        "content/chapters/second.mdx: **order** 1 is already used by content/chapters/intro.mdx in part "role". Give each a different order.",
      ]
    `);
  });

  test('allows the same order in two different parts', () => {
    const chapters = [chapter('intro', { part: 'role', order: 1 }), chapter('second', { part: 'reference', order: 1 })];
    expect(findDuplicateOrders('chapters', chapters, 'part')).toEqual([]);
  });

  test('compares a whole collection when there are no groups', () => {
    expect(findDuplicateOrders('learning-path', [stage('month-1', 1, []), stage('month-2', 1, [])]))
      .toMatchInlineSnapshot(`
      [
        "content/learning-path/month-2.yaml: **order** 1 is already used by content/learning-path/month-1.yaml. Give each a different order.",
      ]
    `);
  });
});

describe('findDuplicateInnerIds', () => {
  test('reports a milestone id used in two stages, naming both files', () => {
    const stages = [stage('month-1', 1, ['m1-first-app']), stage('month-2', 2, ['m1-first-app'])];
    expect(findDuplicateInnerIds('learning-path', stages, 'milestones', 'collection')).toMatchInlineSnapshot(`
      [
        "content/learning-path/month-2.yaml: **milestones[0].id** "m1-first-app" is already used in content/learning-path/month-1.yaml. Ids must be unique: readers' saved progress is keyed by them.",
      ]
    `);
  });

  test('allows the same self-check id in two chapters', () => {
    const q = (id: string) => [{ id, question: 'Can you say what RAG is?' }];
    const chapters = [
      chapter('intro', { selfCheck: q('what-is-rag') }),
      chapter('second', { selfCheck: q('what-is-rag') }),
    ];
    expect(findDuplicateInnerIds('chapters', chapters, 'selfCheck', 'entry')).toEqual([]);
  });

  test('reports a self-check id used twice within one chapter', () => {
    const selfCheck = [
      { id: 'what-is-rag', question: 'Can you say what RAG is?' },
      { id: 'what-is-rag', question: 'Can you say when RAG helps?' },
    ];
    expect(findDuplicateInnerIds('chapters', [chapter('intro', { selfCheck })], 'selfCheck', 'entry'))
      .toMatchInlineSnapshot(`
      [
        "content/chapters/intro.mdx: **selfCheck[1].id** "what-is-rag" is already used earlier in this file. Ids must be unique: readers' saved progress is keyed by them.",
      ]
    `);
  });
});

describe('findDuplicateSkillPhrases', () => {
  const skill = (id: string, phrases: string[]): LooseEntry => ({
    id,
    filePath: `content/skills/${id}.yaml`,
    data: { phrases },
  });

  test('accepts skills whose phrases differ, however similar they look', () => {
    expect(
      findDuplicateSkillPhrases([
        skill('evaluation', ['evals', 'eval harness']),
        skill('retrieval-rag', ['RAG', 'retrieval']),
      ]),
    ).toEqual([]);
  });

  test('refuses a phrase two skills claim, naming both files, the phrase and the fix', () => {
    expect(
      findDuplicateSkillPhrases([
        skill('evaluation', ['evals', 'LLM-as-judge']),
        skill('model-literacy', ['LLM-as-judge']),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "content/skills/model-literacy.yaml: **phrases[0]** "LLM-as-judge" is already claimed by content/skills/evaluation.yaml (as "LLM-as-judge"), and a phrase in a posting can mean only one skill. Keep it in the file whose skill it names best and remove it from the other, or make it longer in both (such as "eval harness" and "test harness").",
      ]
    `);
  });

  test('sees through case, punctuation, plurals and spelling, as the reader matches them', () => {
    const problems = findDuplicateSkillPhrases([
      skill('model-literacy', ['LLMs', 'model behaviour']),
      skill('llm-api-fluency', ['llm', 'Model Behavior']),
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"llm" is already claimed by content/skills/model-literacy.yaml (as "LLMs")');
    expect(problems[1]).toContain(
      '"Model Behavior" is already claimed by content/skills/model-literacy.yaml (as "model behaviour")',
    );
  });

  test('a phrase with a hyphen also claims its one-word form', () => {
    expect(
      findDuplicateSkillPhrases([
        skill('fine-tuning-and-serving', ['fine-tuning']),
        skill('model-literacy', ['finetuning']),
      ]),
    ).toHaveLength(1);
  });

  test('refuses the same phrase twice in one file', () => {
    expect(findDuplicateSkillPhrases([skill('evaluation', ['eval', 'Evals'])])).toMatchInlineSnapshot(`
      [
        "content/skills/evaluation.yaml: **phrases[1]** "Evals" is the same phrase as "eval" earlier in this file, once case, punctuation and plurals are ignored. Remove one of them.",
      ]
    `);
  });

  test('is one of the checks the build runs on the whole collection', () => {
    expect(validateCollections({ skills: [skill('a', ['rag']), skill('b', ['RAG'])] })).toHaveLength(1);
  });
});

describe('findTypedFigures', () => {
  test('finds dollar figures typed in prose, with their line', () => {
    expect(findTypedFigures('Pay starts at $150K.\n\nSome earn $1.2M, others $ 90,000+ a year.')).toEqual([
      { line: 1, text: '$150K' },
      { line: 3, text: '$1.2M' },
      { line: 3, text: '$ 90,000+' },
    ]);
  });

  test('leaves figures in code blocks and inline code alone', () => {
    expect(findTypedFigures('```\nprice = "$100K"\n```\n\nRun `echo $5` here.\n\n~~~\n$7M\n~~~')).toEqual([]);
  });

  test('counts lines from the line a body starts on in its file', () => {
    expect(findTypedFigures('\nA $5K bonus.', 9)).toEqual([{ line: 10, text: '$5K' }]);
  });

  test('finds nothing in a sentence with no dollar figure', () => {
    expect(
      findTypedFigures('The band <Pay band="s1-senior" /> is from the 2026 survey; 3 in 5 engineers agree.'),
    ).toEqual([]);
  });
});

describe('findTypedFigureProblems', () => {
  test("names the file and the file's own line, after the frontmatter, and says to use <Pay>", () => {
    const body = `${ANSWER}Seniors earn $250K.`;
    const intro = {
      ...chapter('intro', { part: 'role', order: 1 }, body),
      source: `---\ntitle: Intro\norder: 1\n---\n\n${body}`,
    };
    expect(findTypedFigureProblems([intro])).toMatchInlineSnapshot(`
      [
        "content/chapters/intro.mdx:12: "$250K" is a money figure typed by hand. Print figures with <Pay band="<id>" /> from content/salary-bands/, so each one carries its source and date.",
      ]
    `);
  });

  test('does not scan the frontmatter, and leaves drafts alone until they are published', () => {
    const withFigureInFrontmatter = {
      ...chapter('intro', { part: 'role', order: 1 }),
      source: `---\ndescription: Pay from $100K up.\n---\n${ANSWER}`,
    };
    const draft = chapter('wip', { part: 'role', order: 2, draft: true }, 'Seniors earn $250K.');
    expect(findTypedFigureProblems([withFigureInFrontmatter, draft])).toEqual([]);
    expect(findTypedFigureProblems([{ ...draft, data: { ...draft.data, draft: false } }])).toEqual([
      expect.stringMatching(/^content\/chapters\/wip\.mdx:1: "\$250K"/),
    ]);
  });
});

describe('findProvisionalClaimProblems', () => {
  const provisionalSource = { ...source('s0'), data: { tag: 'S0', provisionalClaims: ['pay', 'growth', 'employers'] } };
  const cites = (...ids: string[]) => ({ sources: ids.map((id) => ref('sources', id)) });

  test('accepts a provisional chapter that rests on claims a cited source calls provisional, and chapters that rest on none', () => {
    const collections = {
      sources: [provisionalSource, source('s1')],
      chapters: [
        chapter('salary', { ...cites('s0', 's1'), status: 'provisional', provisionalClaims: ['pay', 'employers'] }),
        chapter('skills', { ...cites('s0'), status: 'reviewed' }),
      ],
    };
    expect(findProvisionalClaimProblems(collections)).toEqual([]);
  });

  test('refuses a claim no cited source calls provisional, and a reviewed status on a chapter that rests on one', () => {
    const collections = {
      sources: [provisionalSource, source('s1')],
      chapters: [chapter('future', { ...cites('s1'), status: 'reviewed', provisionalClaims: ['growth'] })],
    };
    expect(findProvisionalClaimProblems(collections)).toMatchInlineSnapshot(`
      [
        "content/chapters/future.mdx: **provisionalClaims** lists "growth", but none of the sources it cites (s1) calls its growth claims provisional. Remove it, or add the source whose provisional growth claims the chapter rests on to its sources.",
        "content/chapters/future.mdx: **status** is reviewed, but the chapter rests on provisional claims (provisionalClaims: growth). Set status: provisional; the page names those claims under its title.",
      ]
    `);
  });
});

describe('findOverdueReviews', () => {
  const now = new Date('2026-11-30T00:00:00Z');

  test('finds the published chapters updated more than six months ago, with the day their review fell due', () => {
    const chapters = [
      chapter('old', { updated: new Date('2026-05-29T00:00:00Z') }),
      chapter('due-today', { updated: new Date('2026-05-30T00:00:00Z') }),
      chapter('fresh', { updated: new Date('2026-11-22T00:00:00Z') }),
      chapter('old-draft', { updated: new Date('2024-01-15T00:00:00Z'), draft: true }),
    ];
    expect(findOverdueReviews(chapters, now)).toEqual([
      { file: 'content/chapters/old.mdx', due: new Date('2026-11-29T00:00:00Z') },
    ]);
  });

  test('reads an `updated` date written as text, and skips a chapter without one', () => {
    expect(findOverdueReviews([chapter('a', { updated: '2024-01-15' }), chapter('b', {})], now)).toEqual([
      { file: 'content/chapters/a.mdx', due: new Date('2024-07-15T00:00:00Z') },
    ]);
  });

  test('words the warning with the due date, the review period and the fix', () => {
    expect(overdueReviewWarnings([chapter('second', { updated: new Date('2024-01-15T00:00:00Z') })], now))
      .toMatchInlineSnapshot(`
      [
        "content/chapters/second.mdx: review overdue since 2024-07-15 (chapters are reviewed every 6 months). Re-check it against its sources, then set \`updated:\` to the review date.",
      ]
    `);
  });
});

describe('validateCollections', () => {
  test('finds nothing wrong with a consistent set of collections', () => {
    const collections: Collections = {
      sources: [source('s1')],
      chapters: [
        chapter('intro', { part: 'role', order: 1, selfCheck: [{ id: 'a', question: 'Can you say what RAG is?' }] }),
        chapter('second', { part: 'reference', order: 1 }),
      ],
      'learning-path': [stage('month-1', 1, ['m1-first-app']), stage('month-2', 2, ['m2-evals'])],
    };
    expect(validateCollections(collections)).toEqual([]);
  });

  test('collects every kind of problem into one list', () => {
    const collections: Collections = {
      sources: [source('s1')],
      'salary-bands': [],
      chapters: [
        chapter('intro', { part: 'role', order: 1, sources: [ref('sources', 's9')] }, '<Pay band="nope" />'),
        chapter('second', { part: 'role', order: 1 }),
      ],
      'learning-path': [stage('month-1', 1, ['m1-first-app']), stage('month-2', 1, ['m1-first-app'])],
    };
    // A dangling source, an unknown band, no short answer, a repeated order, a repeated stage order, a repeated milestone id.
    expect(validateCollections(collections)).toHaveLength(6);
  });

  test('refuses a money figure typed by hand in a published chapter', () => {
    const intro = chapter('intro', { part: 'role', order: 1 }, `${ANSWER}Seniors earn $250K.`);
    expect(validateCollections({ sources: [source('s1')], chapters: [intro] })).toEqual([
      expect.stringMatching(/^content\/chapters\/intro\.mdx:7: "\$250K" is a money figure typed by hand/),
    ]);
  });

  test("checks what chapters contain, with the file's own line numbers when its whole text is given", () => {
    const body = `${ANSWER}![x](https://tracker.example.com/p.png)`;
    const intro = {
      ...chapter('intro', { part: 'role', order: 1 }, body),
      source: `---\ntitle: Intro\n---\n\n${body}`,
    };
    const [problem, ...rest] = validateCollections({ sources: [source('s1')], chapters: [intro] });
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^content\/chapters\/intro\.mdx:11: the image "https:\/\/tracker\.example\.com\/p\.png" is loaded from another site/,
    );
  });

  test('refuses links to a draft in a published build, and not in development, where drafts are shown', () => {
    const collections: Collections = {
      sources: [source('s1')],
      chapters: [
        chapter('intro', { part: 'role', order: 1 }, `${ANSWER}See [the draft](/chapters/wip/).`),
        chapter('wip', { part: 'role', order: 2, draft: true }),
      ],
    };
    expect(validateCollections(collections)).toEqual([
      expect.stringMatching(
        /^content\/chapters\/intro\.mdx:7: links to \/chapters\/wip\/ \(line 7\), but content\/chapters\/wip\.mdx is a draft/,
      ),
    ]);
    expect(validateCollections(collections, { published: false })).toEqual([]);
  });
});

describe('ContentError', () => {
  test('lists the problems under one sentence that counts them, closes with the count, and carries no stack trace', () => {
    expect(new ContentError(['a.mdx: first problem.']).message).toMatchInlineSnapshot(`
      "The content has 1 content problem to fix:
      - a.mdx: first problem.

      Build stopped: 1 content problem, no pages written. \`npm run check:content\` finds them in seconds."
    `);
    const two = new ContentError(['a.mdx: first problem.', 'b.yaml: second problem.']);
    expect(two.message).toMatchInlineSnapshot(`
      "The content has 2 content problems to fix:
      - a.mdx: first problem.
      - b.yaml: second problem.

      Build stopped: 2 content problems, no pages written. \`npm run check:content\` finds them in seconds."
    `);
    expect(two.stack).toBe('');
  });
});

describe('findFormerIdProblems', () => {
  const renamedStage = (id: string, order: number, milestones: { id: string; formerIds?: string[] }[]): LooseEntry => ({
    id,
    filePath: `content/learning-path/${id}.yaml`,
    data: { order, milestones: milestones.map((m) => ({ ...m, text: 'Ship a small app that calls a model API.' })) },
  });

  test('accepts former ids that no item has now, each claimed once, across stages', () => {
    const stages = [
      renamedStage('month-1', 1, [{ id: 'm1-first-app', formerIds: ['m1-build-with-two-apis'] }]),
      renamedStage('month-2', 2, [{ id: 'm2-rag', formerIds: ['m2-first-rag'] }]),
    ];
    expect(findFormerIdProblems('learning-path', stages, 'milestones', 'collection')).toEqual([]);
  });

  test('names a former id that is some milestone now, and one two milestones claim', () => {
    const stages = [
      renamedStage('month-1', 1, [
        { id: 'm1-first-app', formerIds: ['m2-rag'] },
        { id: 'm1-second', formerIds: ['m1-old'] },
      ]),
      renamedStage('month-2', 2, [{ id: 'm2-rag', formerIds: ['m1-old'] }]),
    ];
    expect(findFormerIdProblems('learning-path', stages, 'milestones', 'collection')).toMatchInlineSnapshot(`
      [
        "content/learning-path/month-1.yaml: **milestones[0].formerIds[0]** "m2-rag" is the id of a milestone in the guide now, so progress saved under it stays there. Remove it from formerIds, or rename that item too.",
        "content/learning-path/month-2.yaml: **milestones[0].formerIds[0]** "m1-old" is already claimed by "m1-second". A former id moves readers' progress to one item: keep it on one.",
      ]
    `);
  });

  test('self-check questions are renamed within their chapter: two chapters may each have had the same id', () => {
    const q = (id: string, formerIds?: string[]) => ({ id, question: 'Can you explain the loop?', formerIds });
    const chapters = [
      chapter('a', { selfCheck: [q('new-one', ['old-one'])] }),
      chapter('b', { selfCheck: [q('other', ['old-one'])] }),
    ];
    expect(findFormerIdProblems('chapters', chapters, 'selfCheck', 'entry')).toEqual([]);
    expect(
      findFormerIdProblems(
        'chapters',
        [chapter('a', { selfCheck: [q('new-one', ['other']), q('other')] })],
        'selfCheck',
        'entry',
      )[0],
    ).toMatch(/selfCheck\[0\]\.formerIds\[0\]\*\* "other" is the id of a question/);
  });
});

describe('findFilesSharingAnId', () => {
  test('names chapter files whose names differ only in .md and .mdx, once per pair', () => {
    expect(
      findFilesSharingAnId([
        'content/chapters/intro.mdx',
        'content/chapters/skills.md',
        'content/chapters/intro.md',
        'content/chapters/deep/intro.md',
      ]),
    ).toEqual([
      'content/chapters/intro.md and content/chapters/intro.mdx are both the chapter "intro": a chapter\'s id and address are its file name without the extension. Keep one: delete the other, or rename it.',
    ]);
    expect(findFilesSharingAnId(['content/chapters/a.md', 'content/chapters/b.mdx'])).toEqual([]);
  });
});
