// The posting reader's page script (/data/posting/): every change to the box reads the posting again
// (src/lib/posting) and redraws the result; the reader's ratings, hours a week, the milestones to put first and, if
// they ask, the posting itself are saved through the progress store, the same one the study plan uses. Nothing
// leaves the browser. A short summary is announced through a polite live region once typing pauses.
import type { Progress } from '../../progress/store';
import { buildMatcher } from '../../../lib/posting/match';
import { readPosting, type ReadPosting } from '../../../lib/posting/read-posting';
import { gapFor } from '../../../lib/posting/gap';
import { calculatorState, placePay } from '../../../lib/posting/pay';
import { yearsMismatch } from '../../../lib/posting/warnings';
import { MAX_POSTING_CHARS, POSTING_LEVELS, type PostingLevel } from '../../../lib/posting/vocabulary';
import {
  DEFAULT_HOURS_PER_WEEK,
  MAX_HOURS_PER_WEEK,
  MIN_HOURS_PER_WEEK,
  validHoursPerWeek,
  type SkillLevel,
} from '../../../lib/study-plan';
import { localDay } from '../../../lib/dates';
import { url } from '../../../lib/url';
import { STUDY_PLAN_PATH } from '../../../lib/routes';
import type { PostingBoot } from './boot';
import { levelHint, renderAsks, renderGap, renderMarked, renderPay, renderWarnings, summaryText } from './render';

const isLevel = (v: string): v is PostingLevel => (POSTING_LEVELS as readonly string[]).includes(v);

export async function initPostingReader() {
  const form = document.querySelector<HTMLFormElement>('[data-posting-form]');
  const data = document.getElementById('posting-data');
  if (!form || !data) return;
  // The progress store (with its validation library, the larger part of the page's code) arrives just after the
  // page: it is the same file the progress page and the study plan load, so a reader who has been there has it.
  const store = await import('../../progress/store');
  const boot = JSON.parse(data.textContent ?? '{}') as PostingBoot;
  // Built on the first reading, not at load: a visit that pastes nothing need not pay for it.
  let matcher: ReturnType<typeof buildMatcher> | undefined;
  const names = new Map(boot.skills.map((s) => [s.id, s.name]));
  const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
  const box = form.querySelector<HTMLTextAreaElement>('textarea')!;
  const keep = form.querySelector<HTMLInputElement>('[data-keep]')!;
  const message = form.querySelector<HTMLElement>('[data-posting-message]')!;
  const live = $('[data-posting-live]');
  const empty = $('[data-posting-empty]');
  const results = $('[data-posting-results]');
  const levelSelect = $<HTMLSelectElement>('[data-level]');
  const hoursInput = $<HTMLInputElement>('#posting-hours');
  const hoursError = $('[data-hours-error]');
  const focusButton = $<HTMLButtonElement>('[data-focus]');
  const focusMessage = $('[data-focus-message]');
  const payLink = $<HTMLAnchorElement>('[data-pay-link]');

  const loaded = store.loadProgress();
  let current: Progress = loaded.progress;
  let read: ReadPosting | undefined;
  /** The level the reader chose for this posting; undefined while the posting's own is used. */
  let chosen: PostingLevel | '' | undefined = current.posting?.level;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let announced = '';
  /** How long the last paste was, when the box (maxlength) kept only the first MAX_POSTING_CHARS characters of it. */
  let pastedLength: number | undefined;

  const save = (change: (p: Progress) => Progress): boolean => {
    const result = store.updateProgress(change, store.browserStorage(), current);
    current = result.progress;
    if (!result.ok) message.textContent = result.message;
    return result.ok;
  };
  const level = (): PostingLevel | undefined => (chosen !== undefined ? chosen || undefined : read?.level?.level);
  const hoursPerWeek = () => current.plan.hoursPerWeek ?? DEFAULT_HOURS_PER_WEEK;

  const drawGap = () => {
    if (!read) return;
    const asked = read.asks.map((a) => a.skill);
    const gap = gapFor({
      asked,
      milestones: boot.milestones,
      ratings: current.skills,
      done: current.milestones,
      hoursPerWeek: hoursPerWeek(),
      today: localDay(),
    });
    renderGap(
      { text: $('[data-gap-text]'), unbuilt: $('[data-gap-unbuilt]'), focus: focusButton },
      gap,
      asked.length,
      hoursPerWeek(),
      names,
    );
    $('[data-gap]').hidden = asked.length === 0;
    return gap;
  };

  /** Everything that depends on the level: its hint, the years warning and the pay. */
  const drawLevelParts = () => {
    if (!read) return;
    const lvl = level();
    levelSelect.value = lvl ?? '';
    $('[data-level-hint]').textContent = levelHint(read, chosen, boot.levels);
    const years = lvl && read.years ? yearsMismatch(lvl, read.years.min, boot.ladder) : undefined;
    renderWarnings($('[data-warnings]'), $('[data-warnings-none]'), read, years, boot.levels);
    const placement = read.pay ? placePay(read.pay, lvl, boot.bands) : undefined;
    renderPay($('[data-pay]'), read, placement, lvl, boot.levels);
    $('[data-pay-open]').hidden = !read.pay || read.pay.period !== 'year';
    if (read.pay) payLink.href = `${boot.offerUrl}#${calculatorState(read.pay, lvl)}`;
    return years;
  };

  const announce = (text: string) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      if (text !== announced) live.textContent = announced = text;
    }, 500);
  };

  const update = () => {
    const raw = box.value;
    const blank = raw.trim() === '';
    empty.hidden = !blank;
    results.hidden = blank;
    if (blank) {
      read = undefined;
      announce('');
      results.dataset.read = '';
      return;
    }
    matcher ??= buildMatcher(boot.skills);
    read = readPosting(raw, matcher);
    const cut = $('[data-posting-cut]');
    const cutFrom = read.cutFrom ?? pastedLength;
    cut.hidden = cutFrom === undefined;
    cut.textContent =
      cutFrom === undefined
        ? ''
        : `This text is ${cutFrom.toLocaleString('en-US')} characters long, far longer than a job posting. The reader reads the first ${MAX_POSTING_CHARS.toLocaleString('en-US')} characters and leaves the rest.`;
    const none = read.asks.length === 0;
    $('[data-posting-none]').hidden = !none;
    const summary = summaryText(read, boot.skills.length);
    $('[data-posting-summary]').textContent = summary;
    $('[data-asks-table]').hidden = none;
    renderAsks($('[data-ask-rows]'), read.asks);
    renderMarked($('[data-posting-marked]'), read.text, read.marks, names);
    const gap = drawGap();
    const years = drawLevelParts();
    const warnings = read.warnings.length + (years ? 1 : 0);
    announce(
      none
        ? "None of the guide's skills was recognised in this text."
        : `${summary.split(':')[0]}. ${warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}. ` : ''}${gap && gap.plan.hours > 0 ? `Your gap: ${gap.plan.hours} hours.` : ''}`,
    );
    results.dataset.read = String(read.text.length);
    if (keep.checked) {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(keepPosting, 400);
    }
  };

  const keepPosting = () => {
    if (!read) return;
    const lvl = chosen || undefined;
    const ok = save((p) =>
      store.setPosting(p, { text: read!.text, savedAt: localDay(), ...(lvl ? { level: lvl } : {}) }),
    );
    if (!ok) keep.checked = false;
    return ok;
  };

  const fillRatings = () => {
    for (const select of document.querySelectorAll<HTMLSelectElement>('[data-rating]'))
      select.value = current.skills[select.dataset.rating!] ?? 'none';
  };

  // The box keeps at most MAX_POSTING_CHARS characters (its maxlength), so a huge paste never burdens the page; the
  // paste's own length is kept to say what was left out.
  box.addEventListener('paste', (event) => {
    const pasted = event.clipboardData?.getData('text/plain').length ?? 0;
    const total = box.value.length - (box.selectionEnd - box.selectionStart) + pasted;
    pastedLength = total > MAX_POSTING_CHARS ? total : undefined;
  });
  box.addEventListener('input', (event) => {
    if ((event as InputEvent).inputType !== 'insertFromPaste') pastedLength = undefined;
    update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  form.querySelector('[data-example]')!.addEventListener('click', () => {
    box.value = boot.example;
    chosen = undefined;
    pastedLength = undefined;
    update();
    message.textContent = 'The example posting is in the box; the result is below.';
  });
  form.querySelector('[data-clear]')!.addEventListener('click', () => {
    box.value = '';
    chosen = undefined;
    pastedLength = undefined;
    update();
    if (keep.checked) {
      keep.checked = false;
      save((p) => store.setPosting(p, undefined));
      message.textContent = 'The box is empty, and the saved posting is removed from this browser.';
    } else message.textContent = 'The box is empty.';
    box.focus();
  });
  keep.addEventListener('change', () => {
    if (keep.checked) {
      if (!read) {
        keep.checked = false;
        message.textContent = 'Paste a posting first; then it can be kept.';
      } else if (keepPosting())
        message.textContent =
          'This posting is kept in this browser with your progress (and goes into its export) until you remove it.';
    } else if (save((p) => store.setPosting(p, undefined)))
      message.textContent = 'The posting is no longer kept in this browser.';
  });
  form.querySelector('[data-forget]')!.addEventListener('click', () => {
    clearTimeout(saveTimer);
    keep.checked = false;
    const had = current.posting !== undefined;
    if (save((p) => store.setPosting(p, undefined)))
      message.textContent = had
        ? 'The saved posting is removed from this browser. The text in the box stays until you leave the page.'
        : 'No posting is saved in this browser.';
  });

  levelSelect.addEventListener('change', () => {
    chosen = isLevel(levelSelect.value) ? levelSelect.value : '';
    drawLevelParts();
    if (keep.checked) keepPosting();
  });
  $('[data-ask-rows]').addEventListener('change', (event) => {
    const select = event.target as HTMLSelectElement;
    if (!select.dataset.rating) return;
    save((p) => store.setSkill(p, select.dataset.rating!, select.value as SkillLevel));
    drawGap();
  });
  hoursInput.addEventListener('input', () => {
    const h = hoursInput.value.trim() === '' ? Number.NaN : Number(hoursInput.value);
    const ok = validHoursPerWeek(h);
    hoursError.textContent = ok
      ? ''
      : `Enter a whole number of hours from ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}. The gap above still uses your last valid figure.`;
    if (ok) hoursInput.removeAttribute('aria-invalid');
    else hoursInput.setAttribute('aria-invalid', 'true');
    if (!ok) return;
    save((p) => store.setPlan(p, { hoursPerWeek: h }));
    drawGap();
  });
  focusButton.addEventListener('click', () => {
    const ids = (focusButton.dataset.milestones ?? '').split(' ').filter(Boolean);
    if (ids.length === 0) return;
    if (!save((p) => store.setPlan(p, { focus: ids }))) return;
    const link = Object.assign(document.createElement('a'), {
      href: url(STUDY_PLAN_PATH),
      textContent: 'See your study plan',
      className: 'underline underline-offset-2',
    });
    focusMessage.replaceChildren(
      `Done: ${ids.length} ${ids.length === 1 ? 'milestone comes' : 'milestones come'} first in your study plan, on this page's skills. `,
      link,
      '.',
    );
  });

  fillRatings();
  hoursInput.value = String(hoursPerWeek());
  if (loaded.message) message.textContent = loaded.message;
  if (current.posting) {
    box.value = current.posting.text;
    keep.checked = true;
  }
  update();
  form.querySelector<HTMLFieldSetElement>('[data-posting-controls]')!.disabled = false;
  form.dataset.ready = '';
}
