// Loads the study plan (planner, calendar export, progress store and the plan's styles) only when its
// section comes near the screen, so the learning-path chapter does not pay for it up front. Kept to a
// few bytes: chapters load at most 3.25 KB of JavaScript up front (tests/build/size-budgets.test.ts).
export function loadStudyPlanWhenNear() {
  const section = document.querySelector<HTMLElement>('[data-study-plan]');
  if (!section) return;
  new IntersectionObserver(([entry], observer) => {
    if (!entry?.isIntersecting) return;
    observer.disconnect();
    void import('./plan').then((m) => m.initStudyPlan(section));
  }, { rootMargin: '600px 0px' }).observe(section);
}
