// llms.txt: the guide's chapters in reading order, with a line each, for tools that read it.
import type { APIContext } from 'astro';
import { getParts } from '../lib/get-guide';
import { absoluteUrl } from '../lib/url';
import { chapterPath, FILES } from '../lib/routes';
import { siteConfig } from '../../site.config.mjs';

export async function GET(context: APIContext) {
  const site = context.site ?? new URL(siteConfig.site);
  const parts = await getParts();
  const lines = [
    `# ${siteConfig.title}`,
    '',
    '> A sourced guide to the AI engineer role: what it is and is not, the skills, pay (every figure with its source and date), who hires, and how to get there.',
    '',
    `The full text of every chapter is in ${absoluteUrl(FILES.llmsFull, site)}.`,
    '',
    ...parts.flatMap((p) => [
      `## ${p.title}`,
      '',
      ...p.chapters.map((c) => `- [${c.data.title}](${absoluteUrl(chapterPath(c.id), site)}): ${c.data.description}`),
      '',
    ]),
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
