// The company directory's filter: a text match on names, aliases and group names, and a group.
// Hides the entries that do not match (and the group cards, when one group is chosen).
// Without this script the form stays hidden and the whole directory shows.

export function initCompanyFilter() {
  const form = document.querySelector<HTMLFormElement>('[data-company-filter]');
  if (!form) return;
  const text = form.elements.namedItem('q') as HTMLInputElement;
  const group = form.elements.namedItem('group') as HTMLSelectElement;
  const entries = [...document.querySelectorAll<HTMLElement>('[data-company]')];
  const cards = [...document.querySelectorAll<HTMLElement>('[data-group-card]')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]')!;

  const apply = () => {
    const words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    const chosen = group.value;
    let shown = 0;
    const visible = new Set<string>();
    for (const entry of entries) {
      const match =
        (!chosen || entry.dataset.groups!.split(' ').includes(chosen)) &&
        words.every((w) => entry.dataset.text!.includes(w));
      entry.hidden = !match;
      if (match) {
        shown += 1;
        visible.add(entry.dataset.company!);
      }
    }
    for (const card of cards) {
      card.hidden = Boolean(chosen) && card.dataset.groupCard !== chosen;
      for (const member of card.querySelectorAll<HTMLElement>('[data-member]'))
        member.hidden = !visible.has(member.dataset.member!);
    }
    for (const source of document.querySelectorAll<HTMLElement>('[data-group-source]'))
      source.hidden = !source.querySelector('[data-group-card]:not([hidden])');
    count.textContent =
      shown === entries.length
        ? `Showing all ${entries.length} companies.`
        : shown === 0
          ? 'No company matches this filter.'
          : `Showing ${shown} of ${entries.length} companies.`;
  };

  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
