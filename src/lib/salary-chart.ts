// Geometry of the salary chart (/data/salaries/), computed at build time: no chart library reaches
// the browser. Pure: numbers in, positions out; the component draws them and chooses the words.
// Unit-tested in tests/unit/lib/salary-chart.test.ts.
//
// The chart is a stack of blocks (panel title, axis, level heading, band), each drawn relative to
// its own top. Positions are cumulative heights, so the filter script can hide blocks and restack
// the rest by reading each block's height.

export interface ChartBandInput {
  id: string;
  level: string;
  low: number;
  high?: number | undefined;
  highOpenEnded?: boolean;
  /** A premium over other pay, not a salary: drawn in its own panel, on its own scale. */
  premium: boolean;
}

export interface Tick {
  value: number;
  x: number;
}

export interface BandBar {
  /** Left edge of the solid bar (the low figure). */
  x: number;
  /** Width of the solid part: low to high, or a short stub at the floor when the source gives no high. */
  width: number;
  /** A fading extension to the right, for "+" figures: the source puts no upper limit. */
  fade?: { x: number; width: number };
}

export type Block =
  | { kind: 'title'; panel: PanelId; height: number }
  | { kind: 'axis'; panel: PanelId; height: number }
  | { kind: 'level'; panel: PanelId; level: string; height: number }
  | { kind: 'band'; panel: PanelId; level: string; id: string; height: number; bar: BandBar };

export type PanelId = 'pay' | 'premium';

export interface Panel {
  id: PanelId;
  /** Largest value on the axis, and the tick step. */
  max: number;
  step: number;
  ticks: Tick[];
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number };
  panels: Panel[];
  /** Blocks in drawing order, each with the y of its top. */
  blocks: (Block & { y: number })[];
}

export const CHART = {
  width: 720,
  padX: 8,
  titleHeight: 34,
  axisHeight: 26,
  levelHeight: 28,
  bandHeight: 46,
  /** The bar sits under the band's label line. */
  barY: 22,
  barHeight: 14,
  /** A band with only a floor still shows a solid stub this wide at its low figure. */
  stub: 6,
  /** How far a "+" band fades out past its last figure, as a share of the plot width. */
  fadeShare: 0.09,
  /** Space for the last tick label's overhang and the fade. */
  headroom: 1.08,
} as const;

const STEPS = [1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000];

/** The smallest round step that covers `max` in at most `maxTicks` steps, and the axis end it gives. */
export function niceAxis(max: number, maxTicks = 7): { max: number; step: number } {
  const target = Math.max(max, 1);
  const step = STEPS.find((s) => Math.ceil(target / s) <= maxTicks) ?? STEPS.at(-1)!;
  return { max: Math.ceil(target / step) * step, step };
}

/** Where each band's bar goes on a panel whose axis runs from 0 to `max`. */
export function barFor(band: ChartBandInput, max: number, left: number, right: number): BandBar {
  const width = right - left;
  const x = (v: number) => left + (Math.min(v, max) / max) * width;
  const fadeWidth = CHART.fadeShare * width;
  const start = x(band.low);
  if (band.high === undefined) {
    return { x: start, width: CHART.stub, fade: { x: start + CHART.stub, width: Math.max(0, Math.min(fadeWidth, right - start - CHART.stub)) } };
  }
  const end = x(band.high);
  const bar: BandBar = { x: start, width: Math.max(end - start, 2) };
  if (band.highOpenEnded) bar.fade = { x: end, width: Math.max(0, Math.min(fadeWidth, right - end)) };
  return bar;
}

/**
 * Lays out every band, grouped by level in `levelOrder` (levels not listed come last, in first-seen
 * order), bands in the order given. Salary bands and premiums get separate panels and scales.
 */
export function layoutSalaryChart(bands: ChartBandInput[], levelOrder: readonly string[], width: number = CHART.width): ChartLayout {
  const left = CHART.padX;
  const right = width - CHART.padX;
  const panels: Panel[] = [];
  const blocks: Block[] = [];
  const rank = (level: string) => {
    const i = levelOrder.indexOf(level);
    return i === -1 ? levelOrder.length : i;
  };

  for (const id of ['pay', 'premium'] as const) {
    const members = bands.filter((b) => b.premium === (id === 'premium'));
    if (members.length === 0) continue;
    // An open-ended band needs room for its fade: count it a little above its last figure.
    const reach = Math.max(...members.map((b) => (b.high ?? b.low) * (b.high === undefined || b.highOpenEnded ? 1 + CHART.fadeShare : 1)));
    const axis = niceAxis(reach * CHART.headroom);
    const ticks: Tick[] = [];
    for (let v = 0; v <= axis.max; v += axis.step) ticks.push({ value: v, x: left + (v / axis.max) * (right - left) });
    panels.push({ id, max: axis.max, step: axis.step, ticks });

    blocks.push({ kind: 'title', panel: id, height: CHART.titleHeight }, { kind: 'axis', panel: id, height: CHART.axisHeight });
    const levels = [...new Set(members.map((b) => b.level))].sort((a, b) => rank(a) - rank(b));
    for (const level of levels) {
      blocks.push({ kind: 'level', panel: id, level, height: CHART.levelHeight });
      for (const b of members.filter((m) => m.level === level)) {
        blocks.push({ kind: 'band', panel: id, level, id: b.id, height: CHART.bandHeight, bar: barFor(b, axis.max, left, right) });
      }
    }
  }

  let y = 0;
  const placed = blocks.map((b) => {
    const at = { ...b, y };
    y += b.height;
    return at;
  });
  return { width, height: y, plot: { left, right }, panels, blocks: placed };
}
