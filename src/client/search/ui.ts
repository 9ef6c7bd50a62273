// The search interface shared by the dialog and the /search/ page: a search field, filter chips
// (filters.ts), a live status line and the results (results.ts), and the keys that move between them
// (keys.ts), around one state object (state.ts). This module builds the field and runs the searches.
import { el } from './dom';
import { loadPagefind, rank, typedLength, warm } from './engine';
import { createFilters } from './filters';
import { listenForKeys } from './keys';
import { createResults } from './results';
import { countFilters, createSearchState, type SearchListener, type SearchState } from './state';

interface Options {
  idPrefix: string;
  initial?: SearchState;
  onChange?: SearchListener;
}

// How long typing must pause before results are shown. Short once the query has three letters (it is
// already being ranked, see warm in engine.ts); longer for one or two letters, which are rarely the whole
// query and would fetch several index chunks.
const PAUSE_MS = 80;
const SHORT_PAUSE_MS = 350;

export function mountSearch(container: HTMLElement, { idPrefix, initial, onChange }: Options) {
  const state = createSearchState(initial);
  if (onChange) state.subscribe(onChange);
  const label = el('label', { htmlFor: `${idPrefix}-input`, class: 'sr-only' }, 'Search the guide');
  const input = el('input', {
    id: `${idPrefix}-input`,
    type: 'search',
    value: state.query,
    placeholder: 'Search chapters, companies, skills, terms…',
    autocomplete: 'off',
    spellcheck: false,
    class:
      'w-full rounded-lg border border-zinc-300 bg-paper px-4 py-3 text-base text-ink placeholder:text-zinc-500 dark:border-zinc-600 dark:bg-night-raised dark:text-zinc-100 dark:placeholder:text-zinc-400',
  });
  input.setAttribute('aria-describedby', `${idPrefix}-status`);
  const filters = createFilters(idPrefix, state, () => void search());
  const status = el('p', { id: `${idPrefix}-status`, class: 'mt-3 text-sm text-zinc-600 dark:text-zinc-400' });
  status.setAttribute('role', 'status');
  const list = el('ul', { class: 'mt-3 space-y-2', id: `${idPrefix}-results` });
  list.setAttribute('aria-label', 'Search results');
  container.append(label, input, filters.toggle, filters.chips, status, list);
  const results = createResults(list, status, state);
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Searches for what the field holds now, with the current filters. */
  async function search() {
    clearTimeout(timer);
    const query = input.value.trim();
    const run = state.start(query);
    if (!query) return results.idle();
    results.searching();
    // Marks for scripts/bench/search-probe.mjs, which reports where the time after the last keystroke goes.
    performance.mark('search:start');
    const found = await rank(query, state.filters);
    if (!state.isLatest(run)) return;
    performance.mark('search:ranked');
    await results.show(query, found, run);
  }

  input.addEventListener('input', () => {
    const query = input.value.trim();
    warm(query, state.filters);
    clearTimeout(timer);
    if (!query) {
      void search();
      return;
    }
    state.pending = true;
    timer = setTimeout(() => void search(), typedLength(query) >= 3 ? PAUSE_MS : SHORT_PAUSE_MS);
  });
  listenForKeys(container, input, list, { pending: () => state.pending, searchNow: search });

  results.loading();
  const ready = loadPagefind()
    .then(() => Promise.all([countFilters(state.filters) ? filters.open() : undefined, search()]))
    .catch(() => results.failed());
  return {
    input,
    ready,
    setState(next: SearchState) {
      input.value = next.query;
      state.setFilters(next.filters);
      filters.refresh();
      void search();
    },
  };
}
