// What the posting reader and the progress store (which keeps a posting when the reader asks) both need to know,
// in a module small enough for the store's bundle: the levels a posting can name and the longest text it reads.

/** The levels a posting can name: the salary bands' levels (src/schemas/salary-band.ts) and junior, which no band covers. */
export const POSTING_LEVELS = ['junior', 'mid', 'senior', 'staff', 'principal'] as const;
export type PostingLevel = (typeof POSTING_LEVELS)[number];

/**
 * The longest text the reader reads, in characters. A job posting, even one copied with a whole web page around it,
 * is far shorter; the limit keeps the page quick on a slow phone and a saved posting well inside the progress file's
 * size limit (MAX_IMPORT_BYTES in src/client/progress/store.ts): at most 3 bytes a character in UTF-8, 150 KB.
 */
export const MAX_POSTING_CHARS = 50_000;
