// What a page needs up front to show saved progress: read the entry, no validation library.
// Every write goes through src/client/progress/store.ts (loaded on the first change), which validates
// with zod; this only decides what to draw. Anything but a plain current-format entry (blocked
// storage, damage, an older or newer format) is left to the store to explain or migrate.
// tests/unit/client/progress/store.test.ts checks that the two agree on the key and the format.

/** Must equal PROGRESS_KEY and PROGRESS_VERSION in src/client/progress/store.ts. */
export const KEY = 'aieg-progress';
export const VERSION = 3;

export interface Peeked {
  milestones: Record<string, unknown>;
  checks: Record<string, unknown>;
  /** True when the page needs the full store before it can say what is saved, or why nothing can be. */
  problem?: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function peekProgress(storage?: Pick<Storage, 'getItem'>): Peeked {
  try {
    const raw = (storage ?? localStorage).getItem(KEY);
    if (raw === null) return { milestones: {}, checks: {} };
    const value: unknown = JSON.parse(raw);
    if (isRecord(value) && value.version === VERSION && isRecord(value.milestones) && isRecord(value.checks))
      return { milestones: value.milestones, checks: value.checks };
  } catch {
    // Blocked storage or damaged JSON: the store says which.
  }
  return { milestones: {}, checks: {}, problem: true };
}
