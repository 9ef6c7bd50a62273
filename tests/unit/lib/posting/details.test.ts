import { describe, expect, test } from 'vitest';
import { readLevel, readPay, readYears } from '../../../../src/lib/posting/details';

describe('the level', () => {
  test('is read from the title first, and from a "<level> ... engineer" phrase otherwise', () => {
    expect(readLevel('Senior AI Engineer\nWe are hiring.')).toMatchObject({
      level: 'senior',
      from: 'title',
      quote: { text: 'Senior', start: 0, end: 6 },
    });
    expect(readLevel('Jobs\nSign in\nWe want a Staff AI Engineer to lead agents.')).toMatchObject({
      level: 'staff',
      from: 'text',
      quote: { text: 'Staff' },
    });
    expect(readLevel('AI Engineer II (mid-level)')).toMatchObject({ level: 'mid' });
    expect(readLevel('Junior AI Developer')).toMatchObject({ level: 'junior' });
    expect(readLevel('Principal Engineer, Applied AI')).toMatchObject({ level: 'principal' });
  });

  test('a title that names two levels is read at the higher, and none at all gives none', () => {
    expect(readLevel('Mid-Senior level AI Engineer')).toMatchObject({ level: 'senior' });
    expect(readLevel('Prompt Engineer (Contract)\nYou will work with senior engineers.')).toBeUndefined();
    expect(readLevel('')).toBeUndefined();
  });
});

describe('the years asked', () => {
  test('reads "5+ years", ranges, words and "at least", keeping the largest ask', () => {
    expect(readYears('5+ years of experience')).toMatchObject({ min: 5, quote: { text: '5+ years' } });
    expect(readYears('3-5 years building backends')).toMatchObject({ min: 3 });
    expect(readYears('at least three years in production')).toMatchObject({ min: 3 });
    expect(readYears('8+ years of software, including 2+ years with LLMs')).toMatchObject({ min: 8 });
    expect(readYears('ten or more years of engineering')).toMatchObject({ min: 10 });
  });

  test('leaves out years that are not experience: vesting, a degree, the company', () => {
    expect(readYears('Equity vests over 4 years with a one-year cliff.')).toBeUndefined();
    expect(readYears('A 4-year degree in computer science.')).toBeUndefined();
    expect(readYears('Founded 12 years ago, we are profitable.')).toBeUndefined();
    expect(readYears('No years mentioned.')).toBeUndefined();
  });
});

describe('the pay range', () => {
  test('reads the common ways of writing a yearly range', () => {
    expect(readPay('$180,000 - $220,000')).toMatchObject({
      low: 180_000,
      high: 220_000,
      currency: 'USD',
      basis: 'unstated',
      period: 'year',
    });
    expect(readPay('180k-220k base')).toMatchObject({
      low: 180_000,
      high: 220_000,
      currency: 'unstated',
      basis: 'base',
    });
    expect(readPay('$180K–$220K')).toMatchObject({ low: 180_000, high: 220_000, currency: 'USD' });
    expect(readPay('Base pay range: USD 160,000 to 200,000.')).toMatchObject({
      low: 160_000,
      high: 200_000,
      currency: 'USD',
      basis: 'base',
    });
    expect(readPay('$180-220k OTE')).toMatchObject({ low: 180_000, high: 220_000, basis: 'total' });
    expect(readPay('$1.2M - $1.5M total compensation')).toMatchObject({
      low: 1_200_000,
      high: 1_500_000,
      basis: 'total',
    });
  });

  test('keeps the words it read, where they are', () => {
    const text = 'Pay: $180K–$220K base, plus equity.';
    const pay = readPay(text)!;
    expect(text.slice(pay.quote.start, pay.quote.end)).toBe('$180K–$220K');
  });

  test('another currency is marked as such, and pay by the hour is not yearly', () => {
    expect(readPay('Salary: €85.000 – €105.000 per year')).toMatchObject({
      low: 85_000,
      high: 105_000,
      currency: 'other',
      period: 'year',
    });
    expect(readPay('£60k-£70k')).toMatchObject({ currency: 'other' });
    expect(readPay('Rate: $55 to $70 per hour.')).toMatchObject({ low: 55, high: 70, period: 'other' });
  });

  test('is not fooled by ranges of years, people or dates, or by a range upside down', () => {
    expect(readPay('3-5 years, teams of 10-20, 2024 - 2026')).toBeUndefined();
    expect(readPay('$220,000 - $180,000')).toBeUndefined();
    expect(readPay('$5 - $9')).toBeUndefined();
  });

  test('counts the ranges and reads the first', () => {
    expect(readPay('SF: $200k-$250k. NYC: $190k-$240k.')).toMatchObject({ low: 200_000, count: 2 });
  });
});
