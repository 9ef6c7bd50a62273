// llms-full.txt: every chapter's text in reading order, with figures and citations written out.
import type { APIContext } from 'astro';
import { getChapters, getEntries, getSourceMap } from '../lib/get-guide';
import { describeEffort, pathEffort } from '../lib/study-plan';
import { absoluteUrl } from '../lib/url';
import { chapterPath } from '../lib/routes';
import { formatRange } from '../lib/format';
import { formatDate } from '../lib/dates';
import { mdxToPlainText } from '../lib/plain-text';
import { citationLabel, fullTitle } from '../lib/source-title';
import { siteConfig } from '../../site.config.mjs';

export async function GET(context: APIContext) {
  const site = context.site ?? new URL(siteConfig.site);
  const [chapters, bands, sources, stages] = await Promise.all([
    getChapters(),
    getEntries('salary-bands'),
    getSourceMap(),
    getEntries('learning-path'),
  ]);
  const effort = describeEffort(pathEffort(stages.flatMap((s) => s.data.milestones)));
  const pathHours = () => effort;
  const bandRange = (id: string) => {
    const b = bands.find((x) => x.id === id);
    return b && `${formatRange(b.data)} [${citationLabel(sources.get(b.data.source.id)!.data)}]`;
  };
  const parts = chapters.map((c) => {
    const pageUrl = absoluteUrl(chapterPath(c.id), site);
    const cited = c.data.sources
      .map((r) => sources.get(r.id)!)
      .map(
        (s) =>
          `[${citationLabel(s.data)}] ${fullTitle(s.data)}${s.data.dateStated ? ` (${s.data.dateStated})` : ' (undated)'}`,
      );
    return [
      `# ${c.data.title}`,
      '',
      `URL: ${pageUrl}`,
      `Updated: ${formatDate(c.data.updated)} · Status: ${c.data.status}`,
      '',
      mdxToPlainText(c.body ?? '', {
        bandRange,
        sourceTag: (id) => {
          const s = sources.get(id);
          return s && citationLabel(s.data);
        },
        pageUrl,
        pathHours,
      }),
      '',
      'Sources:',
      ...cited.map((s) => `- ${s}`),
    ].join('\n');
  });
  return new Response(`${siteConfig.title}: full text\n\n${parts.join('\n\n---\n\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
