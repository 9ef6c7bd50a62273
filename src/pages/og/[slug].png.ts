// An Open Graph image per chapter (and one for the site), rendered at build time from an SVG card.
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getChapters } from '../../lib/get-guide';
import { ogSvg } from '../../lib/og-image';
import { PARTS } from '../../schemas/part';
import { siteConfig } from '../../../site.config.mjs';

export async function getStaticPaths() {
  const chapters = await getChapters();
  return [
    { params: { slug: 'default' }, props: { title: 'The AI engineer role, explained from the sources', kicker: 'A sourced guide' } },
    ...chapters.map((c) => ({ params: { slug: c.id }, props: { title: c.data.title, kicker: PARTS.find((p) => p.id === c.data.part)!.title } })),
  ];
}

export const GET: APIRoute = async ({ props }) => {
  const svg = ogSvg({ title: props.title as string, kicker: props.kicker as string, site: siteConfig.title });
  // Compression level 6: level 9 costs about eight times the time for a few per cent fewer bytes.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
