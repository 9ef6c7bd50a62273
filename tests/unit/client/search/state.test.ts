import { describe, expect, test } from 'vitest';
import {
  countFilters,
  createSearchState,
  filtersToggleText,
  resultsStatus,
  toggleFilter,
  type SearchState,
} from '../../../../src/client/search/state';

describe('filters', () => {
  test('counts the filter values that are on, over every key', () => {
    expect(countFilters({})).toBe(0);
    expect(countFilters({ kind: [], part: [] })).toBe(0);
    expect(countFilters({ kind: ['Chapter', 'Glossary'], part: ['Pay'] })).toBe(3);
  });

  test('turning a value on adds it to its key and leaves the other keys and the original as they were', () => {
    const before = { kind: ['Chapter'], part: ['Pay'] };
    const after = toggleFilter(before, 'kind', 'Glossary');
    expect(after).toEqual({ kind: ['Chapter', 'Glossary'], part: ['Pay'] });
    expect(before).toEqual({ kind: ['Chapter'], part: ['Pay'] });
  });

  test('turning a value off that is on removes it, and a key never set starts empty', () => {
    expect(toggleFilter({ kind: ['Chapter', 'Glossary'] }, 'kind', 'Chapter')).toEqual({ kind: ['Glossary'] });
    expect(toggleFilter({ kind: ['Chapter'] }, 'part', 'Pay')).toEqual({ kind: ['Chapter'], part: ['Pay'] });
  });

  test('the toggle says what a click does and how many filters are on', () => {
    expect(filtersToggleText(false, 0)).toBe('Show filters');
    expect(filtersToggleText(true, 0)).toBe('Hide filters');
    expect(filtersToggleText(false, 2)).toBe('Show filters (2 on)');
  });
});

describe('status line', () => {
  test('says there are no results for the query', () => {
    expect(resultsStatus('llm', 0, 0)).toBe('No results for “llm”.');
  });

  test('counts one result in the singular and several in the plural', () => {
    expect(resultsStatus('salary', 1, 1)).toBe('1 result for “salary”.');
    expect(resultsStatus('salary', 4, 4)).toBe('4 results for “salary”.');
  });

  test('says how many are shown when more results were found than shown', () => {
    expect(resultsStatus('rag', 23, 5)).toBe('23 results for “rag”, showing the first 5.');
  });
});

describe('the search state object', () => {
  test('starts from the initial query and a copy of its filters', () => {
    const initial = { query: 'evals', filters: { kind: ['Chapter'] } };
    const state = createSearchState(initial);
    expect(state.query).toBe('evals');
    state.toggle('kind', 'Glossary');
    expect(initial.filters).toEqual({ kind: ['Chapter'] });
    expect(createSearchState().filters).toEqual({});
  });

  test('each search that starts gets a number, and only the newest one is the latest', () => {
    const state = createSearchState();
    const first = state.start('ra');
    expect(state.isLatest(first)).toBe(true);
    const second = state.start('rag');
    expect(state.isLatest(first)).toBe(false);
    expect(state.isLatest(second)).toBe(true);
    expect(state.query).toBe('rag');
  });

  test('starting a search ends the wait for typing to pause', () => {
    const state = createSearchState();
    state.pending = true;
    state.start('rag');
    expect(state.pending).toBe(false);
  });

  test('subscribers hear every search that starts, with its query and the filters then on, until they unsubscribe', () => {
    const state = createSearchState({ query: '', filters: { kind: [] } });
    const heard: SearchState[] = [];
    const stop = state.subscribe((s) => heard.push(structuredClone(s)));
    state.start('salary');
    expect(state.toggle('kind', 'Chapter')).toBe(true);
    state.start('salary');
    expect(state.toggle('kind', 'Chapter')).toBe(false);
    stop();
    state.start('ignored');
    expect(heard).toEqual([
      { query: 'salary', filters: { kind: [] } },
      { query: 'salary', filters: { kind: ['Chapter'] } },
    ]);
  });

  test('filters set from outside are copied, not shared', () => {
    const state = createSearchState();
    const next = { part: ['Pay'] };
    state.setFilters(next);
    next.part.push('Work');
    expect(state.filters).toEqual({ part: ['Pay'] });
  });
});
