// The results list and its status line. Results appear one at a time, in rank order, as their text loads;
// "Show more" adds the next ones; aria-busy is on the list while results are on their way.
import { el } from './dom';
import { excerptNodes } from './excerpt';
import { withHighlight, type Hit, type Ranking, type Result } from './engine';
import { PAGES, REFERENCE_CHAPTERS } from '../../lib/routes';
import { chapterUrl, url } from '../../lib/url';
import { countFilters, resultsStatus, type SearchStateObject } from './state';

// Results whose text loads with the first answer, and how many more each "Show more" adds. Every shown
// result costs one Pagefind fragment (about 3 KB gzip for a chapter), so the first answer stays short.
const FIRST = 5;
const MORE = 10;
const LINK = 'text-accent-700 underline dark:text-accent-300';

function renderResult(r: Result, query: string) {
  const meta = el(
    'span',
    {
      class:
        'ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-normal text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300',
    },
    [r.kind, r.part].filter(Boolean).join(' · '),
  );
  const title = el(
    'a',
    {
      href: withHighlight(r.url, query),
      class: 'font-semibold text-accent-700 underline-offset-2 hover:underline focus:underline dark:text-accent-300',
    },
    r.title,
  );
  const item = el(
    'li',
    { class: 'rounded-lg border border-zinc-200 p-3 dark:border-zinc-700' },
    el('p', {}, title, meta),
    el('p', { class: 'mt-1 text-sm text-zinc-700 dark:text-zinc-300' }, ...excerptNodes(r.excerpt)),
  );
  if (r.subResults.length) {
    const subs = el('ul', { class: 'mt-2 space-y-1 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700' });
    for (const s of r.subResults) {
      subs.append(
        el(
          'li',
          { class: 'text-sm' },
          el(
            'a',
            {
              href: withHighlight(s.url, query),
              class:
                'font-medium text-accent-700 underline-offset-2 hover:underline focus:underline dark:text-accent-300',
            },
            s.title,
          ),
          el('span', { class: 'block text-zinc-600 dark:text-zinc-400' }, ...excerptNodes(s.excerpt)),
        ),
      );
    }
    item.append(subs);
  }
  return item;
}

function renderEmpty(query: string, filtered: boolean) {
  const suggest = [
    ['All chapters', url(PAGES.chapters)],
    ['Glossary', chapterUrl(REFERENCE_CHAPTERS.glossary)],
    ['FAQ', chapterUrl(REFERENCE_CHAPTERS.faq)],
  ] as const;
  const p = el(
    'li',
    { class: 'rounded-lg border border-dashed border-zinc-300 p-4 text-sm dark:border-zinc-600' },
    el(
      'p',
      {},
      `Nothing matches “${query}”. Try a shorter or more general word${filtered ? ', or clear the filters' : ''}, or look in:`,
    ),
  );
  const ul = el('ul', { class: 'mt-2 flex flex-wrap gap-3' });
  for (const [text, href] of suggest) ul.append(el('li', {}, el('a', { href, class: LINK }, text)));
  p.append(ul);
  return p;
}

export function createResults(list: HTMLUListElement, status: HTMLElement, state: SearchStateObject) {
  const busy = (on: boolean) => (on ? list.setAttribute('aria-busy', 'true') : list.removeAttribute('aria-busy'));
  const describe = (query: string, total: number, shown: number) =>
    (status.textContent = resultsStatus(query, total, shown));

  /** The "Show more" row: loads the next results' text, appends them and moves focus to the first new one. */
  function moreButton(query: string, hits: Hit[], shownSoFar: number, run: number) {
    const more = el(
      'button',
      {
        type: 'button',
        class:
          'w-full rounded-lg border border-zinc-300 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800',
      },
      `Show more results (${hits.length - shownSoFar} more)`,
    );
    const row = el('li', {}, more);
    more.addEventListener('click', async () => {
      more.disabled = true;
      busy(true);
      const next = await Promise.all(hits.slice(shownSoFar, shownSoFar + MORE).map((h) => h.load()));
      if (!state.isLatest(run)) return;
      busy(false);
      const items = next.map((r) => renderResult(r, query));
      const shown = shownSoFar + items.length;
      row.replaceWith(...items, ...(hits.length > shown ? [moreButton(query, hits, shown, run)] : []));
      describe(query, hits.length, shown);
      items[0]?.querySelector('a')?.focus();
    });
    return row;
  }

  return {
    loading() {
      status.textContent = 'Loading search…';
    },
    /** Nothing typed: no results, and a hint. */
    idle() {
      list.replaceChildren();
      status.textContent = 'Type to search every chapter, company, skill and term.';
      busy(false);
    },
    searching() {
      status.textContent = 'Searching…';
      busy(true);
    },
    /** Shows the first results of search number `run` as each one's text arrives, unless a newer search started. */
    async show(query: string, found: Ranking, run: number) {
      // The shown results' text loads in parallel, but Pagefind prepares each (unpacking, excerpt, heading
      // sub-results) one after another, 5-10 ms apiece at 1,000 chapters. So each result appears, in rank
      // order, as soon as it is ready, rather than all of them when the last is.
      const loads = found.hits.slice(0, FIRST).map((h) => h.load());
      if (!loads.length) {
        busy(false);
        list.replaceChildren(renderEmpty(query, countFilters(state.filters) > 0));
        describe(query, 0, 0);
        return;
      }
      for (const [i, load] of loads.entries()) {
        const result = await load;
        if (!state.isLatest(run)) return;
        if (i === 0) {
          performance.mark('search:first');
          list.replaceChildren();
          describe(query, found.total, loads.length);
        }
        list.append(renderResult(result, query));
      }
      performance.mark('search:loaded');
      busy(false);
      if (found.total > loads.length) list.append(moreButton(query, found.hits, loads.length, run));
    },
    /** Pagefind could not load: say so, and offer the list of chapters instead. */
    failed() {
      status.textContent = 'Search could not load here. Browse every chapter instead.';
      list.replaceChildren(el('li', {}, el('a', { href: url(PAGES.chapters), class: LINK }, 'All chapters')));
    },
  };
}
