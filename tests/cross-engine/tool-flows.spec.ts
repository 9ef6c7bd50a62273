// The two tools in every engine: the offer calculator's address round trip (the link reproduces the offer) and the
// study plan's calendar file (parsed as iCalendar).
import ICAL from 'ical.js';
import { test, expect, until, downloadedText } from './fixtures';

/** The offer's year-by-year table as text, once the calculator has run. */
const offerTable = () => {
  const table = [...document.querySelectorAll('table')].find((t) => /year by year/i.test(t.caption?.textContent ?? ''));
  return table?.innerText.trim();
};

test('the offer calculator keeps an offer in the address, and the link reproduces it', async ({ web, at }) => {
  await web.goto(at('data/offer/'));
  await until(web, 'the calculator to be ready', () => Boolean(document.querySelector('form[data-ready]')));
  await web.run(() => {
    const base = document.querySelector<HTMLInputElement>('#a-base')!;
    base.scrollIntoView({ block: 'center' });
    base.focus();
    base.select();
  });
  await web.type('212345');
  const address = await until(web, 'the new base salary in the address', () =>
    location.hash.includes('base=212345') ? location.href : false,
  );
  const table = await until(web, 'the table with the new base', offerTable);
  expect(table, `${web.engine}: the table shows the new base`).toContain('212,345');

  // Open the link afresh: another page first, so the address is a new load, not a jump within the page.
  // (WebKitWebDriver drives one page at a time, so the same page goes there.)
  await web.goto(at(''));
  await web.run(() => localStorage.clear()); // nothing kept in the browser: the address alone carries the offer
  await web.goto(address);
  await until(web, 'the calculator to be ready on the copied link', () =>
    Boolean(document.querySelector('form[data-ready]')),
  );
  expect(
    await web.run(() => document.querySelector<HTMLInputElement>('#a-base')!.value),
    `${web.engine}: base from the link`,
  ).toBe('212345');
  expect(
    await until(web, 'the table on the copied link', offerTable),
    `${web.engine}: the same table from the link`,
  ).toBe(table);
});

test('the study plan downloads a calendar file that parses as iCalendar, one event per milestone', async ({
  web,
  at,
}) => {
  await web.goto(at('chapters/learning-path/'));
  await web.run(() => document.querySelector('[data-study-plan]')!.scrollIntoView());
  await until(web, 'the plan to be ready', () =>
    Boolean(
      document.querySelector<HTMLFormElement>('[data-plan-form]')?.hidden === false &&
      document.querySelector('[data-plan-summary]')?.textContent,
    ),
  );
  const text = await downloadedText(web, '[data-plan-download]', 'the calendar file');
  expect(text.includes('\r\n') && !/[^\r]\n/.test(text), `${web.engine}: CRLF line endings`).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  const milestones = await web.run(() => document.querySelectorAll('[data-plan-milestone]').length);
  expect(events.length, `${web.engine}: one event per milestone`).toBe(milestones);
  for (const event of events) {
    expect(event.uid, `${web.engine}: a stable UID`).toMatch(/@study-plan\.ai-engineer-guide$/);
    expect(event.startDate.compare(event.endDate), `${web.engine}: ${event.summary} ends after it starts`).toBeLessThan(
      0,
    );
  }
});
