// Drawing results into the cells the page already has: each offer's table and notes, the side-by-side
// table, and the markers and verdicts on the bands. Nothing here computes money; src/lib/offer does.
import { bandsFor, compareBand, describeVerdict, type BandLike } from '../../../lib/offer/compare';
import { formatCents, formatDelta } from '../../../lib/offer/money';
import { YEARS, type OfferFields, type OfferResult } from '../../../lib/offer/offer';
import { fitScale } from './scale';

export interface Shown {
  key: string;
  fields: OfferFields;
  /** The last figures that worked, if any have. */
  result?: OfferResult | undefined;
  notes: string[];
  /** The inputs have a refused figure now. */
  stale: boolean;
}

const set = (root: ParentNode, selector: string, text: string) => {
  const el = root.querySelector(selector);
  if (el && el.textContent !== text) el.textContent = text;
};
export const titleOf = (o: Pick<Shown, 'key' | 'fields'>) =>
  `Offer ${o.key.toUpperCase()}${o.fields.name.trim() ? ` (${o.fields.name.trim()})` : ''}`;

export function renderResult(section: HTMLElement, o: Shown) {
  set(section, '[data-result-title]', titleOf(o));
  set(section, '[data-result-caption]', `${titleOf(o)}, year by year (USD)`);
  const staleNote = section.querySelector<HTMLElement>('[data-result-stale]')!;
  staleNote.hidden = !o.stale && Boolean(o.result);
  staleNote.textContent = o.result
    ? `These are the last figures that worked. Correct the field marked in Offer ${o.key.toUpperCase()} to update them.`
    : `No figures yet. Correct the field marked in Offer ${o.key.toUpperCase()} to see them.`;
  const body = section.querySelector<HTMLElement>('[data-result-body]')!;
  body.hidden = !o.result;
  const r = o.result;
  if (!r) return;
  set(section, '[data-cell="firstYear"]', formatCents(r.firstYear));
  set(section, '[data-cell="average"]', formatCents(r.fourYearAverage));
  set(section, '[data-cell="gap"]', formatDelta(r.firstYear - r.fourYearAverage));
  for (const y of r.years)
    for (const k of ['base', 'bonus', 'signOn', 'equity', 'total'] as const)
      set(section, `[data-cell="${y.year}-${k}"]`, formatCents(y[k]));
  const list = section.querySelector<HTMLElement>('[data-result-notes]')!;
  if ([...list.children].map((li) => li.textContent).join('\n') !== o.notes.join('\n'))
    list.replaceChildren(...o.notes.map((n) => Object.assign(document.createElement('li'), { textContent: n })));
}

export function renderCompare(section: HTMLElement, offers: Shown[]) {
  section.hidden = offers.length < 2;
  const a = offers[0]?.result;
  for (const cell of section.querySelectorAll<HTMLElement>('[data-col]'))
    cell.hidden = !offers.some((o) => o.key === cell.dataset.col);
  for (const o of offers) {
    set(section, `[data-cmp-head="${o.key}"]`, titleOf(o));
    const r = o.result;
    const value = (row: string) =>
      !r
        ? undefined
        : row === 'sum'
          ? r.fourYearTotal
          : row === 'average'
            ? r.fourYearAverage
            : r.years[Number(row) - 1]!.total;
    const base = (row: string) =>
      !a
        ? undefined
        : row === 'sum'
          ? a.fourYearTotal
          : row === 'average'
            ? a.fourYearAverage
            : a.years[Number(row) - 1]!.total;
    for (const row of [...Array.from({ length: YEARS }, (_, i) => String(i + 1)), 'sum', 'average']) {
      const v = value(row);
      set(section, `[data-cmp="${row}-${o.key}"]`, v === undefined ? 'No figures' : formatCents(v));
      const b = base(row);
      if (o.key !== 'a')
        set(
          section,
          `[data-cmp-diff="${row}-${o.key}"]`,
          v === undefined || b === undefined ? '—' : formatDelta(v - b),
        );
    }
  }
}

const para = (text: string, className = '') =>
  Object.assign(document.createElement('p'), { textContent: text, className });

/** Which bands speak for each offer, the offers' markers on those bands, and a verdict per offer and band. */
export function renderBands(root: HTMLElement, offers: Shown[], bands: BandLike[], levels: Record<string, string>) {
  const scopes = root.querySelector<HTMLElement>('[data-scopes]')!;
  const relevant = new Map<string, { offer: Shown; sameCompany: boolean; placeStated: boolean }[]>();
  const lines: HTMLElement[] = [];
  for (const o of offers) {
    if (!o.result) continue;
    const scope = bandsFor(bands, o.fields);
    const who = titleOf(o);
    if (scope.status === 'outside-us')
      lines.push(para(`${who}: no source gives pay outside the US, so this offer is not compared with any band.`));
    else if (scope.status === 'no-level')
      lines.push(
        para(
          `${who}: no source gives a band for ${levels[scope.level]?.toLowerCase() ?? scope.level} roles, so this offer is not compared with any band.`,
        ),
      );
    else {
      const chosen = o.fields.company;
      const matches = scope.bands.some((b) => b.sameCompany);
      lines.push(
        para(
          `${who}, ${levels[o.fields.level] ?? o.fields.level}: marked ${o.key.toUpperCase()} on the bands below at its four-year average, ${formatCents(o.result.fourYearAverage)}.` +
            (chosen && !matches
              ? ` No band at this level is for “${chosen}”; the bands shown describe other kinds of employer.`
              : ''),
        ),
      );
      for (const b of scope.bands)
        relevant.set(b.band.id, [
          ...(relevant.get(b.band.id) ?? []),
          { offer: o, sameCompany: b.sameCompany, placeStated: b.placeStated },
        ]);
    }
  }
  if (relevant.size === 0 && lines.length > 0) lines.push(para('Every band is listed below for reference only.'));
  scopes.replaceChildren(
    ...lines.map((l) => Object.assign(l, { className: 'rounded-md bg-zinc-50 p-3 text-sm dark:bg-night-raised' })),
  );

  const byId = new Map(bands.map((b) => [b.id, b]));
  const list = root.querySelector<HTMLElement>('[data-offer-bands]')!;
  // Bands in the order of the first offer's scope (its company type first), then the rest as built.
  const order = [...relevant.keys()];
  const items = [...list.querySelectorAll<HTMLElement>('[data-band-item]')].sort((x, y) => {
    const rank = (el: HTMLElement) =>
      order.includes(el.dataset.bandItem!) ? order.indexOf(el.dataset.bandItem!) : order.length;
    return rank(x) - rank(y);
  });
  list.append(...items);
  for (const item of items) item.hidden = relevant.size > 0 && !relevant.has(item.dataset.bandItem!);
  const inView = [...relevant.values()].flat();
  fitScale(
    items.filter((i) => !i.hidden).map((i) => i.querySelector<SVGSVGElement>('[data-band-bar]')!),
    inView.map((x) => x.offer.result!.fourYearAverage / 100),
  );
  for (const item of items) {
    const band = byId.get(item.dataset.bandItem!)!;
    const on = relevant.get(band.id) ?? [];
    const svg = item.querySelector<SVGSVGElement>('[data-band-bar]')!;
    const max = Number(svg.dataset.max) * 100;
    const verdicts: HTMLElement[] = [];
    for (const marker of svg.querySelectorAll<SVGGElement>('[data-marker]')) {
      const hit = on.find((x) => x.offer.key === marker.dataset.marker);
      const verdict =
        hit &&
        compareBand(band, {
          level: hit.offer.fields.level,
          location: hit.offer.fields.location,
          total: hit.offer.result!.fourYearAverage,
          base: hit.offer.result!.years[0]!.base,
        });
      const compared = verdict && verdict.type !== 'not-compared';
      marker.setAttribute('visibility', compared ? 'visible' : 'hidden');
      if (compared) {
        const x = `${Math.min(100, (verdict.offer / max) * 100).toFixed(2)}%`;
        const line = marker.querySelector('line')!;
        line.setAttribute('x1', x);
        line.setAttribute('x2', x);
        marker.querySelector('text')!.setAttribute('x', x);
      }
      if (!hit || !verdict) continue;
      if (verdict.type === 'not-compared') {
        if (verdicts.length === 0) verdicts.push(para(describeVerdict(verdict, formatCents)));
        continue;
      }
      const extra = [
        hit.sameCompany ? 'Same kind of employer as you chose.' : '',
        hit.placeStated ? '' : 'This band does not say where it applies.',
      ]
        .filter(Boolean)
        .join(' ');
      verdicts.push(
        para(
          `${describeVerdict(verdict, formatCents, `${titleOf(hit.offer)}, four-year average`)}${extra ? ` ${extra}` : ''}`,
        ),
      );
    }
    const box = item.querySelector<HTMLElement>('[data-verdicts]')!;
    if ([...box.children].map((c) => c.textContent).join('\n') !== verdicts.map((v) => v.textContent).join('\n'))
      box.replaceChildren(...verdicts);
  }
}
