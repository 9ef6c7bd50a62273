import { describe, expect, test } from 'vitest';
import { describeRange, formatMoney, formatRange, readingMinutes } from '../../../src/lib/format';

describe('formatMoney', () => {
  test('writes thousands as K and millions as M, without trailing zeros', () => {
    expect(formatMoney(180_000)).toBe('$180K');
    expect(formatMoney(262_500)).toBe('$262.5K');
    expect(formatMoney(1_000_000)).toBe('$1M');
    expect(formatMoney(1_500_000)).toBe('$1.5M');
    expect(formatMoney(1_250_000)).toBe('$1.25M');
  });

  test('writes amounts under a thousand in full', () => {
    expect(formatMoney(0)).toBe('$0');
    expect(formatMoney(950)).toBe('$950');
  });

  test('writes the code of a currency it has no symbol for', () => {
    expect(formatMoney(180_000, 'EUR')).toBe('EUR 180K');
  });
});

describe('formatRange', () => {
  test('writes a band as low to high with an en dash', () => {
    expect(formatRange({ low: 260_000, high: 420_000 })).toBe('$260K–$420K');
  });

  test('adds a plus to an open-ended high figure', () => {
    expect(formatRange({ low: 600_000, high: 1_000_000, highOpenEnded: true })).toBe('$600K–$1M+');
  });

  test('writes a band with only a floor as low plus', () => {
    expect(formatRange({ low: 500_000 })).toBe('$500K+');
  });

  test('puts a plus in front of a premium over a generalist engineer', () => {
    expect(formatRange({ low: 50_000, high: 150_000, basis: 'premium-over-generalist' })).toBe('+$50K–$150K');
  });

  test('writes a figure pay often exceeds in words, never as a range or a bare plus', () => {
    expect(formatRange({ low: 400_000, kind: 'often-above' })).toBe('often above $400K');
  });

  test('writes a figure pay can reach in words, with the plus the source gives', () => {
    expect(formatRange({ low: 500_000, kind: 'can-reach' })).toBe('can reach $500K+');
  });

  test('writes reported offers and typical ranges alike, as low to high', () => {
    expect(formatRange({ low: 800_000, high: 1_500_000, kind: 'reported-offers' })).toBe('$800K–$1.5M');
    expect(formatRange({ low: 260_000, high: 420_000, kind: 'typical-range' })).toBe('$260K–$420K');
  });
});

describe('describeRange', () => {
  test('spells a band out as from low to high', () => {
    expect(describeRange({ low: 260_000, high: 420_000 })).toBe('from $260K to $420K');
  });

  test('says "or more" for an open-ended high figure and for a floor', () => {
    expect(describeRange({ low: 600_000, high: 1_000_000, highOpenEnded: true })).toBe('from $600K to $1M or more');
    expect(describeRange({ low: 500_000 })).toBe('$500K or more');
  });

  test('says what a premium is measured against', () => {
    expect(describeRange({ low: 50_000, high: 150_000, basis: 'premium-over-generalist' })).toBe(
      'from $50K to $150K above a generalist engineer',
    );
  });

  test('spells out the single-figure kinds the way they are printed', () => {
    expect(describeRange({ low: 400_000, kind: 'often-above' })).toBe('often above $400K');
    expect(describeRange({ low: 500_000, kind: 'can-reach' })).toBe('can reach $500K or more');
  });
});

describe('readingMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  test('counts 230 words a minute, rounded', () => {
    expect(readingMinutes(words(460))).toBe(2);
    expect(readingMinutes(words(344))).toBe(1);
    expect(readingMinutes(words(345))).toBe(2);
  });

  test('never says less than a minute, even for an empty chapter', () => {
    expect(readingMinutes('')).toBe(1);
  });

  test('does not count frontmatter or the attributes of MDX tags', () => {
    const frontmatter = `---\ndescription: ${words(1000)}\n---\n`;
    const tag = `<SalaryBands caption="${words(1000)}" />`;
    expect(readingMinutes(`${frontmatter}${tag}\n${words(460)}`)).toBe(2);
  });

  test('counts each token of a code block as a word', () => {
    const code = `\`\`\`ts\n${Array.from({ length: 230 }, () => 'x();').join('\n')}\n\`\`\``;
    expect(readingMinutes(`${code}\n${words(230)}`)).toBe(2);
  });
});
