// The salary explorer's filters: hide the table rows and chart bars that do not match, restack the
// chart so no gaps are left, and keep the choice in the address (?source=s1&level=senior) so a
// filtered view can be shared. The form is laid out before this runs (disabled), so enabling it moves
// nothing; without scripting CSS hides it and every figure shows.

const FIELDS = ['source', 'level', 'company'] as const;

export function initSalaryFilters() {
  const form = document.querySelector<HTMLFormElement>('[data-salary-filters]');
  if (!form) return;
  const selects = FIELDS.map((name) => form.elements.namedItem(name) as HTMLSelectElement);
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-band]')];
  const groups = [...document.querySelectorAll<HTMLElement>('tbody[data-level-group]')];
  // The chart is drawn twice (wide and for phones); both are restacked.
  const charts = [...document.querySelectorAll<SVGSVGElement>('svg[data-salary-chart]')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]')!;

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }

  const apply = () => {
    const chosen = selects.map((s) => [s.name, s.value] as const).filter(([, v]) => v);
    const matches = (el: HTMLElement | SVGElement) => chosen.every(([name, value]) => el.dataset[name] === value);

    let shown = 0;
    for (const row of rows) {
      row.hidden = !matches(row);
      if (!row.hidden) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('tr[data-band]:not([hidden])');

    for (const chart of charts) {
      const blocks = [...chart.querySelectorAll<SVGGElement>(':scope > g[data-block]')];
      const bands = blocks.filter((b) => b.dataset.block === 'band' && matches(b));
      let y = 0;
      for (const block of blocks) {
        const { block: kind, panel, level } = block.dataset;
        const show =
          kind === 'band'
            ? bands.includes(block)
            : kind === 'level'
              ? bands.some((b) => b.dataset.panel === panel && b.dataset.level === level)
              : bands.some((b) => b.dataset.panel === panel);
        block.style.display = show ? '' : 'none';
        if (show) {
          block.setAttribute('transform', `translate(0 ${y})`);
          y += Number(block.dataset.h);
        }
      }
      chart.style.display = y ? '' : 'none';
      chart.setAttribute('viewBox', `0 0 ${chart.viewBox.baseVal.width} ${y || 1}`);
      chart.setAttribute('height', String(y || 1));
    }

    count.textContent =
      shown === rows.length
        ? `Showing all ${rows.length} bands.`
        : shown === 0
          ? 'No band matches these filters.'
          : `Showing ${shown} of ${rows.length} bands.`;
    const query = new URLSearchParams(chosen.map(([k, v]) => [k, v])).toString();
    history.replaceState(null, '', query ? `?${query}${location.hash}` : location.pathname + location.hash);
  };

  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  // The reset event fires before the controls change back; apply once they have.
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
  form.querySelector<HTMLFieldSetElement>('[data-filter-controls]')!.disabled = false;
}
