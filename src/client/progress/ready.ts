// What the page does once it is usable and the store is loaded: loaded by controls.ts when the page is idle, or on
// the first tick or answer if that comes first. Kept apart from save.ts, which the study plan and the progress page
// import too, so that no module imports itself through another.
import * as store from './store';
import type { Renamed } from './store';
import { showProgress } from './draw';
import { explain, remember } from './save';
import { watchReading } from '../seen/watch';
import { loadStudyPlanWhenNear } from './plan-loader';

export { saveInput } from './save';

/** Former id -> current id for the milestones and self-check questions on this page (their data-former attributes). */
function pageRenames(): Required<Renamed> {
  const renamed: Required<Renamed> = { milestones: {}, checks: {} };
  for (const input of document.querySelectorAll<HTMLInputElement>('input[data-former]')) {
    const { milestone, checkKey, former = '' } = input.dataset;
    for (const id of former.split(' ').filter(Boolean)) {
      if (milestone) renamed.milestones[id] = milestone;
      else if (checkKey) renamed.checks[id] = checkKey;
    }
  }
  return renamed;
}

/**
 * Once the page is usable (controls.ts): when the peek could not show what is saved (`problem`), or an item on the
 * page was renamed, reads the store properly (migrating an older format), moves ticks and answers under former ids to
 * the current ones, saves and redraws; then starts the reading record on a chapter page, and waits for the study
 * plan to come near the screen on a page that shows it.
 */
export function afterLoad(problem?: boolean) {
  const renamed = pageRenames();
  if (problem || Object.keys(renamed.milestones).length > 0 || Object.keys(renamed.checks).length > 0) {
    let { progress } = explain();
    const moved = store.renameIds(progress, renamed);
    if (moved !== progress) progress = store.updateProgress((p) => store.renameIds(p, renamed), store.browserStorage(), moved).progress;
    remember(progress);
    showProgress(progress);
  }
  watchReading();
  loadStudyPlanWhenNear();
}
