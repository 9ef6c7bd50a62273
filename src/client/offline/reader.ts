// What a reader's page does with the saved copy, loaded on demand by boot.ts as one piece: the panel on the pages that
// offer the copy, the note on the others.
export { showNotice } from './notice';
export { initPanel } from './panel';
