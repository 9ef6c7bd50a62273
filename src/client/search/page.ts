// /search/: the search UI inline, kept in step with the address bar (?q=...&kind=...&part=...).
import { mountSearch } from './ui';
import type { SearchState } from './state';

const KEYS = ['kind', 'part'];

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of KEYS) filters[key] = params.getAll(key);
  return { query: params.get('q') ?? '', filters };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of KEYS) for (const v of state.filters[key] ?? []) params.append(key, v);
  const s = params.toString();
  return s ? `?${s}` : location.pathname;
}

export function mountSearchPage() {
  const mount = document.querySelector<HTMLElement>('[data-search-mount]');
  if (!mount) return;
  let lastUrl = location.search;
  const ui = mountSearch(mount, {
    idPrefix: 'search-page',
    initial: readState(location.search),
    onChange(state) {
      const next = writeState(state);
      const current = location.search || location.pathname;
      if (next === current) return;
      // Filters are deliberate choices: each gets a history entry. Typing replaces the current one.
      const filtersChanged = JSON.stringify(readState(lastUrl).filters) !== JSON.stringify(state.filters);
      if (filtersChanged) history.pushState(null, '', next);
      else history.replaceState(null, '', next);
      lastUrl = location.search;
    },
  });
  addEventListener('popstate', () => {
    lastUrl = location.search;
    ui.setState(readState(location.search));
  });
  ui.input.focus();
}
