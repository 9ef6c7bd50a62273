// The progress page: overall figures, what to revisit, ids kept aside, and moving progress between
// browsers (export to a file, import from one) or clearing it. Ticking milestones is handled by
// controls.ts, shared with every page that shows the learning path.
import * as store from './store';
import type { KnownIds, Progress } from './store';
import { all, showProgress } from './draw';
import { remember, say } from './save';
import { localDay } from '../../lib/dates';

export function initProgressPage() {
  const root = document.querySelector<HTMLElement>('[data-progress-page]');
  const knownEl = document.getElementById('progress-known');
  if (!root || !knownEl) return;
  const known = JSON.parse(knownEl.textContent ?? '{}') as {
    milestones: string[];
    checks: string[];
    skills: string[];
  } & KnownIds;
  const transfer = root.querySelector<HTMLElement>('[data-transfer-message]')!;
  const tell = (text: string) => (transfer.textContent = text);

  // Ticks under renamed ids move to the new ids; ids this build no longer has are moved aside (and ones it has again
  // are brought back); then it is saved.
  const loaded = store.loadProgress();
  let current: Progress = loaded.progress;
  if (loaded.state === 'ok') {
    const { progress, changed } = store.reconcile(current, known);
    current =
      changed && loaded.writable ? store.updateProgress((p) => store.reconcile(p, known).progress).progress : progress;
  }

  const render = () => {
    remember(current);
    showProgress(current);
    renderRevisit(current, known.checks.length);
    renderOrphans(current);
  };
  // After an import or a reset: the study plan re-reads its settings and re-plans.
  const announce = () => document.dispatchEvent(new CustomEvent<Progress>('progresschange', { detail: current }));
  render();
  say(loaded.message);

  document.addEventListener('progresschange', (event) => {
    current = (event as CustomEvent<Progress>).detail;
    renderRevisit(current, known.checks.length);
    renderOrphans(current);
  });

  root.querySelector('[data-export]')!.addEventListener('click', () => {
    const link = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(new Blob([store.serializeProgress(current, new Date())], { type: 'application/json' })),
      download: `ai-engineer-guide-progress-${localDay()}.json`,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    tell(`Exported ${describe(current)} to a file. Import it on another device or browser to carry on there.`);
  });

  const picker = root.querySelector<HTMLInputElement>('[data-import]')!;
  picker.addEventListener('change', async () => {
    const file = picker.files?.[0];
    if (!file) return;
    picker.value = '';
    const read = await store.readProgressFile(file);
    if (!read.ok) return tell(read.message);
    const { progress } = store.reconcile(read.progress, known);
    const saved = store.replaceProgress(progress);
    if (!saved.ok && store.loadProgress().state !== 'unavailable')
      return tell(`Nothing was imported. ${saved.message}`);
    current = progress;
    render();
    announce();
    say(saved.ok ? '' : store.MESSAGES.unavailable);
    const aside = store.orphanCount(progress);
    tell(
      `${saved.ok ? 'Imported' : 'Imported for this visit only'}: ${describe(progress)}${read.from < store.PROGRESS_VERSION ? ', from an older file format' : ''}.` +
        (aside
          ? ` ${aside} ${aside === 1 ? 'entry refers' : 'entries refer'} to things no longer in the guide and ${aside === 1 ? 'is' : 'are'} kept aside below.`
          : ''),
    );
  });

  const dialog = root.querySelector<HTMLDialogElement>('[data-reset-dialog]')!;
  const reset = () => {
    const result = store.resetProgress();
    current = result.progress;
    render();
    announce();
    say(result.ok ? '' : result.message);
    tell(
      result.ok
        ? 'Your progress has been reset. Nothing is saved in this browser now.'
        : 'Nothing could be reset: this browser does not let the page use its storage.',
    );
  };
  root.querySelector('[data-reset]')!.addEventListener('click', () => {
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else if (
      confirm(
        'Reset all your progress? Every ticked milestone, self-check answer, skill rating, study plan setting, the record of what you have read and any kept job posting, saved in this browser, will be cleared.',
      )
    )
      reset();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'reset') reset();
    dialog.returnValue = '';
  });
}

function describe(p: Progress): string {
  const m = Object.keys(p.milestones).length;
  const c = Object.keys(p.checks).length;
  const s = Object.keys(p.skills).length;
  const plan =
    Object.keys(p.plan).length > 0 || s > 0
      ? `, with your study plan (${s} skill ${s === 1 ? 'rating' : 'ratings'})`
      : '';
  const r = Object.keys(p.seen).length;
  const read = r > 0 ? `, what you have read in ${r} ${r === 1 ? 'chapter' : 'chapters'}` : '';
  const posting = p.posting ? ', a kept job posting' : '';
  return `${m} ticked ${m === 1 ? 'milestone' : 'milestones'} and ${c} self-check ${c === 1 ? 'answer' : 'answers'}${plan}${read}${posting}`;
}

/** The line under the overall bar: the answers given, of every self-check question (also written in the page). */
export const checksSummary = (know: number, notYet: number, total: number) =>
  `${know} marked “know it” and ${notYet} “not yet”, of ${total} self-check questions.`;

function renderRevisit(p: Progress, total: number) {
  let open = 0;
  for (const item of all<HTMLElement>('[data-revisit]')) {
    item.hidden = p.checks[item.dataset.revisit!] !== 'not-yet';
    if (!item.hidden) open += 1;
  }
  for (const chapter of all<HTMLElement>('[data-revisit-chapter]'))
    chapter.hidden = !chapter.querySelector('[data-revisit]:not([hidden])');
  for (const empty of all<HTMLElement>('[data-revisit-empty]')) empty.hidden = open > 0;
  const answers = Object.values(p.checks);
  const know = answers.filter((a) => a === 'know').length;
  const summary = document.querySelector('[data-checks-summary]');
  if (summary) summary.textContent = checksSummary(know, answers.length - know, total);
}

function renderOrphans(p: Progress) {
  const section = document.querySelector<HTMLElement>('[data-orphans]');
  const list = section?.querySelector('ul');
  if (!section || !list) return;
  const items = [
    ...Object.keys(p.orphaned.milestones).map((id) => `Milestone “${id}”, ticked`),
    ...Object.entries(p.orphaned.checks).map(
      ([key, answer]) => `Self-check “${key}”, marked ${answer === 'know' ? '“know it”' : '“not yet”'}`,
    ),
    ...Object.entries(p.orphaned.skills).map(([id, level]) => `Skill “${id}”, rated “${level}”`),
  ];
  list.replaceChildren(...items.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  section.hidden = items.length === 0;
}
