// Drawing a read posting into the page's parts: the marked text, the skills table's rows, the gap, the warnings and
// the pay. Everything the posting supplies is written as text (textContent, text nodes), never as markup. Nothing
// here reads or decides; src/lib/posting does.
import type { AskKind } from '../../../lib/posting/asks';
import type { Mark } from '../../../lib/posting/match';
import type { ReadPosting } from '../../../lib/posting/read-posting';
import type { Gap } from '../../../lib/posting/gap';
import type { PayPlacement } from '../../../lib/posting/pay';
import type { YearsMismatch } from '../../../lib/posting/warnings';
import type { PostingLevel } from '../../../lib/posting/vocabulary';
import { describeVerdict } from '../../../lib/offer/compare';
import { formatCents } from '../../../lib/offer/money';
import { formatRange } from '../../../lib/format';
import { formatDate } from '../../../lib/dates';
import type { PostingBoot } from './boot';
import { url } from '../../../lib/url';
import { skillPath } from '../../../lib/routes';

export const KIND_LABELS: Record<AskKind, string> = { required: 'A requirement', plus: 'A plus', named: 'Named only' };
const ORDER: Record<AskKind, number> = { required: 0, plus: 1, named: 2 };

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') =>
  Object.assign(document.createElement(tag), { textContent: text, className });
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const hours = (n: number) => plural(n, 'hour', 'hours');

/** The posting's text with each mark a link to its skill's row: the marked words, then the skill's name. */
export function renderMarked(
  root: HTMLElement,
  text: string,
  marks: readonly Mark[],
  names: ReadonlyMap<string, string>,
) {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const m of marks) {
    if (m.start > at) out.append(text.slice(at, m.start));
    const link = Object.assign(document.createElement('a'), { href: `#ask-${m.skill}`, className: 'posting-mark' });
    link.append(
      el('mark', text.slice(m.start, m.end)),
      el('span', ', skill: ', 'sr-only'),
      el('span', names.get(m.skill) ?? m.skill, 'posting-chip'),
    );
    out.append(link);
    at = m.end;
  }
  out.append(text.slice(at));
  root.replaceChildren(out);
}

/** Shows the rows of the skills asked for, requirements first, then pluses, then those named only, each in the order the posting names them. */
export function renderAsks(body: HTMLElement, asks: ReadPosting['asks']) {
  const rows = new Map(
    [...body.querySelectorAll<HTMLTableRowElement>('[data-ask-row]')].map((r) => [r.dataset.askRow!, r]),
  );
  const shown = asks.map((a, i) => ({ ...a, i })).sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.i - b.i);
  for (const row of rows.values()) row.hidden = true;
  for (const a of shown) {
    const row = rows.get(a.skill);
    if (!row) continue;
    row.hidden = false;
    row.querySelector('[data-ask-kind]')!.textContent = KIND_LABELS[a.kind];
    body.append(row);
  }
}

export function summaryText(read: ReadPosting, total: number): string {
  if (read.asks.length === 0) return '';
  const count = (k: AskKind) => read.asks.filter((a) => a.kind === k).length;
  const parts = [
    plural(count('required'), 'as a requirement', 'as requirements'),
    plural(count('plus'), 'as a plus', 'as pluses'),
    `${count('named')} named only`,
  ].filter((p) => !p.startsWith('0 '));
  return `The posting names ${read.asks.length} of the guide's ${total} skills: ${parts.join(', ')}. Each is marked in the posting below; rate yourself on each in the table.`;
}

export function levelHint(
  read: ReadPosting,
  chosen: PostingLevel | '' | undefined,
  names: Record<string, string>,
): string {
  const said = read.level ? `“${read.level.quote.text}”${read.level.from === 'title' ? ' in its title' : ''}` : '';
  if (chosen !== undefined)
    return said ? `Your choice; the posting says ${said}.` : 'Your choice; the posting names no level.';
  if (read.level)
    return `${names[read.level.level]}, read from ${said}. Change it if that is wrong: the pay and the years are judged against it.`;
  return 'The posting names no level. Choose one to place its pay against the bands and to check its years.';
}

export interface GapParts {
  text: HTMLElement;
  unbuilt: HTMLElement;
  focus: HTMLButtonElement;
}

/** The hours and the ready date, the skills no milestone builds, and whether there is anything to put first. */
export function renderGap(
  parts: GapParts,
  gap: Gap,
  asked: number,
  hoursPerWeek: number,
  names: ReadonlyMap<string, string>,
) {
  const toDo = gap.plan.milestones.filter((m) => m.status === 'full' || m.status === 'shortened');
  parts.focus.hidden = toDo.length === 0;
  parts.focus.dataset.milestones = toDo.map((m) => m.id).join(' ');
  parts.unbuilt.replaceChildren();
  if (gap.skills.length === 0) {
    parts.text.textContent =
      asked > 0
        ? 'You rate every skill this posting asks for as solid: nothing on the learning path is left to close.'
        : '';
    return;
  }
  const below = `You rate ${gap.skills.length} of the ${plural(asked, 'skill', 'skills')} it asks for below solid.`;
  if (toDo.length === 0) {
    parts.text.textContent = gap.milestones.length
      ? `${below} The milestones that build them are ticked off or skipped for skills you rate solid.`
      : `${below} No milestone on the learning path builds them.`;
  } else {
    const finish = formatDate(new Date(`${gap.plan.finish}T00:00:00Z`));
    parts.text.textContent =
      `${below} The ${plural(toDo.length, 'milestone', 'milestones')} that build them take ${hours(gap.plan.hours)} by the guide's estimates ` +
      `(halved where none of a milestone's skills is new to you, and not counted once ticked off): at ${hours(hoursPerWeek)} a week from today, you would be ready on ${finish}.`;
  }
  if (gap.unbuilt.length > 0) {
    const items = gap.unbuilt.map((id) => {
      const li = el('li');
      li.append(
        Object.assign(
          el('a', names.get(id) ?? id, 'text-accent-700 underline underline-offset-2 dark:text-accent-300'),
          { href: url(skillPath(id)) },
        ),
        ': no milestone on the path builds it; the skills matrix says what good looks like.',
      );
      return li;
    });
    parts.unbuilt.replaceChildren(...items);
  }
}

/** Each warning the posting shows, with its own words; the years warning with the ladder's rungs. */
export function renderWarnings(
  root: HTMLElement,
  none: HTMLElement,
  read: ReadPosting,
  years: YearsMismatch | undefined,
  names: Record<string, string>,
) {
  const shown = new Map(read.warnings.map((w) => [w.id as string, w.quote.text]));
  if (years && read.years) shown.set('years-level', read.years.quote.text);
  for (const item of root.querySelectorAll<HTMLElement>('[data-warning]')) {
    const quote = shown.get(item.dataset.warning!);
    item.hidden = quote === undefined;
    if (quote !== undefined)
      item.querySelector('[data-warning-quote]')!.textContent = quote.length > 160 ? `${quote.slice(0, 157)}…` : quote;
  }
  none.hidden = shown.size > 0;
  const detail = root.querySelector('[data-warning-detail]');
  if (!detail || !years) return;
  const y = plural(years.years, 'year', 'years');
  const where = years.fits.length
    ? `${y} falls within ${years.fits.map((r) => r.label).join(' and ')}`
    : `${y} is past its top rung`;
  detail.textContent = years.own
    ? `The posting names the level ${names[years.level]} and asks for ${read.years!.quote.text}. On the one ladder of years the sources give, that level is ${years.own.label}, while ${where}.`
    : `The posting names the level ${names[years.level]} and asks for ${read.years!.quote.text}. The one ladder of years the sources give starts at ${years.lowest.label}, and has no junior rung; ${where}.`;
}

const dollars = (n: number) => formatCents(n * 100);

/** The pay range, what it counts, and where it sits against each band that speaks for its level. */
export function renderPay(
  root: HTMLElement,
  read: ReadPosting,
  placement: PayPlacement | undefined,
  level: PostingLevel | undefined,
  names: Record<string, string>,
) {
  const pay = read.pay;
  if (!pay || !placement) {
    root.replaceChildren(
      el(
        'p',
        'The posting gives no pay range that the reader recognises (such as “$180,000 - $220,000” or “180k-220k base”).',
      ),
    );
    return;
  }
  const lines: HTMLElement[] = [];
  const range = pay.currency === 'other' ? `“${pay.quote.text}”` : `${dollars(pay.low)} to ${dollars(pay.high)}`;
  const basis = pay.basis === 'base' ? ', base salary' : pay.basis === 'total' ? ', total pay' : '';
  lines.push(
    el(
      'p',
      `The posting gives ${range}${basis}${pay.count > 1 ? ` (the first of ${pay.count} ranges it gives)` : ''}.`,
    ),
  );
  const notes: string[] = [];
  if (pay.currency === 'unstated') notes.push('It names no currency, so it is read as US dollars.');
  if (pay.period === 'year') {
    if (pay.basis === 'base')
      notes.push(
        'The bands count total compensation (base, bonus and equity for one year), so a base range below a band may still reach it with bonus and equity.',
      );
    else if (pay.basis === 'unstated')
      notes.push(
        'It does not say whether this is base salary or total pay. The bands count total compensation (base, bonus and equity for one year), and the range is held against them as if it were all the pay.',
      );
  }
  if (notes.length) lines.push(el('p', notes.join(' ')));
  const scope = placement.scope;
  if (scope.status === 'not-yearly')
    lines.push(
      el(
        'p',
        'That is pay by the hour, day, week or month, not a yearly salary, so it is not compared with the yearly bands.',
      ),
    );
  else if (scope.status === 'outside-us')
    lines.push(el('p', 'No source gives pay outside the US, so the range is not compared with any band.'));
  else if (scope.status === 'no-level')
    lines.push(
      el(
        'p',
        `No source gives a band for ${(names[scope.level] ?? scope.level).toLowerCase()} roles, so the range is not compared with any band.`,
      ),
    );
  else if (scope.status === 'level-not-chosen')
    lines.push(el('p', 'Choose the level above to place the range against the bands for that level.'));
  else {
    lines.push(
      el(
        'p',
        `Against the guide's bands for ${(names[level ?? ''] ?? 'its level').toLowerCase()} roles in the US, each read for the kind of figure it is:`,
      ),
    );
    const list = el('ul');
    for (const v of placement.verdicts) {
      const band = v.band as PostingBoot['bands'][number];
      const li = el('li');
      li.append(el('strong', `${band.source}, ${formatRange(band)}`), ` (${band.levelLabel}; ${band.companyType}). `);
      const low = describeVerdict(v.low, formatCents, 'The low end');
      const high = describeVerdict(v.high, formatCents, 'The top end');
      li.append(v.low.type === 'not-compared' ? low : `${low} ${high}`);
      list.append(li);
    }
    lines.push(list);
  }
  root.replaceChildren(...lines);
}
