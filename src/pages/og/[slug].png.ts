// The Open Graph cards: one for the site and one per part of the guide, rendered at build time from an SVG
// card (src/lib/og-image.ts). A fixed number of images, so the build does not grow with the chapters.
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { OG_CARDS, ogSvg } from '../../lib/og-image';
import { siteConfig } from '../../../site.config.mjs';

export function getStaticPaths() {
  return OG_CARDS.map(({ slug, title, kicker, subtitle }) => ({
    params: { slug },
    props: { title, kicker, subtitle },
  }));
}

export const GET: APIRoute = async ({ props }) => {
  const svg = ogSvg({
    title: props.title as string,
    kicker: props.kicker as string,
    subtitle: props.subtitle as string,
    site: siteConfig.title,
  });
  // Compression level 6: level 9 costs about eight times the time for a few per cent fewer bytes.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
