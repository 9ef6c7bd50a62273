// Reading and writing one offer's inputs (the fieldset drawn by OfferEditor.astro), and marking the
// fields whose figures were refused: aria-invalid on the input and the message in the line its
// aria-describedby already points at.
import {
  BONUS_MODES,
  DEFAULT_OFFER,
  LOCATIONS,
  NUMERIC_FIELDS,
  type FieldErrors,
  type NumericField,
  type OfferFields,
} from '../../../lib/offer/offer';
import { PRESETS, PRESET_INFO } from '../../../lib/offer/vesting';

const control = <T extends HTMLElement>(box: HTMLElement, name: string) => box.querySelector<T>(`[name="${name}"]`)!;
const oneOf = <T extends string>(list: readonly T[], value: string, fallback: T): T =>
  (list as readonly string[]).includes(value) ? (value as T) : fallback;

export function readFields(box: HTMLFieldSetElement): OfferFields {
  const key = box.dataset.offer!;
  const text = (name: string) => control<HTMLInputElement>(box, name).value;
  const mode =
    box.querySelector<HTMLInputElement>(`input[name="${key}-bonusMode"]:checked`)?.value ?? DEFAULT_OFFER.bonusMode;
  return {
    name: text('name'),
    level: control<HTMLSelectElement>(box, 'level').value,
    company: control<HTMLSelectElement>(box, 'company').value,
    location: oneOf(LOCATIONS, control<HTMLSelectElement>(box, 'location').value, 'us'),
    base: text('base'),
    bonusMode: oneOf(BONUS_MODES, mode, 'percent'),
    bonus: text('bonus'),
    signOn: text('signOn'),
    signOnYears: text('signOnYears'),
    grant: text('grant'),
    vesting: oneOf(PRESETS, control<HTMLSelectElement>(box, 'vesting').value, 'cliff-yearly'),
    custom: text('custom'),
    refresh: text('refresh'),
    price: text('price'),
    private: control<HTMLInputElement>(box, 'private').checked,
  };
}

export function writeFields(box: HTMLFieldSetElement, f: OfferFields) {
  const key = box.dataset.offer!;
  for (const name of ['name', ...NUMERIC_FIELDS] as const) control<HTMLInputElement>(box, name).value = f[name];
  for (const name of ['level', 'company', 'location', 'vesting'] as const) {
    const select = control<HTMLSelectElement>(box, name);
    // A value the list does not have (an old or edited link) falls back to the default choice.
    select.value = [...select.options].some((o) => o.value === f[name]) ? f[name] : DEFAULT_OFFER[name];
  }
  for (const radio of box.querySelectorAll<HTMLInputElement>(`input[name="${key}-bonusMode"]`))
    radio.checked = radio.value === f.bonusMode;
  control<HTMLInputElement>(box, 'private').checked = f.private;
  syncVesting(box);
}

/** The vesting explanation follows the chosen preset; the custom percentages show only for a custom schedule. */
export function syncVesting(box: HTMLFieldSetElement) {
  const preset = oneOf(PRESETS, control<HTMLSelectElement>(box, 'vesting').value, 'cliff-yearly');
  box.querySelector('[data-vesting-hint]')!.textContent = PRESET_INFO[preset].explain;
  box.querySelector<HTMLElement>('[data-custom-wrap]')!.hidden = preset !== 'custom';
}

export function showErrors(box: HTMLFieldSetElement, errors: FieldErrors) {
  for (const name of NUMERIC_FIELDS) {
    const input = control<HTMLInputElement>(box, name);
    const line = box.querySelector<HTMLElement>(`[data-error-for="${name}"]`)!;
    const message = errors[name] ?? '';
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (line.textContent !== message) line.textContent = message;
  }
}

/** The label of a field, for announcing its error: "Base salary (USD a year)". */
export const labelOf = (box: HTMLFieldSetElement, name: NumericField) =>
  box.querySelector(`label[for="${box.dataset.offer}-${name}"]`)?.textContent?.trim() ?? name;
