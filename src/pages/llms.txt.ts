// llms.txt: the guide's chapters in reading order, with a line each, for tools that read it.
import type { APIContext } from 'astro';
import { getParts } from '../lib/get-guide';
import { chapterUrl, url } from '../lib/url';
import { siteConfig } from '../../site.config.mjs';

export async function GET(context: APIContext) {
  const site = context.site ?? new URL(siteConfig.site);
  const abs = (p: string) => new URL(p, site).href;
  const parts = await getParts();
  const lines = [
    `# ${siteConfig.title}`,
    '',
    '> A sourced guide to the AI engineer role: what it is and is not, the skills, pay (every figure with its source and date), who hires, and how to get there.',
    '',
    `The full text of every chapter is in ${abs(url('llms-full.txt'))}.`,
    '',
    ...parts.flatMap((p) => [`## ${p.title}`, '', ...p.chapters.map((c) => `- [${c.data.title}](${abs(chapterUrl(c.id))}): ${c.data.description}`), '']),
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
