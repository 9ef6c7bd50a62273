// The worked offer the salary chapter walks through, and the calculator link that opens it: two invented offers for
// one senior engineer in the US, an equity-heavy startup against a large company with a firm stock band and a
// back-loaded grant. The figures are the guide's illustration, not market data (no source gives a split between
// base, bonus and equity); the chapter says so and the reader can change any of them in the calculator. Both totals
// sit inside the sources' senior ranges, so the example does not suggest pay outside them.
// Pure; unit-tested in tests/unit/lib/offer/example.test.ts.
import { formatCents, formatPercent, type Cents } from './money';
import { DEFAULT_OFFER, computeOffer, readOffer, type OfferFields, type OfferInput, type OfferResult } from './offer';
import { encodeState, type CalculatorState } from './state';
import { PRESET_INFO } from './vesting';

/** Series B or C, shares not listed: most of the pay is a grant vesting evenly over four years after a one-year cliff. */
export const STARTUP_OFFER: OfferFields = {
  ...DEFAULT_OFFER,
  name: 'Startup, equity-heavy',
  level: 'senior',
  company: 'AI-first companies',
  base: '170,000',
  bonusMode: 'percent',
  bonus: '0',
  signOn: '0',
  grant: '600,000',
  vesting: 'cliff-yearly',
  private: true,
};

/** A listed company: more cash, a sign-on bonus over two years, and a smaller grant that vests back-loaded (5/15/40/40). */
export const LARGE_COMPANY_OFFER: OfferFields = {
  ...DEFAULT_OFFER,
  name: 'Large company, firm band',
  level: 'senior',
  company: 'Blended, from AI-native firms to traditional companies adding AI features',
  base: '200,000',
  bonusMode: 'percent',
  bonus: '15',
  signOn: '50,000',
  signOnYears: '2',
  grant: '360,000',
  vesting: 'back-loaded',
  private: false,
};

export const WORKED_EXAMPLE: CalculatorState = { offers: [STARTUP_OFFER, LARGE_COMPANY_OFFER] };

/** The calculator's address fragment for a state, without the '#': a link with it opens the calculator on those offers. */
export const calculatorFragment = (state: CalculatorState = WORKED_EXAMPLE): string => encodeState(state);

export interface WorkedOffer {
  fields: OfferFields;
  input: OfferInput;
  result: OfferResult;
}

/** Each offer of the example worked out, year by year, by the calculator's own arithmetic. */
export function workedExample(state: CalculatorState = WORKED_EXAMPLE): WorkedOffer[] {
  return state.offers.map((fields) => {
    const { input, errors } = readOffer(fields);
    if (!input)
      throw new Error(
        `The worked offer "${fields.name}" has a figure the calculator refuses: ${JSON.stringify(errors)}`,
      );
    return { fields, input, result: computeOffer(input) };
  });
}

/** An offer's terms in a phrase: "base $200,000, a 15% bonus, a $50,000 sign-on bonus over 2 years, $360,000 of equity vesting ...". */
export function describeTerms({ fields, input }: Pick<WorkedOffer, 'fields' | 'input'>): string {
  const bonus =
    input.bonus.mode === 'percent'
      ? input.bonus.bp > 0
        ? `a ${formatPercent(input.bonus.bp)} bonus`
        : 'no bonus'
      : input.bonus.cents > 0
        ? `a ${formatCents(input.bonus.cents)} bonus`
        : 'no bonus';
  const signOn =
    input.signOn > 0
      ? `a ${formatCents(input.signOn)} sign-on bonus ${input.signOnYears > 1 ? `spread over ${input.signOnYears} years` : 'in year one'}`
      : 'no sign-on bonus';
  const equity = `${formatCents(input.grant)} of ${fields.private ? 'unlisted ' : ''}equity vesting ${PRESET_INFO[fields.vesting].label.replace(/^./, (c) => c.toLowerCase())}`;
  return [`base ${formatCents(input.base)}`, bonus, signOn, equity].join(', ');
}

/** Which offer pays more in year one, and which on the four-year average, and by how much (cents). */
export function leaders(
  offers: readonly WorkedOffer[],
): { yearOne: { name: string; by: Cents }; average: { name: string; by: Cents } } | undefined {
  if (offers.length < 2) return undefined;
  const lead = (value: (o: WorkedOffer) => Cents) => {
    const sorted = [...offers].sort((a, b) => value(b) - value(a));
    return { name: sorted[0]!.fields.name, by: value(sorted[0]!) - value(sorted[1]!) };
  };
  return { yearOne: lead((o) => o.result.firstYear), average: lead((o) => o.result.fourYearAverage) };
}
