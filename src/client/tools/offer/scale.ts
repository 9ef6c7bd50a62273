// Redraws the visible pay bands on one scale fitted to them and to the offers' figures, so a senior
// range is not squeezed into the corner of an axis drawn for the largest reported offers. The bars'
// geometry is the salary explorer's (src/lib/salary-chart.ts); premiums keep their own scale.
import { barFor, niceAxis, CHART } from '../../../lib/salary-chart';
import { formatMoney } from '../../../lib/format';

const SVG = 'http://www.w3.org/2000/svg';
const pct = (n: number) => `${Math.round(n * 100) / 100}%`;
const el = (name: string, attrs: Record<string, string>, text?: string) => {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Fits the scale of every visible pay band to what is shown; `figures` are the offers' amounts in dollars. */
export function fitScale(svgs: SVGSVGElement[], figures: number[]) {
  const pay = svgs.filter((s) => !('premium' in s.dataset));
  if (pay.length === 0) return;
  const reach = (s: SVGSVGElement) => {
    const high = s.dataset.high ? Number(s.dataset.high) : undefined;
    return (high ?? Number(s.dataset.low)) * (high === undefined || 'open' in s.dataset ? 1 + CHART.fadeShare : 1);
  };
  const axis = niceAxis(Math.max(...pay.map(reach), ...figures) * CHART.headroom, 5);
  const ticks = Array.from({ length: axis.max / axis.step + 1 }, (_, i) => i * axis.step);
  for (const svg of pay) {
    if (Number(svg.dataset.max) === axis.max) continue;
    svg.dataset.max = String(axis.max);
    const high = svg.dataset.high ? Number(svg.dataset.high) : undefined;
    const bar = barFor(
      { id: '', level: '', low: Number(svg.dataset.low), high, highOpenEnded: 'open' in svg.dataset, premium: false },
      axis.max,
      0,
      100,
    );
    const rect = svg.querySelector('[data-bar]')!;
    rect.setAttribute('x', pct(bar.x));
    rect.setAttribute('width', pct(bar.width));
    const fade = svg.querySelector('[data-fade]')!;
    fade.setAttribute('x', pct(bar.fade?.x ?? 0));
    fade.setAttribute('width', pct(bar.fade?.width ?? 0));
    svg
      .querySelector('[data-grid]')!
      .replaceChildren(
        ...ticks.map((t) =>
          el('line', { x1: pct((t / axis.max) * 100), x2: pct((t / axis.max) * 100), y1: '13', y2: '33' }),
        ),
      );
    svg.querySelector('[data-tick-labels]')!.replaceChildren(
      ...ticks.map((t, i) =>
        el(
          'text',
          {
            x: pct((t / axis.max) * 100),
            y: '46',
            'text-anchor': i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle',
          },
          formatMoney(t),
        ),
      ),
    );
  }
}
