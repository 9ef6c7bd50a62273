// The reader's progress on the roadmap (components/data/RoadmapDiagram.astro): each milestone marked done or
// next, each stage's count, and on each skill tag how many of the milestones that build it are done. The ticks
// themselves are the progress script's (controls.ts: it enables every milestone checkbox on the page, shows what
// is saved and saves each change), so a tick here is the same tick as in the list and the study plan.
// Loaded only on the pages that draw the diagram.
import { roadmapProgress } from '../../lib/roadmap';

const all = <T extends Element>(selector: string, root: ParentNode = document) => [
  ...root.querySelectorAll<T>(selector),
];
const boxesIn = (root: ParentNode) => all<HTMLInputElement>('input[data-milestone]', root);

/** A span for the count on a skill tag: the figures to see, and the words for a screen reader. */
function countOn(tag: HTMLElement) {
  let shown = tag.querySelector<HTMLElement>('.rm-count');
  if (!shown) {
    shown = Object.assign(document.createElement('span'), { className: 'rm-count' });
    shown.ariaHidden = 'true';
    tag.append(shown, Object.assign(document.createElement('span'), { className: 'sr-only' }));
  }
  return shown;
}

function draw(root: HTMLElement) {
  const boxes = boxesIn(root);
  const skillsOf = (box: HTMLInputElement) =>
    all<HTMLAnchorElement>('.rm-tag', box.closest('li')!).map((tag) => tag.hash.slice(1));
  const done = new Set(boxes.filter((b) => b.checked).map((b) => b.dataset.milestone!));
  const progress = roadmapProgress(
    boxes.map((b) => ({ id: b.dataset.milestone!, skills: skillsOf(b) })),
    done,
  );
  for (const box of boxes) {
    const id = box.dataset.milestone!;
    const state = done.has(id) ? 'done' : id === progress.next ? 'next' : '';
    const item = box.closest('li')!;
    item.dataset.state = state;
    item.querySelector('.rm-badge')!.textContent = state && (state === 'done' ? 'Done' : 'Next');
    for (const tag of all<HTMLAnchorElement>('.rm-tag', item)) {
      const count = progress.skills[tag.hash.slice(1)]!;
      const shown = countOn(tag);
      shown.textContent = `${count.done}/${count.total}`;
      shown.nextElementSibling!.textContent = `, ${count.done} of ${count.total} ${count.total === 1 ? 'milestone' : 'milestones'} done`;
    }
  }
  for (const stage of all<HTMLElement>('[data-rm-stage]', root)) {
    const own = boxesIn(stage);
    const n = own.filter((b) => b.checked).length;
    stage.dataset.state = n === own.length ? 'done' : '';
    stage.querySelector('.rm-count')!.textContent = `${n} of ${own.length} done`;
  }
  root.dataset.progressShown = '';
}

export function initRoadmap() {
  const roots = all<HTMLElement>('[data-roadmap]');
  if (roots.length === 0) return;
  const drawAll = () => roots.forEach(draw);
  // On each tick, and whenever the progress script has ticked the saved milestones (as it starts, or after an
  // import or a reset).
  document.addEventListener('change', drawAll);
  document.addEventListener('progressshown', drawAll);
  drawAll();
}
