// The filter chips (kind and part), behind a toggle: their values come from Pagefind's filter index,
// fetched when the reader opens the filters (or arrives with filters in the address), not with every
// first search. A chip turns its value on or off and searches again.
import { el } from './dom';
import { getFilterCounts } from './engine';
import { countFilters, filtersToggleText, type SearchStateObject } from './state';

const FILTER_LABELS: Record<string, string> = { kind: 'Kind', part: 'Part' };

export function createFilters(idPrefix: string, state: SearchStateObject, onChange: () => void) {
  const toggle = el('button', {
    type: 'button',
    class:
      'mt-3 inline-flex min-h-8 items-center gap-1 rounded-md px-1 text-sm font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-300',
  });
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', `${idPrefix}-filters`);
  const chips = el('div', { id: `${idPrefix}-filters`, class: 'mt-2 flex flex-col gap-2 text-sm', hidden: true });
  let chipsLoaded: Promise<void> | undefined;

  function renderToggle() {
    toggle.textContent = filtersToggleText(!chips.hidden, countFilters(state.filters));
    toggle.setAttribute('aria-expanded', String(!chips.hidden));
  }

  async function renderChips() {
    const counts = await getFilterCounts();
    chips.replaceChildren();
    for (const key of ['kind', 'part']) {
      const values = Object.keys(counts[key] ?? {}).sort();
      if (values.length < 2) continue;
      const group = el(
        'div',
        { class: 'flex flex-wrap items-center gap-1.5' },
        el('span', { class: 'mr-1 font-medium' }, `${FILTER_LABELS[key]}:`),
      );
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', `Filter by ${FILTER_LABELS[key]!.toLowerCase()}`);
      for (const value of values) {
        const chip = el(
          'button',
          {
            type: 'button',
            class:
              'min-h-8 rounded-full border border-zinc-300 px-2.5 py-0.5 text-[0.8rem] aria-pressed:border-accent-700 aria-pressed:bg-accent-700 aria-pressed:text-white dark:border-zinc-600 dark:aria-pressed:border-accent-300 dark:aria-pressed:bg-accent-300 dark:aria-pressed:text-night',
          },
          value,
        );
        chip.setAttribute('aria-pressed', String(state.filters[key]?.includes(value) ?? false));
        chip.dataset.filter = `${key}:${value}`;
        chip.addEventListener('click', () => {
          chip.setAttribute('aria-pressed', String(state.toggle(key, value)));
          renderToggle();
          onChange();
        });
        group.append(chip);
      }
      chips.append(group);
    }
  }

  function open() {
    chips.hidden = false;
    renderToggle();
    chipsLoaded ??= renderChips().catch(() => {
      chipsLoaded = undefined;
      chips.replaceChildren(el('p', {}, 'Filters could not load.'));
    });
    return chipsLoaded;
  }

  toggle.addEventListener('click', () => {
    if (chips.hidden) void open();
    else {
      chips.hidden = true;
      renderToggle();
    }
  });
  renderToggle();

  return {
    toggle,
    chips,
    open,
    /** After the filters were set from outside (the address): the toggle and chips show them. */
    refresh() {
      renderToggle();
      // Rebuild the chips if they are open, or must open to show an active filter.
      if (!chips.hidden || countFilters(state.filters)) {
        chipsLoaded = undefined;
        void open();
      }
    },
  };
}
