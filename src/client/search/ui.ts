// The search interface shared by the dialog and the /search/ page: a search field, filter chips,
// a live status line (loading, count, empty), and results with their heading sub-results.
// Arrow keys move between the field and the result links; Enter opens the focused one.
import { excerptNodes } from './excerpt';
import { getFilterCounts, loadPagefind, rank, typedLength, warm, withHighlight, type Filters, type Hit, type Result } from './engine';

export interface SearchState { query: string; filters: Filters }
interface Options { idPrefix: string; initial?: SearchState; onChange?: (state: SearchState) => void }

const FILTER_LABELS: Record<string, string> = { kind: 'Kind', part: 'Part' };
// Results whose text loads with the first answer, and how many more each "Show more" adds. Every shown
// result costs one Pagefind fragment (about 3 KB gzip for a chapter), so the first answer stays short.
const FIRST = 5;
const MORE = 10;
// How long typing must pause before results are shown. Short once the query has three letters (it is
// already being ranked, see warm in engine.ts); longer for one or two letters, which are rarely the whole
// query and would fetch several index chunks.
const PAUSE_MS = 80;
const SHORT_PAUSE_MS = 350;
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { class?: string } = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  const { class: cls, ...rest } = props;
  if (cls) node.className = cls;
  Object.assign(node, rest);
  node.append(...children);
  return node;
}


export function mountSearch(container: HTMLElement, { idPrefix, initial, onChange }: Options) {
  const state: SearchState = { query: initial?.query ?? '', filters: structuredClone(initial?.filters ?? {}) };
  const label = el('label', { htmlFor: `${idPrefix}-input`, class: 'sr-only' }, 'Search the guide');
  const input = el('input', {
    id: `${idPrefix}-input`, type: 'search', value: state.query, placeholder: 'Search chapters, companies, skills, terms…', autocomplete: 'off', spellcheck: false,
    class: 'w-full rounded-lg border border-zinc-300 bg-paper px-4 py-3 text-base text-ink placeholder:text-zinc-500 dark:border-zinc-600 dark:bg-night-raised dark:text-zinc-100 dark:placeholder:text-zinc-400',
  });
  input.setAttribute('aria-describedby', `${idPrefix}-status`);
  // The filter chips sit behind a toggle: their values come from Pagefind's filter index, fetched when the
  // reader opens the filters (or arrives with filters in the address), not with every first search.
  const toggle = el('button', { type: 'button', class: 'mt-3 inline-flex min-h-8 items-center gap-1 rounded-md px-1 text-sm font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-300' });
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', `${idPrefix}-filters`);
  const chips = el('div', { id: `${idPrefix}-filters`, class: 'mt-2 flex flex-col gap-2 text-sm', hidden: true });
  const status = el('p', { id: `${idPrefix}-status`, class: 'mt-3 text-sm text-zinc-600 dark:text-zinc-400' });
  status.setAttribute('role', 'status');
  const list = el('ul', { class: 'mt-3 space-y-2', id: `${idPrefix}-results` });
  list.setAttribute('aria-label', 'Search results');
  container.append(label, input, toggle, chips, status, list);

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const activeFilters = () => Object.values(state.filters).reduce((n, v) => n + v.length, 0);
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false; // a search is waiting for typing to pause
  let chipsLoaded: Promise<void> | undefined;

  function renderToggle() {
    const n = activeFilters();
    toggle.textContent = `${chips.hidden ? 'Show' : 'Hide'} filters${n ? ` (${n} on)` : ''}`;
    toggle.setAttribute('aria-expanded', String(!chips.hidden));
  }

  async function renderChips() {
    const counts = await getFilterCounts();
    chips.replaceChildren();
    for (const key of ['kind', 'part']) {
      const values = Object.keys(counts[key] ?? {}).sort();
      if (values.length < 2) continue;
      const group = el('div', { class: 'flex flex-wrap items-center gap-1.5' }, el('span', { class: 'mr-1 font-medium' }, `${FILTER_LABELS[key]}:`));
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', `Filter by ${FILTER_LABELS[key]!.toLowerCase()}`);
      for (const value of values) {
        const on = state.filters[key]?.includes(value) ?? false;
        const chip = el('button', { type: 'button', class: 'min-h-8 rounded-full border border-zinc-300 px-2.5 py-0.5 text-[0.8rem] aria-pressed:border-accent-700 aria-pressed:bg-accent-700 aria-pressed:text-white dark:border-zinc-600 dark:aria-pressed:border-accent-300 dark:aria-pressed:bg-accent-300 dark:aria-pressed:text-night' }, value);
        chip.setAttribute('aria-pressed', String(on));
        chip.dataset.filter = `${key}:${value}`;
        chip.addEventListener('click', () => {
          const current = new Set(state.filters[key] ?? []);
          if (current.has(value)) current.delete(value); else current.add(value);
          state.filters[key] = [...current];
          chip.setAttribute('aria-pressed', String(current.has(value)));
          renderToggle();
          void update();
        });
        group.append(chip);
      }
      chips.append(group);
    }
  }

  function openFilters() {
    chips.hidden = false;
    renderToggle();
    chipsLoaded ??= renderChips().catch(() => { chipsLoaded = undefined; chips.replaceChildren(el('p', {}, 'Filters could not load.')); });
    return chipsLoaded;
  }

  toggle.addEventListener('click', () => {
    if (chips.hidden) void openFilters();
    else { chips.hidden = true; renderToggle(); }
  });

  function renderResult(r: Result, query: string) {
    const meta = el('span', { class: 'ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-normal text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300' }, [r.kind, r.part].filter(Boolean).join(' · '));
    const title = el('a', { href: withHighlight(r.url, query), class: 'font-semibold text-accent-700 underline-offset-2 hover:underline focus:underline dark:text-accent-300' }, r.title);
    const item = el('li', { class: 'rounded-lg border border-zinc-200 p-3 dark:border-zinc-700' }, el('p', {}, title, meta), el('p', { class: 'mt-1 text-sm text-zinc-700 dark:text-zinc-300' }, ...excerptNodes(r.excerpt)));
    if (r.subResults.length) {
      const subs = el('ul', { class: 'mt-2 space-y-1 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700' });
      for (const s of r.subResults) {
        subs.append(el('li', { class: 'text-sm' },
          el('a', { href: withHighlight(s.url, query), class: 'font-medium text-accent-700 underline-offset-2 hover:underline focus:underline dark:text-accent-300' }, s.title),
          el('span', { class: 'block text-zinc-600 dark:text-zinc-400' }, ...excerptNodes(s.excerpt))));
      }
      item.append(subs);
    }
    return item;
  }

  function renderEmpty(query: string) {
    const suggest = [['All chapters', 'chapters/'], ['Glossary', 'chapters/glossary/'], ['FAQ', 'chapters/faq/']] as const;
    const p = el('li', { class: 'rounded-lg border border-dashed border-zinc-300 p-4 text-sm dark:border-zinc-600' },
      el('p', {}, `Nothing matches “${query}”. Try a shorter or more general word${activeFilters() ? ', or clear the filters' : ''}, or look in:`));
    const ul = el('ul', { class: 'mt-2 flex flex-wrap gap-3' });
    for (const [text, path] of suggest) ul.append(el('li', {}, el('a', { href: `${BASE}${path}`, class: 'text-accent-700 underline dark:text-accent-300' }, text)));
    p.append(ul);
    return p;
  }

  function describe(query: string, total: number, shown: number) {
    status.textContent = total === 0 ? `No results for “${query}”.` : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${total > shown ? `, showing the first ${shown}` : ''}.`;
  }

  /** The "Show more" row: loads the next results' text, appends them and moves focus to the first new one. */
  function moreButton(query: string, hits: Hit[], shownSoFar: number, mine: number) {
    const more = el('button', { type: 'button', class: 'w-full rounded-lg border border-zinc-300 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800' }, `Show more results (${hits.length - shownSoFar} more)`);
    const row = el('li', {}, more);
    more.addEventListener('click', async () => {
      more.disabled = true;
      list.setAttribute('aria-busy', 'true');
      const next = await Promise.all(hits.slice(shownSoFar, shownSoFar + MORE).map((h) => h.load()));
      if (mine !== run) return;
      list.removeAttribute('aria-busy');
      const items = next.map((r) => renderResult(r, query));
      const shown = shownSoFar + items.length;
      row.replaceWith(...items, ...(hits.length > shown ? [moreButton(query, hits, shown, mine)] : []));
      describe(query, hits.length, shown);
      items[0]?.querySelector('a')?.focus();
    });
    return row;
  }

  async function update() {
    clearTimeout(timer);
    pending = false;
    const query = input.value.trim();
    state.query = query;
    onChange?.({ query, filters: state.filters });
    const mine = ++run;
    if (!query) { list.replaceChildren(); status.textContent = 'Type to search every chapter, company, skill and term.'; list.removeAttribute('aria-busy'); return; }
    status.textContent = 'Searching…';
    list.setAttribute('aria-busy', 'true');
    // Marks for scripts/bench/search-probe.mjs, which reports where the time after the last keystroke goes.
    performance.mark('search:start');
    const found = await rank(query, state.filters);
    if (mine !== run) return;
    performance.mark('search:ranked');
    // The shown results' text loads in parallel, but Pagefind prepares each (unpacking, excerpt, heading
    // sub-results) one after another, 5-10 ms apiece at 1,000 chapters. So each result appears, in rank
    // order, as soon as it is ready, rather than all of them when the last is.
    const loads = found.hits.slice(0, FIRST).map((h) => h.load());
    if (!loads.length) {
      list.removeAttribute('aria-busy');
      list.replaceChildren(renderEmpty(query));
      describe(query, 0, 0);
      return;
    }
    for (const [i, load] of loads.entries()) {
      const result = await load;
      if (mine !== run) return;
      if (i === 0) {
        performance.mark('search:first');
        list.replaceChildren();
        describe(query, found.total, loads.length);
      }
      list.append(renderResult(result, query));
    }
    performance.mark('search:loaded');
    list.removeAttribute('aria-busy');
    if (found.total > loads.length) list.append(moreButton(query, found.hits, loads.length, mine));
  }

  input.addEventListener('input', () => {
    const query = input.value.trim();
    warm(query, state.filters);
    clearTimeout(timer);
    if (!query) { void update(); return; }
    pending = true;
    timer = setTimeout(() => void update(), typedLength(query) >= 3 ? PAUSE_MS : SHORT_PAUSE_MS);
  });
  container.addEventListener('keydown', (event) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && all.length) { event.preventDefault(); all[Math.min(i + 1, all.length - 1)]!.focus(); }
    else if (event.key === 'ArrowUp' && all.length) { event.preventDefault(); if (i <= 0) input.focus(); else all[i - 1]!.focus(); }
    else if (event.key === 'Enter' && document.activeElement === input) {
      // Enter before the pause is over searches at once, then opens the first result of that search.
      event.preventDefault();
      if (pending) void update().then(() => links()[0]?.click());
      else all[0]?.click();
    }
  });

  renderToggle();
  status.textContent = 'Loading search…';
  const ready = loadPagefind()
    .then(() => Promise.all([activeFilters() ? openFilters() : undefined, update()]))
    .catch(() => {
      status.textContent = 'Search could not load here. Browse every chapter instead.';
      list.replaceChildren(el('li', {}, el('a', { href: `${BASE}chapters/`, class: 'text-accent-700 underline dark:text-accent-300' }, 'All chapters')));
    });
  return {
    input,
    ready,
    setState(next: SearchState) {
      input.value = next.query;
      state.filters = structuredClone(next.filters);
      renderToggle();
      // The chips show the new filters: rebuild them if they are open (or must open to show an active filter).
      if (!chips.hidden || activeFilters()) { chipsLoaded = undefined; void openFilters(); }
      void update();
    },
  };
}
