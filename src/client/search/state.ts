// The search interface's state: the query and filters a search runs with, which search is the latest
// (the answer to an older one is dropped), and whether a search is waiting for typing to pause.
// Subscribers hear each search as it starts; the /search/ page keeps its address in step that way.
// The list of results is not kept here: results.ts draws them as they load, one at a time.
import type { Filters } from './engine';

export interface SearchState {
  query: string;
  filters: Filters;
}
export type SearchListener = (state: SearchState) => void;

/** How many filter values are on, over every key. */
export const countFilters = (filters: Filters) => Object.values(filters).reduce((n, v) => n + v.length, 0);

/** The filters with one value turned on, or off if it was on; the other keys are left as they are. */
export function toggleFilter(filters: Filters, key: string, value: string): Filters {
  const values = new Set(filters[key] ?? []);
  if (values.has(value)) values.delete(value);
  else values.add(value);
  return { ...filters, [key]: [...values] };
}

/** The status line once results are known: how many, and how many of them are shown. */
export function resultsStatus(query: string, total: number, shown: number): string {
  if (total === 0) return `No results for “${query}”.`;
  return `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${total > shown ? `, showing the first ${shown}` : ''}.`;
}

/** The filters toggle's text: what a click does, and how many filters are on. */
export const filtersToggleText = (open: boolean, on: number) =>
  `${open ? 'Hide' : 'Show'} filters${on ? ` (${on} on)` : ''}`;

export function createSearchState(initial?: SearchState) {
  const listeners = new Set<SearchListener>();
  let latest = 0;
  const state = {
    query: initial?.query ?? '',
    filters: structuredClone(initial?.filters ?? {}) as Filters,
    /** True while a search waits for typing to pause. */
    pending: false,
    /** Starts a search for `query` with the current filters, tells the subscribers, and returns the search's number. */
    start(query: string): number {
      state.query = query;
      state.pending = false;
      for (const listener of listeners) listener({ query, filters: state.filters });
      return ++latest;
    },
    /** Whether search number `run` is still the latest one (an older search's answer is not shown). */
    isLatest: (run: number) => run === latest,
    /** Turns a filter value on or off; returns whether it is now on. */
    toggle(key: string, value: string): boolean {
      state.filters = toggleFilter(state.filters, key, value);
      return state.filters[key]!.includes(value);
    },
    setFilters(filters: Filters) {
      state.filters = structuredClone(filters);
    },
    /** Adds a subscriber; returns the function that removes it. */
    subscribe(listener: SearchListener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return state;
}

export type SearchStateObject = ReturnType<typeof createSearchState>;
