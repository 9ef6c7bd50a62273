// What the page does once it is usable: loaded by controls.ts when the page is idle. It holds no validation library:
// the store (save.ts, with zod) is loaded only when something must be read properly or written: an entry the peek
// could not show, ticks under renamed ids, a control given focus (controls.ts), or the first section read
// (src/client/seen/watch.ts). So a page that is only looked at never evaluates the store.
import type { Renamed } from './store';
import { watchReading } from '../seen/watch';
import { loadStudyPlanWhenNear } from './plan-loader';

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
 * page was renamed, has the store migrate, move ticks under former ids and redraw (save.ts, settle); then starts the
 * reading record on a chapter page, and waits for the study plan to come near the screen on a page that shows it.
 */
export function afterLoad(problem?: boolean) {
  const renamed = pageRenames();
  if (problem || Object.keys(renamed.milestones).length > 0 || Object.keys(renamed.checks).length > 0)
    import('./save').then((m) => m.settle(renamed), console.warn);
  watchReading();
  loadStudyPlanWhenNear();
}
