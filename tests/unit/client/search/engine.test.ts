import { beforeEach, describe, expect, test, vi } from 'vitest';

// A stand-in for Pagefind's pagefind.js: records searches, and lets the test decide when each one finishes.
const pending: { query: string; finish: () => void }[] = [];
const searched: string[] = [];
const dataLoaded: string[] = [];
// Pages (with scores) the stand-in finds for a query; a query not listed finds pages a, b and c.
const pagesFor: Record<string, [string, number][]> = {};
// Metadata the stand-in returns for a page id, beside its title (a chapter's questions and aliases).
const metaFor: Record<string, Record<string, string>> = {};
// The options the engine gave Pagefind.
const given: Record<string, unknown>[] = [];
vi.mock('/pagefind/pagefind.js', () => ({
  options: async (o: Record<string, unknown>) => {
    given.push(o);
  },
  init: async () => {},
  filters: async () => ({}),
  search: (query: string) => {
    searched.push(query);
    return new Promise((done) =>
      pending.push({
        query,
        finish: () =>
          done({
            results: (
              pagesFor[query] ?? [
                ['a', 1],
                ['b', 1],
                ['c', 1],
              ]
            ).map(([id, score]) => ({
              id: pagesFor[query] ? id : `${query}-${id}`,
              score,
              data: async () => {
                dataLoaded.push(`${query}-${id}`);
                return {
                  url: `/chapters/${id}/`,
                  excerpt: `<mark>${query}</mark>`,
                  meta: { title: id.toUpperCase(), ...metaFor[id] },
                  filters: { kind: ['Chapter'], part: ['Pay'] },
                  sub_results: [],
                };
              },
            })),
          }),
      }),
    );
  },
}));

// The stand-in's own calls are the signals: a search starts when it is called (and waits in `pending`).
const searchStarted = (n = 1) => vi.waitFor(() => expect(pending).toHaveLength(n));
let engine: typeof import('../../../../src/client/search/engine');
beforeEach(async () => {
  vi.resetModules();
  pending.length = 0;
  searched.length = 0;
  dataLoaded.length = 0;
  given.length = 0;
  for (const key of Object.keys(pagesFor)) delete pagesFor[key];
  for (const key of Object.keys(metaFor)) delete metaFor[key];
  engine = await import('../../../../src/client/search/engine');
});

describe('search engine', () => {
  test("asks for the index's entry file with the page's tag, and runs on the page's own thread while the browser is offline", async () => {
    vi.stubGlobal('document', { documentElement: { dataset: { searchIndex: 'eef86947fe91' } } });
    vi.stubGlobal('navigator', { onLine: false });
    try {
      await engine.loadPagefind();
      expect(given).toEqual([expect.objectContaining({ metaCacheTag: 'eef86947fe91', noWorker: true })]);
    } finally {
      vi.unstubAllGlobals();
    }
    vi.resetModules();
    engine = await import('../../../../src/client/search/engine');
    given.length = 0;
    await engine.loadPagefind();
    expect(given).toHaveLength(1);
    expect(given[0]).not.toHaveProperty('metaCacheTag');
    expect(given[0]).not.toHaveProperty('noWorker');
  });

  test('typedLength counts letters and digits only', () => {
    expect(engine.typedLength(' re-')).toBe(2);
    expect(engine.typedLength('GPT 4')).toBe(4);
  });

  test('warm skips one- and two-letter prefixes and runs one ranking at a time, then the latest query', async () => {
    // Skipped at once: had either been ranked, it would come before "ret" below.
    engine.warm('r', {});
    engine.warm('re', {});
    expect(searched).toEqual([]);
    engine.warm('ret', {});
    await vi.waitFor(() => expect(searched).toEqual(['ret']));
    // Typed while "ret" is still ranking: only the latest waits, the one in between is never ranked.
    // Nothing can run until "ret" finishes, so the list is read at once.
    engine.warm('retr', {});
    engine.warm('retri', {});
    expect(searched).toEqual(['ret']);
    pending.shift()!.finish();
    await vi.waitFor(() => expect(searched).toEqual(['ret', 'retri']));
    pending.shift()!.finish();
    // The search run when typing pauses reuses the ranking already made.
    const ranking = await engine.rank('retri', {});
    expect(searched).toEqual(['ret', 'retri']);
    expect(ranking.total).toBe(3);
  });

  test("warm loads the top result's text only for a ranking nothing newer was typed during", async () => {
    engine.warm('ret', {});
    await searchStarted();
    engine.warm('retri', {}); // typed while "ret" ranks
    pending.shift()!.finish();
    // "retri" starts once "ret" has finished (and decided about its text).
    await vi.waitFor(() => expect(searched).toEqual(['ret', 'retri']));
    // "ret" finished with "retri" waiting: its text is not worth fetching.
    expect(dataLoaded).toEqual([]);
    pending.shift()!.finish();
    // "retri" is the latest: its first hit, and only that one, is loaded ahead of the pause.
    await vi.waitFor(() => expect(dataLoaded).toEqual(['retri-a']));
    const { hits } = await engine.rank('retri', {});
    await hits[0]!.load();
    expect(dataLoaded).toEqual(['retri-a']);
  });

  test('a ranking loads no result text until a hit is loaded, and each hit loads once', async () => {
    const ranked = engine.rank('evals', { part: ['Pay'] });
    await searchStarted();
    pending.shift()!.finish();
    const { hits } = await ranked;
    expect(dataLoaded).toEqual([]);
    const [first] = await Promise.all([hits[0]!.load(), hits[0]!.load()]);
    expect(dataLoaded).toEqual(['evals-a']);
    expect(first).toEqual({
      url: '/chapters/a/',
      title: 'A',
      kind: 'Chapter',
      part: 'Pay',
      excerpt: '<mark>evals</mark>',
      subResults: [],
    });
  });

  test('withHighlight keeps the heading anchor after the query', () => {
    expect(engine.withHighlight('/chapters/rag/#evals', 'rag evals')).toBe(
      '/chapters/rag/?highlight=rag%20evals#evals',
    );
  });

  test('withHighlight asks to mark only the words of a question that carry its topic', () => {
    expect(engine.withHighlight('/chapters/salary/', 'how much do AI engineers make?')).toBe(
      '/chapters/salary/?highlight=AI%20engineers%20make',
    );
  });

  test('searchTerms drops filler words from a question and keeps a keyword query as typed', () => {
    expect(engine.searchTerms('How much do AI engineers make?')).toBe('AI engineers make');
    expect(engine.searchTerms('ML engineer vs AI engineer')).toBe('ML engineer AI');
    expect(engine.searchTerms("what's the salary of an AI engineer's first job")).toBe(
      "salary AI engineer's first job",
    );
    expect(engine.searchTerms('retrieval evals')).toBe('retrieval evals');
    expect(engine.searchTerms('GPT-4o')).toBe('GPT-4o');
  });

  test('searchTerms leaves a quoted phrase, and a query of filler words only, as typed', () => {
    expect(engine.searchTerms('"how much"')).toBe('"how much"');
    expect(engine.searchTerms('what is it')).toBe('what is it');
  });

  test('withPartialMatches keeps the pages holding every word first, then those holding most words, then by score', () => {
    const page = (id: string, score: number) => ({ id, score });
    const merged = engine.withPartialMatches(
      [page('all', 1)],
      [
        [page('all', 5), page('two', 1), page('one-high', 9)],
        [page('two', 1), page('other-one', 2)],
      ],
    );
    expect(merged.map((p) => p.id)).toEqual(['all', 'two', 'one-high', 'other-one']);
  });

  test('a question with few pages holding every word also searches each word and lists partial matches after them', async () => {
    pagesFor['salary LoRA'] = [];
    pagesFor.salary = [
      ['pay', 2],
      ['data', 3],
    ];
    pagesFor.LoRA = [
      ['path', 1],
      ['data', 1],
    ];
    const ranked = engine.rank('what is the salary with LoRA', {});
    await vi.waitFor(() => expect(searched).toEqual(['salary LoRA']));
    pending.shift()!.finish();
    await vi.waitFor(() => expect(searched).toEqual(['salary LoRA', 'salary', 'LoRA']));
    for (const p of pending.splice(0)) p.finish();
    const { hits, total } = await ranked;
    expect(hits.map((h) => h.id)).toEqual(['data', 'pay', 'path']);
    expect(total).toBe(3);
  });

  test('a keyword query with enough pages holding every word is searched once, as typed', async () => {
    pagesFor['retrieval evals'] = ['a', 'b', 'c', 'd', 'e'].map((id) => [id, 1]);
    const ranked = engine.rank('retrieval evals', {});
    await searchStarted();
    pending.shift()!.finish();
    expect((await ranked).total).toBe(5);
    expect(searched).toEqual(['retrieval evals']);
  });

  test("questionMatch scores the closest of a page's questions and other names by the words they share with the query", () => {
    const meta = {
      questions: 'How much do AI engineers make? What counts as pay?',
      aliases: 'AI engineer salary; comp',
    };
    expect(engine.questionMatch('how much do AI engineers make', meta)).toBe(1);
    expect(engine.questionMatch('how much does an AI engineer make', meta)).toBeCloseTo(5 / 8);
    expect(engine.questionMatch('comp', meta)).toBe(1);
    expect(engine.questionMatch('what does an AI engineer do', meta)).toBeLessThan(0.5);
    expect(engine.questionMatch('anything', {})).toBe(0);
  });

  test('a question moves the page that lists it (nearly word for word) to the top of the first results', async () => {
    pagesFor['AI engineer'] = ['pay', 'role', 'path', 'skills', 'hiring', 'other'].map((id, i) => [id, 6 - i]);
    metaFor.pay = { questions: 'How much do AI engineers make?' };
    metaFor.role = { questions: 'What is an AI engineer? What does an AI engineer do?' };
    metaFor.other = { questions: 'What does an AI engineer do?' };
    const ranked = engine.rank('what does an AI engineer do', {});
    await searchStarted();
    pending.shift()!.finish();
    const { hits } = await ranked;
    // Only the first five are compared (their text is loaded first anyway): "other", sixth, stays where it was.
    expect(hits.map((h) => h.id)).toEqual(['role', 'pay', 'path', 'skills', 'hiring', 'other']);
    expect(dataLoaded).toEqual(['pay', 'role', 'path', 'skills', 'hiring'].map((id) => `AI engineer-${id}`));
  });

  test("a keyword query keeps Pagefind's order and loads no result text to rank", async () => {
    pagesFor.salary = ['a', 'b', 'c', 'd', 'e'].map((id) => [id, 1]);
    metaFor.e = { aliases: 'salary' };
    const ranked = engine.rank('salary', {});
    await searchStarted();
    pending.shift()!.finish();
    expect((await ranked).hits.map((h) => h.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(dataLoaded).toEqual([]);
  });
});
