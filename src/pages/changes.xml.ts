// RSS feed of the editors' change notes, newest first, beside the chapters' feed (rss.xml): one item a note, linked to
// the chapter and section it touched.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getChanges, getChapters } from '../lib/get-guide';
import { chapterUrl } from '../lib/url';
import { siteConfig } from '../../site.config.mjs';

export async function GET(context: APIContext) {
  const [changes, chapters] = await Promise.all([getChanges(), getChapters()]);
  const titles = new Map(chapters.map((c) => [c.id, c.data.title]));
  const site = context.site ?? siteConfig.site;
  return rss({
    title: `${siteConfig.title}: what changed`,
    description:
      'Each change editors have noted in the AI Engineer Guide, newest first, with the chapter and section it touched.',
    site,
    items: changes.map((c) => ({
      title: `${titles.get(c.chapter)}${c.section ? `: ${c.section.title}` : ''}`,
      description: c.note,
      // Absolute, so that the feed library keeps the #section as it is (it adds a slash to the end of a path it completes).
      link: new URL(`${chapterUrl(c.chapter)}${c.section ? `#${c.section.id}` : ''}`, site).href,
      pubDate: c.date,
      customData: `<guid isPermaLink="false">${c.key}</guid>`,
    })),
    customData: '<language>en</language>',
  });
}
