// Draws saved progress on the page: ticks, answers and the bars that count them. Shared by the controls (controls.ts),
// the store's code once loaded (save.ts) and the progress page (manage.ts).
/** Every element matching a selector, as an array. */
export const all = <T extends Element>(selector: string, root: ParentNode = document) => [
  ...root.querySelectorAll<T>(selector),
];

export interface Shown {
  milestones: Record<string, unknown>;
  checks: Record<string, unknown>;
}

/** Draws ticks, answers and bars from a progress object, then tells the page's other views (the roadmap's). */
export function showProgress(p: Shown) {
  for (const box of all<HTMLInputElement>('input[data-milestone]'))
    box.checked = Boolean(p.milestones[box.dataset.milestone!]);
  for (const radio of all<HTMLInputElement>('input[data-check-key]'))
    radio.checked = p.checks[radio.dataset.checkKey!] === radio.value;
  refreshBars();
  document.dispatchEvent(new Event('progressshown'));
}

/** Each bar counts the ticked milestones inside the element its data-bar names; its words sit beside it (ProgressBar). */
export function refreshBars() {
  for (const bar of all<HTMLProgressElement>('progress[data-bar]')) {
    const boxes = all<HTMLInputElement>('input[data-milestone]', document.getElementById(bar.dataset.bar!) ?? bar);
    bar.max = Math.max(boxes.length, 1);
    bar.value = boxes.filter((b) => b.checked).length;
    const text = bar.nextElementSibling;
    if (text) text.textContent = `${bar.value} of ${boxes.length} done`;
  }
}
