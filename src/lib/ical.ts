// The study plan as an iCalendar file (RFC 5545) a reader imports into their own calendar: one all-day
// event per milestone, or one per week of study. Each event's UID comes from the milestone id or the week
// number and a fixed domain, so importing a changed plan again updates the events instead of adding copies.
// Pure: the moment written as DTSTAMP is a parameter. Tested in tests/unit/lib/ical.test.ts with ical.js.
import { addDays } from './dates';
import type { StudyPlan } from './study-plan';

/** The right-hand side of every UID. Never change it: readers' calendars match events by it. */
export const UID_DOMAIN = 'study-plan.ai-engineer-guide';
export const PRODID = '-//AI Engineer Guide//Study plan//EN';

/** One event per milestone, or one per week of study: the reader's choice. */
export const CALENDAR_KINDS = ['milestones', 'weeks'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export interface CalendarEvent {
  uid: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (written as the exclusive DTEND the day after). */
  end: string;
  summary: string;
  description?: string;
  url?: string;
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export const escapeText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/**
 * Folds a content line so no physical line is longer than 75 octets (RFC 5545 3.1): each continuation
 * starts with one space. Splits only between characters, never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compactDate = (date: string) => date.replaceAll('-', '');
const stamp = (moment: Date) => `${moment.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** The whole calendar file: CRLF line endings, folded lines, ending with a CRLF. */
export function buildCalendar(events: readonly CalendarEvent[], options: { now: Date; name: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(options.now)}`,
      `DTSTART;VALUE=DATE:${compactDate(e.start)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(e.end, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      // Study time is not a meeting: the events do not mark the reader as busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** What the events say about each milestone: its text and its stage's title. */
export type MilestoneLabels = Readonly<Record<string, { text: string; stage: string }>>;

const hours = (n: number) => `${n} ${n === 1 ? 'hour' : 'hours'}`;

/** The plan's events: a milestone still to do per event, or a week of study per event. Done and skipped milestones have none. */
export function planEvents(
  plan: StudyPlan,
  kind: CalendarKind,
  labels: MilestoneLabels,
  url?: string,
): CalendarEvent[] {
  const text = (id: string) => labels[id]?.text ?? id;
  const link = url ? { url } : {};
  if (kind === 'weeks') {
    return plan.weeks.map((w) => ({
      uid: `week-${w.index}@${UID_DOMAIN}`,
      start: w.start,
      end: w.end,
      summary: `Study week ${w.index} of ${plan.weeks.length}: ${hours(w.hours)}`,
      description: w.milestones.map((m) => `${hours(m.hours)}: ${text(m.id)}`).join('\n'),
      ...link,
    }));
  }
  return plan.milestones
    .filter((m) => m.start && m.end)
    .map((m) => ({
      uid: `${m.id}@${UID_DOMAIN}`,
      start: m.start!,
      end: m.end!,
      summary: text(m.id),
      description:
        `${labels[m.id]?.stage ?? 'Learning path'}. ${hours(m.hours)} of study` +
        (m.status === 'shortened'
          ? `, shortened from the guide's estimate of ${hours(m.estimate)} for skills you already have.`
          : ", the guide's estimate."),
      ...link,
    }));
}
