// schema.org data for chapters, built from the same collections the pages show. Typed with schema-dts,
// so `astro check` rejects a property the schema.org type does not have.
import type {
  Article,
  BreadcrumbList,
  FAQPage,
  Graph,
  MonetaryAmountDistribution,
  Occupation,
  Thing,
} from 'schema-dts';
import { getEntries, getSourceMap, type ChapterEntry } from './get-guide';
import { PARTS } from '../schemas/part';
import { absoluteUrl } from './url';
import { chapterPath, PAGES, partPath } from './routes';
import { isoDay } from './dates';
import { ogImagePath } from './og-image';
import { LEVEL_LABELS } from './labels';
import { citationLabel } from './source-title';
import { siteConfig } from '../../site.config.mjs';

export function breadcrumbList(chapter: ChapterEntry, site: URL): BreadcrumbList {
  const part = PARTS.find((p) => p.id === chapter.data.part)!;
  return {
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Home', item: absoluteUrl(PAGES.home, site) },
      { '@type': 'ListItem', position: 2, name: part.title, item: absoluteUrl(partPath(part.id), site) },
      { '@type': 'ListItem', position: 3, name: chapter.data.title, item: absoluteUrl(chapterPath(chapter.id), site) },
    ],
  };
}

export async function article(chapter: ChapterEntry, site: URL): Promise<Article> {
  const sources = await getSourceMap();
  return {
    '@type': 'Article',
    headline: chapter.data.title,
    description: chapter.data.description,
    dateModified: isoDay(chapter.data.updated),
    datePublished: isoDay(chapter.data.updated),
    url: absoluteUrl(chapterPath(chapter.id), site),
    image: absoluteUrl(ogImagePath(chapter.data.part), site),
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: siteConfig.title, url: absoluteUrl(PAGES.home, site) },
    publisher: { '@type': 'Organization', name: siteConfig.title },
    citation: chapter.data.sources.map((r) => sources.get(r.id)!.data.title),
  };
}

export async function faqPage(): Promise<FAQPage> {
  const faq = await getEntries('faq');
  return {
    '@type': 'FAQPage',
    mainEntity: faq.map((q) => ({
      '@type': 'Question',
      name: q.data.question,
      acceptedAnswer: { '@type': 'Answer', text: q.data.answer },
    })),
  };
}

export async function occupation(chapter: ChapterEntry, site: URL): Promise<Occupation> {
  const [skills, bands, sources] = await Promise.all([
    getEntries('skills'),
    getEntries('salary-bands'),
    getSourceMap(),
  ]);
  const salary: MonetaryAmountDistribution[] = bands
    .filter((b) => b.data.basis !== 'premium-over-generalist')
    .map((b) => ({
      '@type': 'MonetaryAmountDistribution',
      name: `${LEVEL_LABELS[b.data.level]}, ${b.data.companyType}, ${b.data.location} (${citationLabel(sources.get(b.data.source.id)!.data)}, as of ${isoDay(b.data.asOf)})`,
      currency: b.data.currency,
      duration: 'P1Y',
      minValue: b.data.low,
      ...(b.data.high !== undefined ? { maxValue: b.data.high } : {}),
    }));
  return {
    '@type': 'Occupation',
    name: 'AI engineer',
    description: chapter.data.description,
    url: absoluteUrl(chapterPath(chapter.id), site),
    occupationLocation: { '@type': 'Country', name: 'United States' },
    skills: skills.map((s) => ({ '@type': 'DefinedTerm', name: s.data.name })),
    estimatedSalary: salary,
    mainEntityOfPage: absoluteUrl(chapterPath(chapter.id), site),
  };
}

/** Everything a chapter page prints as JSON-LD: one @graph. */
export async function chapterJsonLd(chapter: ChapterEntry, site: URL): Promise<Record<string, unknown>[]> {
  const nodes: Thing[] = [await article(chapter, site), breadcrumbList(chapter, site)];
  if (chapter.data.structuredData.includes('FAQPage')) nodes.push(await faqPage());
  if (chapter.data.structuredData.includes('Occupation')) nodes.push(await occupation(chapter, site));
  const graph: Graph = { '@context': 'https://schema.org', '@graph': nodes as Graph['@graph'] };
  return [graph as unknown as Record<string, unknown>];
}
