// robots.txt: everything may be crawled; the sitemap lives at the site's base.
import type { APIContext } from 'astro';
import { absoluteUrl } from '../lib/url';
import { FILES } from '../lib/routes';
import { siteConfig } from '../../site.config.mjs';

export function GET(context: APIContext) {
  const sitemap = absoluteUrl(FILES.sitemap, context.site ?? siteConfig.site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
