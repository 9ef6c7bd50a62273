// Reader-facing names for the closed vocabularies in src/schemas/.
import type { Level } from '../schemas/salary-band';
import type { SkillLayer } from '../schemas/skill';
import { today } from './dates';

export const LEVEL_LABELS: Record<Level, string> = {
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
  'staff-principal': 'Staff / principal',
  principal: 'Principal',
  any: 'Level not stated',
};
export const LEVEL_ORDER: Level[] = ['mid', 'senior', 'staff', 'staff-principal', 'principal', 'any'];

export const BASIS_LABELS = {
  'total-compensation': 'Total compensation',
  base: 'Base salary',
  'premium-over-generalist': 'Premium over a generalist engineer',
} as const;

export const BAND_KIND_LABELS = {
  'typical-range': 'Typical range',
  'often-above': 'A figure pay often exceeds',
  'can-reach': 'A figure pay can reach',
  'reported-offers': 'Reported offers',
  premium: 'Premium',
} as const;

export const LAYER_LABELS: Record<SkillLayer, string> = {
  foundation: 'Software foundation',
  craft: 'AI craft',
  production: 'Production discipline',
};

export const PRIORITY_LABELS = { 'must-have': 'Must-have', 'nice-to-have': 'Nice-to-have' } as const;

/** The day of this build (GUIDE_TODAY, else the clock: src/lib/dates.ts); staleness is computed against it, so a rebuild re-checks every date. */
export const BUILD_DATE = today();
