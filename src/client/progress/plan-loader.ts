// Loads the study plan (planner, calendar export and the plan's styles) only when its section comes near the
// screen. It runs once the page is idle and the store is loaded (ready.ts, afterLoad), so a page that shows
// the plan loads none of its code up front: chapters load at most 3 KB of JavaScript before interaction
// (tests/build/size-budgets.test.ts).
export function loadStudyPlanWhenNear() {
  const section = document.querySelector<HTMLElement>('[data-study-plan]');
  if (!section) return;
  new IntersectionObserver(
    ([entry], observer) => {
      if (!entry?.isIntersecting) return;
      observer.disconnect();
      // A load cut short (the reader left the page while it came, or the network dropped) leaves the plan's no-script
      // text in place: worth a warning, not an error.
      import('./plan').then(
        (m) => m.initStudyPlan(section),
        (e: unknown) => console.warn('The study plan did not load:', e),
      );
    },
    { rootMargin: '600px 0px' },
  ).observe(section);
}
