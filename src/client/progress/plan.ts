// The study plan's form and output, started by plan-loader.ts when the section nears the screen. Reads and
// saves hours a week, start date, calendar choice and skill ratings through the progress store (and the milestones
// a job posting put first, which the reader can send back to the path's order), lays the
// plan with the pure planner (today is the reader's own calendar day, localDay in src/lib/dates.ts), and offers
// the plan as a calendar file or a one-page printout. Ticks made anywhere on the page re-plan it.
import planCss from './plan.css?url';
import * as store from './store';
import type { PlanSettings, Progress } from './store';
import {
  DEFAULT_HOURS_PER_WEEK,
  MAX_HOURS_PER_WEEK,
  MIN_HOURS_PER_WEEK,
  planStudy,
  validHoursPerWeek,
  type SkillLevel,
  type StudyPlan,
} from '../../lib/study-plan';
import { dayNumber, formatDay, localDay } from '../../lib/dates';
import { buildCalendar, planEvents, type CalendarKind, type MilestoneLabels } from '../../lib/ical';
import { remember, say } from './save';
import { loadStylesheet } from '../stylesheet';

interface PlanData {
  milestones: { id: string; hours: number; skills: string[]; text: string; stage: string }[];
  skills: string[];
}

const hours = (n: number) => `${n} ${n === 1 ? 'hour' : 'hours'}`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "7 Dec 2026", or "7 Dec to 20 Dec 2026" (the year once when both days share it). */
function days(start: string, end: string) {
  if (start === end) return formatDay(start, 'short');
  return `${formatDay(start, start.slice(0, 4) === end.slice(0, 4) ? 'short-no-year' : 'short')} to ${formatDay(end, 'short')}`;
}

const MESSAGES = {
  hours: `Enter the hours you can study a week, a whole number from ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}. The plan below still shows your last valid settings.`,
  start:
    'Enter a start date between 1970 and 2200, such as 2026-12-07. The plan below still shows your last valid settings.',
};

export async function initStudyPlan(section: HTMLElement) {
  await loadStylesheet(planCss);
  const data = JSON.parse(section.querySelector('[data-plan-data]')!.textContent ?? '{}') as PlanData;
  const labels: MilestoneLabels = Object.fromEntries(
    data.milestones.map((m) => [m.id, { text: m.text, stage: m.stage }]),
  );
  const form = section.querySelector<HTMLFormElement>('[data-plan-form]')!;
  const actions = section.querySelector<HTMLElement>('[data-plan-actions]')!;
  const hoursInput = form.querySelector<HTMLInputElement>('input[name="hours"]')!;
  const startInput = form.querySelector<HTMLInputElement>('input[name="start"]')!;
  const summary = section.querySelector<HTMLElement>('[data-plan-summary]')!;
  const message = section.querySelector<HTMLElement>('[data-plan-message]')!;
  const focusBox = section.querySelector<HTMLElement>('[data-plan-focus]')!;
  const today = () => localDay();

  let current: Progress = store.loadProgress().progress;
  let plan: StudyPlan | undefined;
  let ownChange = false;

  /** Puts the saved settings into the form (on load, and after an import or a reset elsewhere on the page). */
  const fill = () => {
    hoursInput.value = String(current.plan.hoursPerWeek ?? DEFAULT_HOURS_PER_WEEK);
    startInput.value = current.plan.start ?? today();
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[data-skill]'))
      radio.checked = (current.skills[radio.dataset.skill!] ?? 'none') === radio.value;
    // Open the ratings when some are set, so the reader sees why milestones are skipped or shortened.
    if (Object.values(current.skills).some((level) => level !== 'none'))
      section.querySelector<HTMLDetailsElement>('[data-plan-skills]')!.open = true;
    for (const radio of actions.querySelectorAll<HTMLInputElement>('input[name="plan-calendar"]'))
      radio.checked = radio.value === (current.plan.calendar ?? 'milestones');
    for (const input of [hoursInput, startInput]) showError(input, '');
  };

  const showError = (input: HTMLInputElement, text: string) => {
    const error = section.querySelector<HTMLElement>(`[data-error="${input.name}"]`)!;
    if (error.textContent !== text) error.textContent = text;
    if (text) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };

  /** The settings the form holds, or undefined (with a message on the field) where one is not valid. */
  const read = (): { hoursPerWeek: number; start: string } | undefined => {
    const h = hoursInput.value.trim() === '' || hoursInput.validity.badInput ? Number.NaN : Number(hoursInput.value);
    const hoursOk = validHoursPerWeek(h);
    showError(hoursInput, hoursOk ? '' : MESSAGES.hours);
    let startOk: boolean;
    try {
      const day = dayNumber(startInput.value);
      startOk = day >= 0 && day <= dayNumber('2200-12-31');
    } catch {
      startOk = false;
    }
    showError(startInput, startOk ? '' : MESSAGES.start);
    return hoursOk && startOk ? { hoursPerWeek: h, start: startInput.value } : undefined;
  };

  const save = (change: (p: Progress) => Progress) => {
    const result = store.updateProgress(change, store.browserStorage(), current);
    current = result.progress;
    // The module that saves ticks and answers keeps what the page shows when storage is blocked: keep it in step.
    remember(current);
    say(result.ok ? '' : result.message);
    ownChange = true;
    document.dispatchEvent(new CustomEvent<Progress>('progresschange', { detail: current }));
    ownChange = false;
  };

  const render = () => {
    const settings = read();
    if (!settings) return;
    const focus = new Set((current.plan.focus ?? []).filter((id) => labels[id]));
    plan = planStudy({
      milestones: data.milestones,
      ...settings,
      today: today(),
      skills: current.skills,
      done: current.milestones,
      focus: [...focus],
    });
    focusBox.hidden = focus.size === 0;
    for (const p of plan.milestones) {
      const item = section.querySelector<HTMLElement>(`[data-plan-milestone="${p.id}"]`);
      const when = item?.querySelector('[data-plan-when]');
      if (!item || !when) continue;
      item.dataset.status = p.status;
      const first = focus.has(p.id) && p.start !== undefined;
      item.toggleAttribute('data-focus', first);
      when.textContent =
        (first ? 'First for the posting: ' : '') +
        (p.status === 'done'
          ? 'Done'
          : p.status === 'skipped'
            ? `Skipped: you rate its skills solid (guide's estimate ${hours(p.estimate)})`
            : p.status === 'shortened'
              ? `${days(p.start!, p.end!)}, ${hours(p.hours)}, shortened from ${p.estimate}`
              : `${days(p.start!, p.end!)}, ${hours(p.hours)}`);
    }
    const tally = (status: string) => plan!.milestones.filter((m) => m.status === status).length;
    const notes = (['done', 'skipped', 'shortened'] as const)
      .map((s) => [tally(s), s] as const)
      .filter(([n]) => n > 0)
      .map(([n, s]) => `${n} ${s}`);
    summary.textContent = plan.finish
      ? `Finish date: ${formatDay(plan.finish, 'long')}. ${hours(plan.hours)} of study over ${count(plan.weeks.length, 'week', 'weeks')} at ${hours(settings.hoursPerWeek)} a week, from ${formatDay(plan.from, 'short')}.` +
        (notes.length ? ` Milestones ${notes.join(', ')}.` : '')
      : 'Nothing left to plan: every milestone is ticked off or skipped for skills you rate solid.';
    section.dataset.planFinish = plan.finish ?? '';
  };

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target === hoursInput || target === startInput) {
      const settings = read();
      if (settings)
        save((p) =>
          store.setPlan(p, target === hoursInput ? { hoursPerWeek: settings.hoursPerWeek } : { start: settings.start }),
        );
      render();
    }
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (!target.dataset.skill || !target.checked) return;
    save((p) => store.setSkill(p, target.dataset.skill!, target.value as SkillLevel));
    render();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  focusBox.querySelector('[data-plan-focus-clear]')!.addEventListener('click', () => {
    save((p) => store.setPlan(p, { focus: undefined }));
    render();
    message.textContent = "The milestones are back in the path's order.";
    // The button is gone with its box: the plan's first field keeps the keyboard in the plan.
    hoursInput.focus();
  });
  actions.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'plan-calendar' && target.checked)
      save((p) => store.setPlan(p, { calendar: target.value as PlanSettings['calendar'] }));
  });
  document.addEventListener('progresschange', (event) => {
    if (ownChange) return;
    current = (event as CustomEvent<Progress>).detail;
    fill();
    render();
  });

  actions.querySelector('[data-plan-download]')!.addEventListener('click', () => {
    if (!plan) return;
    const kind = (actions.querySelector<HTMLInputElement>('input[name="plan-calendar"]:checked')?.value ??
      'milestones') as CalendarKind;
    const events = planEvents(plan, kind, labels, `${location.href.split('#')[0]}#study-plan`);
    if (events.length === 0) {
      message.textContent = 'Nothing to put in a calendar: every milestone is ticked off or skipped.';
      return;
    }
    const text = buildCalendar(events, { now: new Date(), name: 'AI engineer study plan' });
    const link = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' })),
      download: 'ai-engineer-study-plan.ics',
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    message.textContent = `Downloaded a calendar file with ${count(events.length, 'event', 'events')}. Import it again after changing the plan: the events are updated, not added twice.`;
  });

  actions.querySelector('[data-plan-print]')!.addEventListener('click', () => {
    // A sheet of its own, so the printout is the plan alone: a one-page checklist.
    const sheet = document.createElement('div');
    sheet.dataset.printSheet = '';
    const title = Object.assign(document.createElement('h1'), { textContent: 'AI engineer study plan' });
    const info = Object.assign(document.createElement('p'), { textContent: summary.textContent });
    sheet.append(title, info, section.querySelector('[data-plan-list]')!.cloneNode(true));
    document.body.append(sheet);
    document.documentElement.dataset.printPlan = '';
    const cleanUp = () => {
      sheet.remove();
      delete document.documentElement.dataset.printPlan;
    };
    addEventListener('afterprint', cleanUp, { once: true });
    print();
  });

  fill();
  render();
  form.hidden = false;
  actions.hidden = false;
  for (const note of section.querySelectorAll<HTMLElement>('[data-plan-nojs]')) note.hidden = true;
  section.dataset.planReady = '';
}
