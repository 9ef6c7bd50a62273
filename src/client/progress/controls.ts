// The progress controls wherever milestones or a self-check appear: ticks, answers, progress bars.
// Up front it only reads and draws (peek.ts, no zod), to keep chapter pages light; saving, and the
// words for anything that went wrong, live in save.ts, loaded on the first change or at once when
// the saved entry needs migrating or explaining.
import { peekProgress } from './peek';

const all = <T extends Element>(selector: string, root: ParentNode = document) => [...root.querySelectorAll<T>(selector)];

export interface Shown {
  milestones: Record<string, unknown>;
  checks: Record<string, unknown>;
}

/** Draws ticks, answers and bars from a progress object, then tells the page's other views (the roadmap's). */
export function showProgress(p: Shown) {
  for (const box of all<HTMLInputElement>('input[data-milestone]')) box.checked = Boolean(p.milestones[box.dataset.milestone!]);
  for (const radio of all<HTMLInputElement>('input[data-check-key]')) radio.checked = p.checks[radio.dataset.checkKey!] === radio.value;
  refreshBars();
  document.dispatchEvent(new Event('progressshown'));
}

/** Each bar counts the ticked milestones inside the element its data-bar names; its words sit beside it (ProgressBar). */
function refreshBars() {
  for (const bar of all<HTMLProgressElement>('progress[data-bar]')) {
    const boxes = all<HTMLInputElement>('input[data-milestone]', document.getElementById(bar.dataset.bar!) ?? bar);
    bar.max = Math.max(boxes.length, 1);
    bar.value = boxes.filter((b) => b.checked).length;
    const text = bar.nextElementSibling;
    if (text) text.textContent = `${bar.value} of ${boxes.length} done`;
  }
}

const save = () => import('./save');

/** Enables the page's milestone checkboxes and self-check radios, shows what is saved, and saves each change. */
export function initProgressControls() {
  const controls = all<HTMLInputElement>('input[data-milestone], input[data-check-key]');
  if (controls.length === 0) return;
  for (const c of controls) c.disabled = false;
  for (const el of all<HTMLElement>('[data-progress-nojs]')) el.hidden = true;
  for (const el of all<HTMLElement>('[data-progress-js]')) el.hidden = false;
  const peeked = peekProgress();
  showProgress(peeked);
  if (peeked.problem) void save().then((m) => showProgress(m.explain().progress));
  document.addEventListener('change', ({ target }) => {
    if (!(target instanceof HTMLInputElement) || !(target.dataset.milestone || target.dataset.checkKey)) return;
    refreshBars();
    void save().then((m) => m.saveInput(target));
  });
}
