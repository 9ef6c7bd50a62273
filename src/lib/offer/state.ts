// The calculator's whole state as text for the address bar's fragment (#a.base=200000&b.base=...),
// so a link reproduces a comparison; the fragment never reaches a server. Only fields that differ
// from the defaults are written, and anything unknown or malformed in an address is ignored.
// Pure; unit-tested (round trip as a property test) in tests/unit/lib/offer/state.test.ts.
import { BONUS_MODES, DEFAULT_OFFER, LOCATIONS, NUMERIC_FIELDS, type OfferFields } from './offer';
import { PRESETS } from './vesting';

export const MAX_OFFERS = 3;
export const OFFER_KEYS = ['a', 'b', 'c'] as const;
/** What the address holds: one to three offers, in order. */
export interface CalculatorState {
  offers: OfferFields[];
}

const TEXT_FIELDS = ['name', 'level', 'company', ...NUMERIC_FIELDS] as const;
/** Longest text a field keeps from an address: a figure or a name is far shorter. */
const MAX_TEXT = 120;

export const defaultState = (): CalculatorState => ({ offers: [{ ...DEFAULT_OFFER }] });

export function encodeState(state: CalculatorState): string {
  const params = new URLSearchParams();
  state.offers.slice(0, MAX_OFFERS).forEach((offer, i) => {
    const key = OFFER_KEYS[i]!;
    // An offer that differs in nothing still needs one key so that it exists.
    let wrote = false;
    for (const field of Object.keys(DEFAULT_OFFER) as (keyof OfferFields)[]) {
      const value = offer[field];
      if (value === DEFAULT_OFFER[field]) continue;
      params.set(`${key}.${field}`, typeof value === 'boolean' ? (value ? '1' : '0') : value);
      wrote = true;
    }
    if (!wrote) params.set(`${key}.base`, offer.base);
  });
  return params.toString();
}

/** The state a fragment or query describes (a leading # or ? is ignored); undefined when it holds no offer. */
export function decodeState(text: string): CalculatorState | undefined {
  const params = new URLSearchParams(text.replace(/^[#?]/, ''));
  const offers: OfferFields[] = [];
  for (const key of OFFER_KEYS) {
    const prefix = `${key}.`;
    if (![...params.keys()].some((k) => k.startsWith(prefix))) break;
    const offer: OfferFields = { ...DEFAULT_OFFER };
    for (const field of TEXT_FIELDS) {
      const v = params.get(prefix + field);
      if (v !== null) offer[field] = v.slice(0, MAX_TEXT);
    }
    const location = params.get(`${prefix}location`);
    if (location && (LOCATIONS as readonly string[]).includes(location))
      offer.location = location as OfferFields['location'];
    const mode = params.get(`${prefix}bonusMode`);
    if (mode && (BONUS_MODES as readonly string[]).includes(mode)) offer.bonusMode = mode as OfferFields['bonusMode'];
    const vesting = params.get(`${prefix}vesting`);
    if (vesting && (PRESETS as readonly string[]).includes(vesting)) offer.vesting = vesting as OfferFields['vesting'];
    const priv = params.get(`${prefix}private`);
    if (priv === '1' || priv === '0') offer.private = priv === '1';
    offers.push(offer);
  }
  return offers.length ? { offers } : undefined;
}
