// The progress controls wherever milestones or a self-check appear: ticks, answers, progress bars; and, on every
// chapter, the start of the reading record (src/client/seen/watch.ts), which is part of the same progress.
// Up front it only reads and draws (peek.ts, no zod), to keep chapter pages light; saving, and the words for
// anything that went wrong, live in save.ts, with the store, loaded when a control first gets focus or when the saved
// entry needs migrating or explaining; what runs once the page is idle is in ready.ts. Chapters load at most 3 KB of
// JavaScript up front (tests/build/size-budgets.test.ts).
import { peekProgress } from './peek';
import { all, refreshBars, showProgress } from './draw';

// Code loaded on demand: a load cut short (the reader left the page as it came, or the network dropped) is reported
// as a console warning, here and in the other lazy loads of src/client, not left as an uncaught error.
// Once loaded (a control got focus), the store is kept at hand, so that an answer is saved in the change event itself:
// a reader who answers and leaves the page at once cannot leave between the answer and its save.
let saver: typeof import('./save') | undefined;
const save = () => import('./save').then((m) => (saver = m));

/**
 * Enables the page's milestone checkboxes and self-check radios, shows what is saved, and saves each change. Once the
 * page is idle, ready.ts has an entry the peek could not show migrated or explained and ticks under renamed ids
 * moved, keeps the reading record on a chapter, and waits for the study plan.
 */
export function initProgressControls() {
  const controls = all<HTMLInputElement>('input[data-milestone], input[data-check-key]');
  let problem: boolean | undefined;
  if (controls.length > 0) {
    // The store starts loading when a control first gets focus (a click or the keyboard), before the answer or tick:
    // a reader who answers and leaves the page at once does not leave before the save.
    for (const c of controls) {
      c.disabled = false;
      c.addEventListener('focus', () => save().catch(console.warn), { once: true });
    }
    for (const el of all<HTMLElement>('[data-progress-nojs]')) el.hidden = true;
    for (const el of all<HTMLElement>('[data-progress-js]')) el.hidden = false;
    const peeked = peekProgress();
    showProgress(peeked);
    problem = peeked.problem;
    document.addEventListener('change', ({ target }) => {
      if (!(target instanceof HTMLInputElement) || !(target.dataset.milestone || target.dataset.checkKey)) return;
      refreshBars();
      if (saver) saver.saveInput(target);
      else save().then((m) => m.saveInput(target), console.warn);
    });
  }
  // When the page is idle, or after 2 s at the latest: a page that is never idle (a busy machine, a long render) still
  // keeps its reading record.
  const ready = () => import('./ready').then((m) => m.afterLoad(problem), console.warn);
  if ('requestIdleCallback' in window) requestIdleCallback(ready, { timeout: 2000 });
  else setTimeout(ready);
}
