// The search interface shared by the dialog and the /search/ page: a search field, filter chips,
// a live status line (loading, count, empty), and results with their heading sub-results.
// Arrow keys move between the field and the result links; Enter opens the focused one.
import { excerptNodes } from './excerpt';
import { getFilterCounts, search, withHighlight, type Filters, type Result } from './engine';

export interface SearchState { query: string; filters: Filters }
interface Options { idPrefix: string; initial?: SearchState; onChange?: (state: SearchState) => void }

const FILTER_LABELS: Record<string, string> = { kind: 'Kind', part: 'Part' };
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
  const chips = el('div', { class: 'mt-3 flex flex-col gap-2 text-sm' });
  const status = el('p', { id: `${idPrefix}-status`, class: 'mt-3 text-sm text-zinc-600 dark:text-zinc-400' });
  status.setAttribute('role', 'status');
  const list = el('ul', { class: 'mt-3 space-y-2', id: `${idPrefix}-results` });
  list.setAttribute('aria-label', 'Search results');
  container.append(label, input, chips, status, list);

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  let run = 0;
  let limit = 12;

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
          limit = 12;
          void update();
        });
        group.append(chip);
      }
      chips.append(group);
    }
  }

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
      el('p', {}, `Nothing matches “${query}”. Try a shorter or more general word${Object.values(state.filters).some((v) => v.length) ? ', or clear the filters' : ''}, or look in:`));
    const ul = el('ul', { class: 'mt-2 flex flex-wrap gap-3' });
    for (const [text, path] of suggest) ul.append(el('li', {}, el('a', { href: `${BASE}${path}`, class: 'text-accent-700 underline dark:text-accent-300' }, text)));
    p.append(ul);
    return p;
  }

  async function update() {
    const query = input.value.trim();
    if (query !== state.query) limit = 12;
    state.query = query;
    onChange?.({ query, filters: state.filters });
    const mine = ++run;
    if (!query) { list.replaceChildren(); status.textContent = 'Type to search every chapter, company, skill and term.'; list.removeAttribute('aria-busy'); return; }
    status.textContent = 'Searching…';
    list.setAttribute('aria-busy', 'true');
    const found = await search(query, state.filters, limit);
    if (found === null || mine !== run) return;
    list.removeAttribute('aria-busy');
    list.replaceChildren(...(found.results.length ? found.results.map((r) => renderResult(r, query)) : [renderEmpty(query)]));
    const shown = found.results.length;
    if (found.total > shown) {
      const more = el('button', { type: 'button', class: 'w-full rounded-lg border border-zinc-300 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800' }, `Show more results (${found.total - shown} more)`);
      more.addEventListener('click', () => {
        const focusIndex = shown;
        limit += 12;
        void update().then(() => list.querySelectorAll<HTMLAnchorElement>(':scope > li > p > a')[focusIndex]?.focus());
      });
      list.append(el('li', {}, more));
    }
    status.textContent = found.total === 0 ? `No results for “${query}”.` : `${found.total} ${found.total === 1 ? 'result' : 'results'} for “${query}”${found.total > shown ? `, showing the first ${shown}` : ''}.`;
  }

  input.addEventListener('input', () => void update());
  container.addEventListener('keydown', (event) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && all.length) { event.preventDefault(); all[Math.min(i + 1, all.length - 1)]!.focus(); }
    else if (event.key === 'ArrowUp' && all.length) { event.preventDefault(); if (i <= 0) input.focus(); else all[i - 1]!.focus(); }
    else if (event.key === 'Enter' && document.activeElement === input && all.length) { event.preventDefault(); all[0]!.click(); }
  });

  status.textContent = 'Loading search…';
  const ready = renderChips().then(update).catch(() => {
    status.textContent = 'Search could not load here. Browse every chapter instead.';
    list.replaceChildren(el('li', {}, el('a', { href: `${BASE}chapters/`, class: 'text-accent-700 underline dark:text-accent-300' }, 'All chapters')));
  });
  return { input, ready, setState(next: SearchState) { input.value = next.query; state.filters = structuredClone(next.filters); void renderChips().then(update); } };
}
