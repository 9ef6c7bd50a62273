// Markdown tables in chapters read as cards on narrow screens (ScrollTable.astro): each body cell carries its
// column's header text as `data-label`, which the card layout shows above the value. Done on the rendered HTML
// of the table's rows at build time (src/lib/html.ts), so no script is needed.
import { editTags } from './html';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment: tags dropped, character references decoded, white space collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (ref, dec?: string, hex?: string, name?: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : (ENTITIES[name!.toLowerCase()] ?? ref),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text made safe inside a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The rows of a table (its <thead> and <tbody> as HTML) with `data-label="<column header>"` on each body cell,
 * matched by column index, from the second column on: the first cell is the card's title and needs no label.
 * Cells under an empty header, and cells past the last header, get no label; a cell that already has a
 * data-label keeps it.
 */
export function labelCells(rows: string): string {
  // The header cells' text, read from the table Sätteri renders for a Markdown table: one <thead>, plain <th> cells.
  const head = /<thead\b[^>]*>([\s\S]*?)<\/thead>/i.exec(rows);
  if (!head) return rows;
  const headers = [...head[1]!.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/gi)].map((m) => htmlText(m[1]!));
  if (headers.every((h) => h === '')) return rows;
  let column = 0;
  return editTags(rows, (tag) => {
    if (tag.name === 'tr') column = 0;
    if ((tag.name !== 'td' && tag.name !== 'th') || tag.ancestors.at(-1) !== 'tr' || tag.ancestors.at(-2) !== 'tbody')
      return;
    const label = column === 0 ? '' : headers[column];
    column++;
    if (label && !tag.attributes().includes('data-label')) tag.set('data-label', escapeAttribute(label));
  });
}
