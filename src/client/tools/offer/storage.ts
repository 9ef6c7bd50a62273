// Keeping the offers in this browser, only when the reader ticks the box: the same text as the
// address fragment, under one localStorage key. Storage may be missing or full (private windows,
// blocked storage); then nothing is kept and the page says so.
export const OFFER_STORAGE_KEY = 'aieg-offer-calculator';

export function loadSaved(): string | undefined {
  try {
    return localStorage.getItem(OFFER_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function save(encoded: string): boolean {
  try {
    localStorage.setItem(OFFER_STORAGE_KEY, encoded);
    return true;
  } catch {
    return false;
  }
}

export function forget(): boolean {
  try {
    localStorage.removeItem(OFFER_STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}
