// The offer calculator's page script (/data/offer/): state from the address (else from this browser,
// if the reader chose to keep it, else the example), then every edit re-reads the offers, keeps the
// last good result of each, redraws, and writes the state back to the address fragment. A refused
// figure is marked on its field and announced once through a polite live region.
import { DEFAULT_OFFER, computeOffer, readOffer, type NumericField, type OfferResult } from '../../../lib/offer/offer';
import { offerNotes } from '../../../lib/offer/notes';
import {
  MAX_OFFERS,
  OFFER_KEYS,
  decodeState,
  defaultState,
  encodeState,
  type CalculatorState,
} from '../../../lib/offer/state';
import type { BandLike } from '../../../lib/offer/compare';
import { labelOf, readFields, showErrors, syncVesting, writeFields } from './form';
import { renderBands, renderCompare, renderResult, titleOf, type Shown } from './render';
import * as storage from './storage';

interface Boot {
  bands: BandLike[];
  levels: Record<string, string>;
}

export function initOfferCalculator() {
  const form = document.querySelector<HTMLFormElement>('[data-offer-form]');
  const data = document.getElementById('offer-data');
  if (!form || !data) return;
  const boot = JSON.parse(data.textContent ?? '{}') as Boot;
  const boxes = OFFER_KEYS.map((k) => form.querySelector<HTMLFieldSetElement>(`[data-offer="${k}"]`)!);
  const results = OFFER_KEYS.map((k) => document.querySelector<HTMLElement>(`[data-result="${k}"]`)!);
  const compare = document.querySelector<HTMLElement>('[data-compare]')!;
  const bandsRoot = document.querySelector<HTMLElement>('section:has([data-offer-bands])')!;
  const live = document.querySelector<HTMLElement>('[data-offer-live]')!;
  const message = form.querySelector<HTMLElement>('[data-offer-message]')!;
  const keep = form.querySelector<HTMLInputElement>('[data-keep]')!;
  const add = form.querySelector<HTMLButtonElement>('[data-add]')!;

  const saved = storage.loadSaved();
  const state: CalculatorState =
    decodeState(location.hash) ?? (saved ? decodeState(saved) : undefined) ?? defaultState();
  keep.checked = saved !== undefined;
  const lastGood = new Map<string, { result: OfferResult; notes: string[] }>();
  let announced = '';
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const fillEditors = () => {
    boxes.forEach((box, i) => {
      const offer = state.offers[i];
      box.hidden = !offer;
      writeFields(box, offer ?? DEFAULT_OFFER);
    });
    add.hidden = state.offers.length >= MAX_OFFERS;
  };

  const update = () => {
    const shown: Shown[] = [];
    const problems: string[] = [];
    state.offers.forEach((fields, i) => {
      const key = OFFER_KEYS[i]!;
      const { input, errors } = readOffer(fields);
      showErrors(boxes[i]!, errors);
      if (input) {
        const result = computeOffer(input);
        lastGood.set(key, { result, notes: offerNotes(input, result, fields.private) });
      }
      for (const [name, text] of Object.entries(errors))
        problems.push(`${titleOf({ key, fields })}, ${labelOf(boxes[i]!, name as NumericField)}: ${text}`);
      const good = lastGood.get(key);
      shown.push({ key, fields, result: good?.result, notes: good?.notes ?? [], stale: !input });
    });
    results.forEach((section, i) => {
      section.hidden = !shown[i];
      if (shown[i]) renderResult(section, shown[i]);
    });
    renderCompare(compare, shown);
    renderBands(bandsRoot, shown, boot.bands, boot.levels);

    const encoded = encodeState(state);
    history.replaceState(null, '', `${location.pathname}${location.search}#${encoded}`);
    if (keep.checked && !storage.save(encoded))
      message.textContent =
        'This browser does not let the page keep anything, so the offers are kept in the address only.';

    // One announcement once typing pauses, and only when the set of problems has changed.
    clearTimeout(announceTimer);
    const text = problems.length
      ? problems.join(' ')
      : announced
        ? 'All figures are valid; the results are updated.'
        : '';
    announceTimer = setTimeout(() => {
      if (text !== announced) live.textContent = announced = text;
    }, 500);
  };

  form.addEventListener('input', (event) => {
    const box = (event.target as HTMLElement).closest<HTMLFieldSetElement>('[data-offer]');
    if (!box) return;
    if ((event.target as HTMLElement).getAttribute('name') === 'vesting') syncVesting(box);
    state.offers[boxes.indexOf(box)] = readFields(box);
    update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  add.addEventListener('click', () => {
    if (state.offers.length >= MAX_OFFERS) return;
    // A new offer starts from the last one's level, place and company type, the choices most often shared.
    const last = state.offers.at(-1)!;
    state.offers.push({ ...DEFAULT_OFFER, level: last.level, location: last.location, company: last.company });
    fillEditors();
    update();
    const box = boxes[state.offers.length - 1]!;
    box.querySelector<HTMLInputElement>('[name="name"]')!.focus();
    message.textContent = `Offer ${OFFER_KEYS[state.offers.length - 1]!.toUpperCase()} added, with the example's figures to change.`;
  });

  form.addEventListener('click', (event) => {
    const remove = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-remove]');
    if (!remove) return;
    const i = OFFER_KEYS.indexOf(remove.dataset.remove as (typeof OFFER_KEYS)[number]);
    if (i < 1 || i >= state.offers.length) return;
    const gone = titleOf({ key: remove.dataset.remove!, fields: state.offers[i]! });
    state.offers.splice(i, 1);
    // The later offers move up a letter, and so do their last good results.
    for (let j = i; j < MAX_OFFERS; j += 1) {
      const next = lastGood.get(OFFER_KEYS[j + 1] ?? '');
      if (next) lastGood.set(OFFER_KEYS[j]!, next);
      else lastGood.delete(OFFER_KEYS[j]!);
    }
    fillEditors();
    update();
    add.focus();
    message.textContent = `${gone} removed.`;
  });

  keep.addEventListener('change', () => {
    if (keep.checked) {
      message.textContent = storage.save(encodeState(state))
        ? 'These offers are kept in this browser until you forget them.'
        : 'This browser does not let the page keep anything; use the link instead.';
      if (!storage.loadSaved()) keep.checked = false;
    } else {
      storage.forget();
      message.textContent = 'Offers are no longer kept in this browser.';
    }
  });
  form.querySelector('[data-forget]')!.addEventListener('click', () => {
    keep.checked = false;
    message.textContent = storage.forget()
      ? 'Saved offers are removed from this browser. The ones on screen stay until you leave the page.'
      : 'Nothing could be removed: this browser does not let the page use its storage.';
  });
  form.querySelector('[data-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      message.textContent = 'Link copied. Opening it shows these offers with the same figures.';
    } catch {
      message.textContent =
        'This browser did not allow copying. Copy the address from the address bar instead: it holds every figure.';
    }
  });

  fillEditors();
  update();
  form.querySelector<HTMLFieldSetElement>('[data-offer-controls]')!.disabled = false;
  form.dataset.ready = '';
}
