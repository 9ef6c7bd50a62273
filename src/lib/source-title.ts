// How a source is named to readers: its full title in lists, and in citations its short name and year
// ("Jobbi 2026"). The tag (S0-S4) stays in the data for editors; readers never need to learn it.
import type { SOURCE_KINDS } from '../schemas/source';

/** A source's full title as the document states it: title and subtitle joined the way bibliographies do. */
export function fullTitle(source: { title: string; subtitle?: string | undefined }): string {
  if (!source.subtitle) return source.title;
  const sep = /[?!:]$/.test(source.title) ? ' ' : ': ';
  return `${source.title}${sep}${source.subtitle}`;
}

/** The year a source speaks for: the year of its `asOf` date (for an undated source, the year it is framed in). */
export const sourceYear = (source: { asOf: Date }): number => source.asOf.getUTCFullYear();

/** The name a citation shows: the source's short name and year, "Jobbi 2026", "Career, Part 15 2026". */
export function citationLabel(source: { short: string; asOf: Date }): string {
  return `${source.short} ${sourceYear(source)}`;
}

/** The source's date for readers: as the document states it, or that it states none and which year it is filed under. */
export function sourceDate(source: { dateStated: string | null; asOf: Date }): string {
  return source.dateStated
    ? `Dated “${source.dateStated}”`
    : `Undated; filed under ${sourceYear(source)}, the year it is framed in`;
}

/** What kind of document each source kind is, in readers' words (src/schemas/source.ts lists the kinds). */
export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  'jobs-board-page': 'Role page on a jobs site',
  'jobs-board-article': 'Article on a job board',
  'guide-chapter': 'Chapter outline of an online guide',
  'opinion-explainer': 'News and opinion explainer',
  'beginner-explainer': 'Beginner explainer',
  other: 'Other',
};
