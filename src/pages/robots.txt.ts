// robots.txt: everything may be crawled; the sitemap lives at the site's base.
import type { APIContext } from 'astro';
import { url } from '../lib/url';
import { siteConfig } from '../../site.config.mjs';

export function GET(context: APIContext) {
  const sitemap = new URL(url('sitemap-index.xml'), context.site ?? siteConfig.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
