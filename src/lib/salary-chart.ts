// Geometry of the salary chart (/data/salaries/), computed at build time: no chart library reaches
// the browser. Pure: numbers in, positions out; the component draws them and chooses the words.
// Unit-tested in tests/unit/lib/salary-chart.test.ts.
//
// The chart is a stack of blocks (panel title, axis, level heading, band), each drawn relative to
// its own top. Positions are cumulative heights, so the filter script can hide blocks and restack
// the rest by reading each block's height. It is laid out twice: wide (CHART) and for phones
// (NARROW_CHART: a narrower drawing, larger type, fewer ticks, labels wrapped onto several lines
// above each bar); CSS shows the one that fits.

export interface ChartBandInput {
  id: string;
  level: string;
  low: number;
  high?: number | undefined;
  highOpenEnded?: boolean;
  /** A premium over other pay, not a salary: drawn in its own panel, on its own scale. */
  premium: boolean;
  /** Lines of label text above the bar. Default 1. */
  labelLines?: number;
}

export interface Tick {
  value: number;
  x: number;
}

export interface BandBar {
  /** Left edge of the bar (the low figure, or the one figure of a single-figure band). */
  x: number;
  /** Width of the solid part, low to high; 0 for a single figure, which has no range. */
  width: number;
  /**
   * A single figure ("often above $400K", "can reach $500K+"): drawn as a mark at the figure with a
   * fade and an arrow to the right, so it never passes for a range.
   */
  single?: true;
  /** A fading extension to the right: past a "+" high figure, or from a single figure. */
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

export interface ChartMetrics {
  width: number;
  padX: number;
  /** Font size of the labels, in drawing units. */
  fontSize: number;
  /** Height of each label line after the first. */
  lineHeight: number;
  titleHeight: number;
  axisHeight: number;
  levelHeight: number;
  /** Top of the bar, under a one-line label. */
  barY: number;
  barHeight: number;
  /** Space under a band's bar. */
  bandGap: number;
  /** How far a "+" band fades out past its last figure, as a share of the plot width (twice that for a single figure). */
  fadeShare: number;
  /** Space for the last tick label's overhang and the fade. */
  headroom: number;
  maxTicks: number;
}

/** The wide chart: 720 units across, drawn at 40rem and wider; a label longer than `chars` wraps. */
export const CHART: ChartMetrics & { chars: number } = {
  width: 720,
  padX: 8,
  fontSize: 12.5,
  lineHeight: 16,
  titleHeight: 34,
  axisHeight: 26,
  levelHeight: 28,
  barY: 22,
  barHeight: 14,
  bandGap: 10,
  fadeShare: 0.09,
  headroom: 1.08,
  maxTicks: 7,
  chars: 100,
};

/**
 * The phone chart: 320 units across, drawn about that size, so 15-unit type shows at 14 px or more on a
 * 360 px screen (the page's small text); labels wrap onto lines of at most `chars` characters.
 */
export const NARROW_CHART: ChartMetrics & { chars: number; boldChars: number } = {
  width: 320,
  padX: 6,
  fontSize: 15,
  lineHeight: 19,
  titleHeight: 30,
  axisHeight: 28,
  levelHeight: 32,
  barY: 26,
  barHeight: 14,
  bandGap: 14,
  fadeShare: 0.1,
  headroom: 1.1,
  // Tick labels such as "+$150K" take about 55 units: three steps keep them apart.
  maxTicks: 3,
  // A line of this type averages about half the font size a character: 308 units hold about 40, or 34 in bold.
  chars: 40,
  boldChars: 34,
};

/**
 * Words in lines of at most `max` characters (a word longer than that gets a line of its own). Labels in
 * SVG do not wrap by themselves.
 */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const STEPS = [
  1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000,
];

/** The smallest round step that covers `max` in at most `maxTicks` steps, and the axis end it gives. */
export function niceAxis(max: number, maxTicks = 7): { max: number; step: number } {
  const target = Math.max(max, 1);
  const step = STEPS.find((s) => Math.ceil(target / s) <= maxTicks) ?? STEPS.at(-1)!;
  return { max: Math.ceil(target / step) * step, step };
}

/** Where each band's bar goes on a panel whose axis runs from 0 to `max`. */
export function barFor(
  band: ChartBandInput,
  max: number,
  left: number,
  right: number,
  metrics: ChartMetrics = CHART,
): BandBar {
  const width = right - left;
  const x = (v: number) => left + (Math.min(v, max) / max) * width;
  const fadeWidth = metrics.fadeShare * width;
  const start = x(band.low);
  if (band.high === undefined) {
    return {
      x: start,
      width: 0,
      single: true,
      fade: { x: start, width: Math.max(0, Math.min(2 * fadeWidth, right - start)) },
    };
  }
  const end = x(band.high);
  const bar: BandBar = { x: start, width: Math.max(end - start, 2) };
  if (band.highOpenEnded) bar.fade = { x: end, width: Math.max(0, Math.min(fadeWidth, right - end)) };
  return bar;
}

/**
 * Lays out every band, grouped by level in `levelOrder` (levels not listed come last, in first-seen
 * order), bands in the order given. Salary bands and premiums get separate panels and scales.
 * `titleLines` is how many lines each panel's title takes (default 1).
 */
export function layoutSalaryChart(
  bands: ChartBandInput[],
  levelOrder: readonly string[],
  metrics: ChartMetrics = CHART,
  titleLines: Partial<Record<PanelId, number>> = {},
): ChartLayout {
  const m = metrics;
  const left = m.padX;
  const right = m.width - m.padX;
  const panels: Panel[] = [];
  const blocks: Block[] = [];
  const rank = (level: string) => {
    const i = levelOrder.indexOf(level);
    return i === -1 ? levelOrder.length : i;
  };

  for (const id of ['pay', 'premium'] as const) {
    const members = bands.filter((b) => b.premium === (id === 'premium'));
    if (members.length === 0) continue;
    // A band that fades out needs room for its fade: count it a little above its last figure.
    const reach = Math.max(
      ...members.map((b) =>
        b.high === undefined ? b.low * (1 + 2 * m.fadeShare) : b.high * (b.highOpenEnded ? 1 + m.fadeShare : 1),
      ),
    );
    const axis = niceAxis(reach * m.headroom, m.maxTicks);
    const ticks: Tick[] = [];
    for (let v = 0; v <= axis.max; v += axis.step) ticks.push({ value: v, x: left + (v / axis.max) * (right - left) });
    panels.push({ id, max: axis.max, step: axis.step, ticks });

    const title = m.titleHeight + ((titleLines[id] ?? 1) - 1) * m.lineHeight;
    blocks.push({ kind: 'title', panel: id, height: title }, { kind: 'axis', panel: id, height: m.axisHeight });
    const levels = [...new Set(members.map((b) => b.level))].sort((a, b) => rank(a) - rank(b));
    for (const level of levels) {
      blocks.push({ kind: 'level', panel: id, level, height: m.levelHeight });
      for (const b of members.filter((x) => x.level === level)) {
        const height = m.barY + ((b.labelLines ?? 1) - 1) * m.lineHeight + m.barHeight + m.bandGap;
        blocks.push({ kind: 'band', panel: id, level, id: b.id, height, bar: barFor(b, axis.max, left, right, m) });
      }
    }
  }

  let y = 0;
  const placed = blocks.map((b) => {
    const at = { ...b, y };
    y += b.height;
    return at;
  });
  return { width: m.width, height: y, plot: { left, right }, panels, blocks: placed };
}

/** Where the bar of a band with `labelLines` lines of label starts, from the top of its block. */
export const barTop = (metrics: ChartMetrics, labelLines = 1) => metrics.barY + (labelLines - 1) * metrics.lineHeight;

// One colour per source on the salary explorer's chart and the offer calculator's bands, so that a reader can follow
// a source down a chart (its label names it too). Only the data pages draw charts, so guide.css does not scan this
// file for utilities.
const SOURCE_COLOURS = [
  'text-teal-700 dark:text-teal-400',
  'text-blue-600 dark:text-blue-400',
  'text-emerald-700 dark:text-emerald-400',
  'text-orange-600 dark:text-orange-400',
  'text-violet-600 dark:text-violet-400',
];

/**
 * How a range's bar is drawn, after its place and size: solid, or for reported offers pale with a dashed outline, so
 * that they never read as a range the source states.
 */
export const barStyle = (offers: boolean) => ({
  fill: 'currentColor',
  'fill-opacity': offers ? 0.3 : 1,
  stroke: offers ? 'currentColor' : 'none',
  'stroke-width': '1.5',
  'stroke-dasharray': offers ? '4 3' : undefined,
});

/** The colour classes of a source, by its place in the sources' order. */
export const sourceColour = (sources: readonly { id: string }[], id: string) =>
  SOURCE_COLOURS[
    Math.max(
      0,
      sources.findIndex((s) => s.id === id),
    ) % SOURCE_COLOURS.length
  ];
