import { afterEach, describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  dateOf,
  dayNumber,
  formatDate,
  formatDay,
  isoDay,
  isStale,
  localDay,
  parseDay,
  today,
} from '../../../src/lib/dates';

describe('a calendar day', () => {
  test('written YYYY-MM-DD is read as midnight UTC', () => {
    expect(parseDay('2026-06-11')?.toISOString()).toBe('2026-06-11T00:00:00.000Z');
    expect(isoDay(parseDay('2028-02-29')!)).toBe('2028-02-29');
  });

  test('that is not on the calendar, or not written YYYY-MM-DD, is refused instead of rolling over', () => {
    for (const text of ['2026-02-30', '2027-02-29', '2026-13-01', '2026-6-1', '30/11/2026', '2026-06-11T00:00:00Z', ''])
      expect(parseDay(text), text).toBeUndefined();
    expect(() => dayNumber('2026-02-30')).toThrow(/"2026-02-30" is not a calendar date written YYYY-MM-DD/);
  });

  test('counts and adds days across month, year and leap-day boundaries', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dateOf(dayNumber('2026-11-30') + 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(isoDay(addMonths(parseDay('2026-08-31')!, 6))).toBe('2027-03-03');
  });

  test('prints as the UTC day, whatever the time of day', () => {
    const lateEvening = new Date('2026-06-11T23:30:00Z');
    expect(formatDate(lateEvening)).toBe('11 June 2026');
    expect(isoDay(lateEvening)).toBe('2026-06-11');
  });
});

describe('isStale', () => {
  const now = new Date('2026-06-11T00:00:00Z');

  test('is true for a date more than twelve months before now', () => {
    expect(isStale(new Date('2025-06-10T00:00:00Z'), now)).toBe(true);
  });

  test('is false for a date exactly twelve months before now, or later', () => {
    expect(isStale(new Date('2025-06-11T00:00:00Z'), now)).toBe(false);
    expect(isStale(new Date('2026-01-01T00:00:00Z'), now)).toBe(false);
  });

  test('takes another number of months', () => {
    expect(isStale(new Date('2026-01-01T00:00:00Z'), now, 3)).toBe(true);
  });
});

describe("the reader's day", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  test("at 23:30 on a US evening is that evening's date, although in UTC it is already the next day", () => {
    process.env.TZ = 'America/New_York';
    const evening = new Date('2026-12-07T04:30:00Z'); // 23:30 on 6 December in New York
    expect(localDay(evening)).toBe('2026-12-06');
    expect(isoDay(evening)).toBe('2026-12-07');
  });

  test('east of UTC is already the next day while UTC is still on the last', () => {
    process.env.TZ = 'Asia/Tokyo';
    expect(localDay(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });
});

describe("the build's today", () => {
  test('is GUIDE_TODAY when it is set, as midnight UTC', () => {
    expect(today({ GUIDE_TODAY: '2028-12-06' }).toISOString()).toBe('2028-12-06T00:00:00.000Z');
  });

  test("is the clock's UTC date when GUIDE_TODAY is unset or empty", () => {
    for (const env of [{}, { GUIDE_TODAY: '' }]) {
      const before = isoDay(new Date());
      const day = today(env);
      expect([before, isoDay(new Date())]).toContain(isoDay(day));
      expect(day.getUTCHours()).toBe(0);
    }
  });

  test('refuses a GUIDE_TODAY that is not a day, saying how to write it', () => {
    expect(() => today({ GUIDE_TODAY: '2028-02-30' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: GUIDE_TODAY is "2028-02-30", which is not a date; write it as YYYY-MM-DD (for example 2026-11-30), or unset it to use the clock.]`,
    );
  });
});

test('a day in words, in each style the study plan uses', () => {
  expect(formatDay('2026-11-30', 'long')).toBe('Monday, 30 November 2026');
  expect(formatDay('2026-11-30', 'short')).toBe('30 Nov 2026');
  expect(formatDay('2026-11-30', 'short-no-year')).toBe('30 Nov');
});
