// RSS feed of chapter updates, newest first.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getChapters } from '../lib/get-guide';
import { chapterUrl } from '../lib/url';
import { siteConfig } from '../../site.config.mjs';

export async function GET(context: APIContext) {
  const chapters = [...(await getChapters())].sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime());
  return rss({
    title: `${siteConfig.title}: chapter updates`,
    description: 'New and updated chapters of the AI Engineer Guide, each with its sources and date.',
    site: context.site ?? siteConfig.site,
    items: chapters.map((c) => ({
      title: c.data.title,
      description: c.data.description,
      link: chapterUrl(c.id),
      pubDate: c.data.updated,
    })),
    customData: '<language>en</language>',
  });
}
