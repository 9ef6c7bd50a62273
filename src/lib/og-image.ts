// Builds an Open Graph card (1200x630) as SVG; the og/ endpoint turns it into PNG with sharp.
// One card per part of the guide (and one for the site), not one per chapter: a shared link shows the
// chapter's own title and description from og:title/og:description next to the card, and a card per
// chapter cost about 10 ms of rasterising each, which was most of the build at 1,000 chapters.
// Pure, so the layout (line wrapping, escaping) is unit-testable.

import { PARTS } from '../schemas/part';
import { ogCardPath } from './routes';

/** The text of every card: the site's, then one per part. The og/ endpoint renders exactly these. */
export const OG_CARDS = [
  {
    slug: 'default',
    part: undefined,
    title: 'The AI engineer role, explained from the sources',
    kicker: 'A sourced guide',
    subtitle: '',
  },
  ...PARTS.map((p, i) => ({
    slug: `part-${p.id}`,
    part: p.id as string | undefined,
    title: p.title as string,
    kicker: `Part ${i + 1} of ${PARTS.length}`,
    subtitle: p.blurb as string,
  })),
];

const cardOf = (part?: string) => OG_CARDS.find((c) => c.part === part) ?? OG_CARDS[0]!;

/** The card a page of this part shares (a path under the site's base); the site-wide card without a part. */
export const ogImagePath = (part?: string) => ogCardPath(cardOf(part).slug);

/** What the card shows, as its alt text: the site's name, the kicker and the card's title. */
export const ogImageAlt = (site: string, part?: string) => {
  const card = cardOf(part);
  return `${site}, ${card.kicker.toLowerCase()}: ${card.title}`;
};

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Greedy word wrap to at most `maxLines` lines of `width` characters; the last line ends in … when cut. */
export function wrapLines(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s.,;:]+$/, '')}…`;
  return kept;
}

export function ogSvg({
  title,
  kicker,
  site,
  subtitle = '',
}: {
  title: string;
  kicker: string;
  site: string;
  subtitle?: string;
}): string {
  const lines = wrapLines(title, 26, 2);
  const titleSvg = lines.map((l, i) => `<tspan x="80" dy="${i === 0 ? 0 : 84}">${escapeXml(l)}</tspan>`).join('');
  const subtitleY = 250 + (lines.length - 1) * 84 + 80;
  const subtitleSvg = wrapLines(subtitle, 52, 2)
    .map((l, i) => `<tspan x="80" dy="${i === 0 ? 0 : 44}">${escapeXml(l)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0f1218"/>
  <rect x="0" y="0" width="16" height="630" fill="#2f56d9"/>
  <text x="80" y="120" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="32" fill="#93b4fd" font-weight="700">${escapeXml(kicker)}</text>
  <text x="80" y="250" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="68" fill="#ffffff" font-weight="700">${titleSvg}</text>
  ${subtitleSvg ? `<text x="80" y="${subtitleY}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="32" fill="#d4d4d8">${subtitleSvg}</text>` : ''}
  <text x="80" y="560" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="30" fill="#d4d4d8">${escapeXml(site)}</text>
</svg>`;
}
