// Saving progress from the page's controls, through the validating store. Loaded by controls.ts when a control first
// gets focus, by ready.ts when a saved entry needs migrating or explaining, and directly by the progress page and the
// study plan.
import * as store from './store';
import type { Answer, Progress, Renamed } from './store';
import { showProgress } from './draw';
import { localDay } from '../../lib/dates';

/** What the page shows when the browser cannot save: changes build on it until the page is left. */
let memory: Progress | undefined;
export const remember = (p: Progress) => (memory = p);

/** Shows a message in every progress message area on the page (empty clears them). */
export function say(message = '') {
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress-message]'))
    if (el.textContent !== message) el.textContent = message;
}

/** Reads the store properly (migrating an older entry) and says why nothing can be saved, if so; the caller draws what it returns. */
function explain() {
  const loaded = store.loadProgress();
  memory = loaded.progress;
  say(loaded.message);
  return loaded;
}

/** Saves what a milestone checkbox or a self-check radio now says, and tells the page. */
export function saveInput(input: HTMLInputElement) {
  const { milestone, checkKey } = input.dataset;
  const change = milestone
    ? (p: Progress) => store.setMilestone(p, milestone, input.checked, localDay())
    : checkKey && input.checked
      ? (p: Progress) => store.setCheck(p, checkKey, input.value as Answer)
      : undefined;
  if (!change) return;
  const result = store.updateProgress(change, store.browserStorage(), memory);
  memory = result.progress;
  say(result.ok ? '' : result.message);
  document.dispatchEvent(new CustomEvent<Progress>('progresschange', { detail: result.progress }));
}

/**
 * Reads the store properly (migrating an older format, saying why nothing can be saved), moves ticks and answers
 * under former ids to the current ones and saves that, then draws what is saved (ready.ts, once the page is usable).
 */
export function settle(renamed: Renamed) {
  let { progress } = explain();
  const moved = store.renameIds(progress, renamed);
  if (moved !== progress)
    progress = store.updateProgress((p) => store.renameIds(p, renamed), store.browserStorage(), moved).progress;
  memory = progress;
  showProgress(progress);
}
