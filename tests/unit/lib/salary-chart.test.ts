import { describe, expect, test } from 'vitest';
import { CHART, barFor, layoutSalaryChart, niceAxis, type ChartBandInput } from '../../../src/lib/salary-chart';

const LEVELS = ['mid', 'senior', 'staff', 'staff-principal', 'principal', 'any'];
const band = (id: string, level: string, low: number, high?: number, extra: Partial<ChartBandInput> = {}): ChartBandInput => ({ id, level, low, high, premium: false, ...extra });

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

  test('a band with only a floor shows a stub at the floor and a fade, never a made-up top', () => {
    const bar = barFor(band('a', 'senior', 400_000), 1_000_000, left, right);
    expect(bar.x).toBe(10 + 280);
    expect(bar.width).toBe(CHART.stub);
    expect(bar.fade!.x).toBe(bar.x + CHART.stub);
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
    const order = layout.blocks.filter((b) => b.kind === 'level' || b.kind === 'band').map((b) => (b.kind === 'band' ? b.id : `[${b.level}]`));
    expect(order).toEqual(['[mid]', 's1-mid', '[senior]', 's1-senior', 's3-senior', '[staff-principal]', 's3-staff-principal', '[any]', 's2-premium']);
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

  test('a level missing from the order still appears, after the known ones', () => {
    const odd = layoutSalaryChart([band('x', 'junior', 100_000, 150_000), band('y', 'mid', 180_000, 260_000)], LEVELS);
    expect(odd.blocks.filter((b) => b.kind === 'level').map((b) => (b.kind === 'level' ? b.level : ''))).toEqual(['mid', 'junior']);
  });
});
