import { describe, expect, test } from 'vitest';
import {
  CHART,
  NARROW_CHART,
  barFor,
  barTop,
  layoutSalaryChart,
  niceAxis,
  wrapWords,
  type ChartBandInput,
} from '../../../src/lib/salary-chart';

const LEVELS = ['mid', 'senior', 'staff', 'staff-principal', 'principal', 'any'];
const band = (
  id: string,
  level: string,
  low: number,
  high?: number,
  extra: Partial<ChartBandInput> = {},
): ChartBandInput => ({ id, level, low, high, premium: false, ...extra });

describe('axis', () => {
  test('picks a round step and ends the axis on a multiple of it', () => {
    expect(niceAxis(420_000)).toEqual({ max: 500_000, step: 100_000 });
    expect(niceAxis(1_620_000)).toEqual({ max: 1_750_000, step: 250_000 });
    expect(niceAxis(162_000)).toEqual({ max: 175_000, step: 25_000 });
  });

  test('never gives more than the allowed number of steps', () => {
    for (const max of [9_999, 123_456, 987_654, 3_210_000]) {
      const axis = niceAxis(max);
      expect(axis.max).toBeGreaterThanOrEqual(max);
      expect(axis.max / axis.step).toBeLessThanOrEqual(7);
    }
  });
});

describe('bars', () => {
  const left = 10;
  const right = 710;

  test('a closed band runs from its low to its high figure on a linear scale from zero', () => {
    const bar = barFor(band('a', 'senior', 250_000, 500_000), 1_000_000, left, right);
    expect(bar.x).toBe(10 + 175);
    expect(bar.width).toBe(175);
    expect(bar.fade).toBeUndefined();
  });

  test('a band written with a plus is solid to its high figure, then fades out to the right', () => {
    const bar = barFor(band('a', 'principal', 600_000, 1_000_000, { highOpenEnded: true }), 2_000_000, left, right);
    expect(bar.x + bar.width).toBe(10 + 350);
    expect(bar.fade).toEqual({ x: 360, width: CHART.fadeShare * 700 });
  });

  test('a single figure (often above, can reach) is a mark at the figure with a fade to the right, never a solid range or a made-up top', () => {
    const bar = barFor(band('a', 'senior', 400_000), 1_000_000, left, right);
    expect(bar.single).toBe(true);
    expect(bar.x).toBe(10 + 280);
    expect(bar.width).toBe(0);
    expect(bar.fade).toEqual({ x: bar.x, width: 2 * CHART.fadeShare * 700 });
  });

  test('a range never counts as a single figure, even when it fades out past a plus', () => {
    expect(barFor(band('a', 'mid', 180_000, 260_000), 1_000_000, left, right).single).toBeUndefined();
    expect(
      barFor(band('a', 'principal', 600_000, 1_000_000, { highOpenEnded: true }), 2_000_000, left, right).single,
    ).toBeUndefined();
  });

  test("a single figure's fade stops at the right edge of the plot", () => {
    const bar = barFor(band('a', 'staff', 950_000), 1_000_000, left, right);
    expect(bar.fade!.x + bar.fade!.width).toBe(right);
  });

  test('a fade never runs past the right edge of the plot', () => {
    const bar = barFor(band('a', 'staff', 900_000, 990_000, { highOpenEnded: true }), 1_000_000, left, right);
    expect(bar.fade!.x + bar.fade!.width).toBeLessThanOrEqual(right);
  });
});

describe('layout', () => {
  const bands = [
    band('s1-senior', 'senior', 260_000, 420_000),
    band('s1-mid', 'mid', 180_000, 260_000),
    band('s3-senior', 'senior', 250_000, 400_000),
    band('s3-staff-principal', 'staff-principal', 500_000),
    band('s2-premium', 'any', 50_000, 150_000, { premium: true }),
  ];
  const layout = layoutSalaryChart(bands, LEVELS);

  test('groups bands by level in the given order, keeping sources that disagree side by side, each as its own bar', () => {
    const order = layout.blocks
      .filter((b) => b.kind === 'level' || b.kind === 'band')
      .map((b) => (b.kind === 'band' ? b.id : `[${b.level}]`));
    expect(order).toEqual([
      '[mid]',
      's1-mid',
      '[senior]',
      's1-senior',
      's3-senior',
      '[staff-principal]',
      's3-staff-principal',
      '[any]',
      's2-premium',
    ]);
  });

  test('premiums get their own panel and scale, after the salary bands', () => {
    expect(layout.panels.map((p) => p.id)).toEqual(['pay', 'premium']);
    expect(layout.panels[0]!.max).toBeGreaterThan(500_000);
    expect(layout.panels[1]!.max).toBeLessThan(500_000);
    const premium = layout.blocks.find((b) => b.kind === 'band' && b.id === 's2-premium');
    expect(premium?.panel).toBe('premium');
  });

  test('every bar and its fade stay inside the plot, on a scale that reaches past every figure', () => {
    for (const b of layout.blocks) {
      if (b.kind !== 'band') continue;
      expect(b.bar.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(b.bar.x + b.bar.width).toBeLessThanOrEqual(layout.plot.right);
      if (b.bar.fade) expect(b.bar.fade.x + b.bar.fade.width).toBeLessThanOrEqual(layout.plot.right);
    }
  });

  test('ticks start at zero, are evenly spaced and end at the axis maximum on the right edge', () => {
    const pay = layout.panels[0]!;
    expect(pay.ticks[0]).toEqual({ value: 0, x: layout.plot.left });
    expect(pay.ticks.at(-1)).toEqual({ value: pay.max, x: layout.plot.right });
    const gaps = pay.ticks.slice(1).map((t, i) => t.x - pay.ticks[i]!.x);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 6);
  });

  test('blocks stack without gaps or overlaps, and the chart is exactly as tall as they are', () => {
    let y = 0;
    for (const b of layout.blocks) {
      expect(b.y).toBe(y);
      y += b.height;
    }
    expect(layout.height).toBe(y);
  });

  test('a chart with no premium has a single panel', () => {
    const only = layoutSalaryChart([band('a', 'mid', 1, 2)], LEVELS);
    expect(only.panels.map((p) => p.id)).toEqual(['pay']);
  });

  test('a single figure gets room on the axis for its fade, so its arrow is not squeezed against the edge', () => {
    const only = layoutSalaryChart([band('a', 'staff-principal', 500_000)], LEVELS);
    const bar = only.blocks.find((b) => b.kind === 'band')!;
    expect(only.panels[0]!.max).toBeGreaterThanOrEqual(500_000 * (1 + 2 * CHART.fadeShare));
    expect(bar.kind === 'band' && bar.bar.fade!.width).toBeCloseTo(
      2 * CHART.fadeShare * (only.plot.right - only.plot.left),
      6,
    );
  });

  test('a level missing from the order still appears, after the known ones', () => {
    const odd = layoutSalaryChart([band('x', 'junior', 100_000, 150_000), band('y', 'mid', 180_000, 260_000)], LEVELS);
    expect(odd.blocks.filter((b) => b.kind === 'level').map((b) => (b.kind === 'level' ? b.level : ''))).toEqual([
      'mid',
      'junior',
    ]);
  });
});

describe('the phone drawing', () => {
  const bands = [
    band('s1-mid', 'mid', 180_000, 260_000, { labelLines: 3 }),
    band('s3-frontier', 'senior', 400_000, undefined, { labelLines: 2 }),
    band('s1-outliers', 'staff', 800_000, 1_500_000),
    band('s2-premium', 'any', 50_000, 150_000, { premium: true, labelLines: 4 }),
  ];
  const narrow = layoutSalaryChart(bands, LEVELS, NARROW_CHART, { pay: 2, premium: 3 });

  test('is drawn 320 units across, with its bars and fades inside the plot', () => {
    expect(narrow.width).toBe(320);
    for (const b of narrow.blocks) {
      if (b.kind !== 'band') continue;
      expect(b.bar.x).toBeGreaterThanOrEqual(narrow.plot.left);
      expect(b.bar.x + b.bar.width).toBeLessThanOrEqual(narrow.plot.right);
      if (b.bar.fade) expect(b.bar.fade.x + b.bar.fade.width).toBeLessThanOrEqual(narrow.plot.right);
    }
  });

  test('has fewer ticks than the wide chart, so their labels do not collide', () => {
    const wide = layoutSalaryChart(bands, LEVELS);
    for (const [i, panel] of narrow.panels.entries()) {
      expect(panel.ticks.length - 1).toBeLessThanOrEqual(NARROW_CHART.maxTicks);
      expect(panel.ticks.length).toBeLessThan(wide.panels[i]!.ticks.length);
    }
  });

  test('gives each band room for every line of its label above the bar', () => {
    const heights = Object.fromEntries(
      narrow.blocks.filter((b) => b.kind === 'band').map((b) => [b.kind === 'band' ? b.id : '', b.height]),
    );
    expect(heights['s1-mid']! - heights['s1-outliers']!).toBe(2 * NARROW_CHART.lineHeight);
    expect(barTop(NARROW_CHART, 3)).toBe(NARROW_CHART.barY + 2 * NARROW_CHART.lineHeight);
    expect(heights['s1-mid']).toBe(barTop(NARROW_CHART, 3) + NARROW_CHART.barHeight + NARROW_CHART.bandGap);
  });

  test('makes a panel title as tall as its lines', () => {
    const titles = narrow.blocks.filter((b) => b.kind === 'title').map((b) => b.height);
    expect(titles).toEqual([
      NARROW_CHART.titleHeight + NARROW_CHART.lineHeight,
      NARROW_CHART.titleHeight + 2 * NARROW_CHART.lineHeight,
    ]);
  });

  test('still stacks its blocks without gaps or overlaps', () => {
    let y = 0;
    for (const b of narrow.blocks) {
      expect(b.y).toBe(y);
      y += b.height;
    }
    expect(narrow.height).toBe(y);
  });
});

describe('wrapWords', () => {
  test('fills each line with whole words up to the limit', () => {
    expect(wrapWords('Mid-level (2-4 years) · as of January 2026', 24)).toEqual([
      'Mid-level (2-4 years) ·',
      'as of January 2026',
    ]);
  });

  test('keeps the words and their order, and no line is longer than the limit unless one word is', () => {
    const text = 'Any level, compared with a generalist engineer at the same level · as of January 2026';
    const lines = wrapWords(text, 20);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
    expect(wrapWords('Supercalifragilistic word', 10)).toEqual(['Supercalifragilistic', 'word']);
  });

  test('returns no line for an empty text', () => {
    expect(wrapWords('  ', 10)).toEqual([]);
  });
});
