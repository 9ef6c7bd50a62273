// Loads the study plan (planner, calendar export, progress store and the plan's styles) only when its
// section comes near the screen, so the learning-path chapter does not pay for it up front.
const section = document.querySelector<HTMLElement>('[data-study-plan]');
if (section) {
  const load = () => void import('./plan').then((m) => m.initStudyPlan(section));
  if ('IntersectionObserver' in window) {
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      load();
    }, { rootMargin: '600px 0px' });
    seen.observe(section);
  } else load();
}
