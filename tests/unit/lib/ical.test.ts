import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import {
  UID_DOMAIN,
  buildCalendar,
  escapeText,
  foldLine,
  planEvents,
  type MilestoneLabels,
} from '../../../src/lib/ical';
import { addDays } from '../../../src/lib/dates';
import { planStudy, type PlanMilestone } from '../../../src/lib/study-plan';

const path: PlanMilestone[] = [
  { id: 'basics', hours: 20, skills: ['model-literacy'] },
  { id: 'apis', hours: 14, skills: ['llm-api-fluency'] },
  { id: 'rag', hours: 16, skills: ['retrieval'] },
];
const labels: MilestoneLabels = {
  basics: {
    text: 'Work through "Zero to Hero", building the small networks yourself; then, write it up.',
    stage: 'Foundations',
  },
  apis: { text: 'Build a few small tools on two model APIs — café-grade, 日本語 too 🚀', stage: 'Foundations' },
  rag: { text: 'Build a retrieval app from scratch\\with no framework.', stage: 'RAG and evaluation' },
};
const NOW = new Date('2026-11-30T09:15:00Z');
const plan = planStudy({
  milestones: path,
  hoursPerWeek: 10,
  start: '2026-12-07',
  today: '2026-12-01',
  skills: { 'llm-api-fluency': 'some' },
});

/** Parses with ical.js, the well-kept parser Mozilla's calendar uses; throws on anything malformed. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('one event per milestone', () => {
  const text = buildCalendar(
    planEvents(plan, 'milestones', labels, 'https://guide.example.org/chapters/learning-path/'),
    { now: NOW, name: 'AI engineer study plan' },
  );
  const { calendar, events } = parse(text);

  test('the calendar parses, with its version, product id and name', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//AI Engineer Guide//Study plan//EN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('AI engineer study plan');
  });

  test('each milestone still to do is one all-day event spanning its planned days, the end day included', () => {
    expect(events.map((e) => e.uid)).toEqual([`basics@${UID_DOMAIN}`, `apis@${UID_DOMAIN}`, `rag@${UID_DOMAIN}`]);
    const first = events[0]!;
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe(plan.milestones[0]!.start);
    // DTEND is exclusive: the day after the last day of study.
    expect(first.endDate.toString()).toBe('2026-12-21');
    expect(plan.milestones[0]!.end).toBe('2026-12-20');
  });

  test('summaries and descriptions come back exactly, with commas, semicolons, backslashes and non-ASCII text intact', () => {
    expect(events.map((e) => e.summary)).toEqual(path.map((m) => labels[m.id]!.text));
    expect(events[1]!.description).toBe(
      "Foundations. 7 hours of study, shortened from the guide's estimate of 14 hours for skills you already have.",
    );
    expect(events[0]!.description).toBe("Foundations. 20 hours of study, the guide's estimate.");
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://guide.example.org/chapters/learning-path/');
  });

  test('every event has a DTSTAMP in UTC from the moment given, and does not mark the reader busy', () => {
    for (const e of events) {
      expect(e.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-30T09:15:00Z');
      expect(e.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    }
  });

  test('lines end in CRLF only, and none is longer than 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the long summaries were folded
  });

  test('done and skipped milestones get no event', () => {
    const less = planStudy({
      milestones: path,
      hoursPerWeek: 10,
      start: '2026-12-07',
      today: '2026-12-07',
      done: { basics: true },
      skills: { retrieval: 'solid' },
    });
    expect(
      parse(buildCalendar(planEvents(less, 'milestones', labels), { now: NOW, name: 'x' })).events.map((e) => e.uid),
    ).toEqual([`apis@${UID_DOMAIN}`]);
  });
});

describe('one event per week', () => {
  const { events } = parse(
    buildCalendar(planEvents(plan, 'weeks', labels), { now: NOW, name: 'AI engineer study plan' }),
  );

  test('each week of study is one event of seven days, the last one ending on the finish date', () => {
    expect(events).toHaveLength(plan.weeks.length);
    expect(events[0]!.startDate.toString()).toBe('2026-12-07');
    expect(events[0]!.endDate.toString()).toBe('2026-12-14');
    expect(events.at(-1)!.endDate.toString()).toBe(addDays(plan.finish!, 1));
    expect(events.map((e) => e.uid)).toEqual(plan.weeks.map((w) => `week-${w.index}@${UID_DOMAIN}`));
  });

  test("a week's summary gives its hours, and its description the milestones studied that week", () => {
    expect(events[0]!.summary).toBe(`Study week 1 of ${plan.weeks.length}: 10 hours`);
    expect(events[1]!.description).toBe(`10 hours: ${labels.basics!.text}`);
    expect(events[2]!.description).toBe(`7 hours: ${labels.apis!.text}\n3 hours: ${labels.rag!.text}`);
  });
});

test('importing a changed plan again keeps every UID, so calendars update the events instead of adding copies', () => {
  const later = planStudy({ milestones: path, hoursPerWeek: 5, start: '2027-01-04', today: '2026-12-01' });
  const uids = (p: typeof plan) =>
    parse(buildCalendar(planEvents(p, 'milestones', labels), { now: NOW, name: 'x' })).events.map((e) => e.uid);
  expect(uids(later)).toEqual(uids(plan));
});

describe('folding and escaping', () => {
  test('a line of 75 octets is left alone and one of 76 is folded onto a line starting with a space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(
      foldLine('x'.repeat(75 + 74 + 1))
        .split('\r\n')
        .map((l) => l.length),
    ).toEqual([75, 75, 2]);
  });

  test('a fold never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}`; // 8 + 80 octets
    const folded = foldLine(line).split('\r\n');
    expect(folded.map((l) => Buffer.byteLength(l))).toEqual([74, 15]); // 75 would cut an é in half
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
  });

  test('any text folds into lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const line = `DESCRIPTION:${escapeText(s)}`;
        const physical = foldLine(line).split('\r\n');
        for (const l of physical) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
        expect(physical.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
      }),
    );
  });

  // Control characters other than tab and line feed cannot be in a summary.
  // eslint-disable-next-line no-control-regex -- matching them is the point.
  const CONTROL = /[\r\u0000-\u0008\u000b-\u001f\u007f]/;

  test('any summary survives the round trip through ical.js exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).filter((s) => !CONTROL.test(s)),
        (s) => {
          const { events } = parse(
            buildCalendar([{ uid: `x@${UID_DOMAIN}`, start: '2026-12-07', end: '2026-12-07', summary: s }], {
              now: NOW,
              name: 'x',
            }),
          );
          expect(events[0]!.summary).toBe(s);
        },
      ),
    );
  });

  test('commas, semicolons, backslashes and line breaks are escaped as TEXT requires', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});
