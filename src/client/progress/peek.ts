// What a page needs up front to show saved progress: read the entry, no validation library.
// Every write goes through src/client/progress/store.ts (loaded when a control first gets focus), which validates
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

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The saved entry as it is, parsed; undefined when there is none. Throws when storage is blocked or the JSON damaged. */
const readSaved = (storage?: Pick<Storage, 'getItem'>): unknown => {
  const raw = (storage ?? localStorage).getItem(KEY);
  return raw === null ? undefined : JSON.parse(raw);
};

/** The saved entry as it is, or undefined when there is none or it cannot be read (the store explains those). */
export function savedEntry(storage?: Pick<Storage, 'getItem'>): unknown {
  try {
    return readSaved(storage);
  } catch {
    return undefined;
  }
}

export function peekProgress(storage?: Pick<Storage, 'getItem'>): Peeked {
  try {
    const value = readSaved(storage);
    if (value === undefined) return { milestones: {}, checks: {} };
    if (isRecord(value) && value.version === VERSION && isRecord(value.milestones) && isRecord(value.checks))
      return { milestones: value.milestones, checks: value.checks };
  } catch {
    // Blocked storage or damaged JSON: the store says which.
  }
  return { milestones: {}, checks: {}, problem: true };
}
