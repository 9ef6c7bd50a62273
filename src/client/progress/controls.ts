// The progress controls wherever milestones or a self-check appear: ticks, answers, progress bars; and, on every
// chapter, the start of the reading record (src/client/seen/watch.ts), which is part of the same progress.
// Up front it only reads and draws (peek.ts, no zod), to keep chapter pages light; saving, and the words for
// anything that went wrong, live in ready.ts and save.ts, loaded with the store once the page is idle (or on the
// first change, if that comes first). Chapters load at most 3 KB of JavaScript up front (tests/build/size-budgets.test.ts).
import { peekProgress } from './peek';
import { all, refreshBars, showProgress } from './draw';

const ready = () => import('./ready');

/**
 * Enables the page's milestone checkboxes and self-check radios, shows what is saved, and saves each change. Once the
 * page is idle, loads the store to migrate or explain an entry the peek could not show, to move ticks under renamed
 * ids, and to keep the reading record on a chapter (ready.ts, afterLoad).
 */
export function initProgressControls() {
  const controls = all<HTMLInputElement>('input[data-milestone], input[data-check-key]');
  let problem: boolean | undefined;
  if (controls.length > 0) {
    for (const c of controls) c.disabled = false;
    for (const el of all<HTMLElement>('[data-progress-nojs]')) el.hidden = true;
    for (const el of all<HTMLElement>('[data-progress-js]')) el.hidden = false;
    const peeked = peekProgress();
    showProgress(peeked);
    problem = peeked.problem;
    document.addEventListener('change', ({ target }) => {
      if (!(target instanceof HTMLInputElement) || !(target.dataset.milestone || target.dataset.checkKey)) return;
      refreshBars();
      void ready().then((m) => m.saveInput(target));
    });
  }
  (window.requestIdleCallback ?? setTimeout)(() => ready().then((m) => m.afterLoad(problem)));
}
