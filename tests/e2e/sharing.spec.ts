// Sharing, feeds and structured data, read from the built site; CSP checked in the browser.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PATH, DIST, builtChapters } from './helpers';
import { readCollection } from '../../src/lib/read-content';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const chapters = builtChapters();
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
/** A node of schema.org data, as the tests read it. */
type Node = Record<string, unknown> & {
  itemListElement?: { position: number; item: string }[];
  skills?: Node[];
  estimatedSalary?: Node[];
  mainEntity?: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
};
const graphOf = (html: string) => jsonLd(html).flatMap((d) => d['@graph'] ?? [d]) as Node[];
const bands = readCollection('salary-bands').map((b) => ({ id: b.id, ...b.data }));

test(
  "every chapter has a canonical URL, Open Graph and Twitter meta, and its part's Open Graph card",
  BASE_PATH,
  async ({ request }) => {
    expect(chapters.length).toBeGreaterThan(10);
    const cards = new Set<string>();
    for (const slug of chapters) {
      const html = read(`chapters/${slug}/index.html`);
      expect(html, slug).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/chapters\/[^"]+\/"/);
      for (const prop of ['og:title', 'og:description', 'og:type" content="article', 'og:url'])
        expect(html, `${slug}: ${prop}`).toContain(prop);
      expect(html).toContain('name="twitter:card" content="summary_large_image"');
      const image = html.match(/<meta property="og:image" content="[^"]*\/(og\/part-[a-z]+\.png)"/)?.[1];
      expect(image, `${slug}: og:image is its part's card`).toBeTruthy();
      // The Article's image is the same card.
      expect(graphOf(html).find((n) => n['@type'] === 'Article')!.image, slug).toContain(image);
      // The alt text describes the card (its part), not the chapter.
      const part = image!.match(/part-([a-z]+)/)![1];
      const partTitle = read(`parts/${part}/index.html`).match(/<meta property="og:title" content="([^"]+)"/)?.[1];
      expect(html, `${slug}: og:image:alt names the part`).toMatch(
        new RegExp(`<meta property="og:image:alt" content="[^"]*: ${partTitle}"`),
      );
      cards.add(image!);
    }
    // Several parts, several cards; each one a real 1200x630 PNG.
    expect(cards.size).toBeGreaterThan(3);
    for (const card of cards) {
      const png = await request.get(card);
      expect(png.status(), card).toBe(200);
      expect(png.headers()['content-type']).toContain('image/png');
      const bytes = await png.body();
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBe(1200);
      expect(bytes.readUInt32BE(20)).toBe(630);
    }
    // No card per chapter: the number of images does not grow with the guide.
    expect(readdirSync(join(DIST, 'og')).length).toBeLessThanOrEqual(12);
  },
);

test('chapters carry Article and BreadcrumbList JSON-LD with the dates the page shows', BASE_PATH, () => {
  for (const slug of chapters) {
    const html = read(`chapters/${slug}/index.html`);
    const graph = graphOf(html);
    const article = graph.find((n) => n['@type'] === 'Article');
    expect(article, slug).toBeTruthy();
    expect(article!.headline).toBe(unescape(html.match(/<h1[^>]*>([^<]+)<\/h1>/)![1]!));
    expect(html).toContain(`datetime="${article!.dateModified}"`);
    const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement!.map((i) => i.position)).toEqual([1, 2, 3]);
    for (const item of crumbs.itemListElement!) expect(item.item).toMatch(/^https?:\/\//);
  }
});

test('the FAQ carries FAQPage JSON-LD with every question on the page', BASE_PATH, () => {
  const html = read('chapters/faq/index.html');
  const faq = graphOf(html).find((n) => n['@type'] === 'FAQPage')!;
  const questions = readCollection('faq').length;
  expect(faq.mainEntity).toHaveLength(questions);
  for (const q of faq.mainEntity!) {
    expect(q['@type']).toBe('Question');
    expect(unescape(html)).toContain(`>${q.name}</a></h2>`);
    expect(q.acceptedAnswer['@type']).toBe('Answer');
    expect(q.acceptedAnswer.text.length).toBeGreaterThan(40);
  }
});

test('the role chapter carries an Occupation whose salaries are the data bands', () => {
  const occupation = graphOf(read('chapters/what-is-an-ai-engineer/index.html')).find(
    (n) => n['@type'] === 'Occupation',
  )!;
  expect(occupation.name).toBe('AI engineer');
  expect(occupation.skills!.map((s) => s['@type'])).toEqual(Array(readCollection('skills').length).fill('DefinedTerm'));
  const ranges = bands.filter((b) => b.basis !== 'premium-over-generalist');
  expect(occupation.estimatedSalary).toHaveLength(ranges.length);
  for (const b of ranges) {
    const match = occupation.estimatedSalary!.find((s) => s.minValue === b.low && s.maxValue === b.high);
    expect(match, b.id).toBeTruthy();
    expect(match).toMatchObject({ '@type': 'MonetaryAmountDistribution', currency: 'USD', duration: 'P1Y' });
  }
});

test('the sitemap lists every chapter and leaves out search and 404', BASE_PATH, () => {
  const sitemap = read('sitemap-0.xml');
  for (const slug of chapters) expect(sitemap).toContain(`/chapters/${slug}/</loc>`);
  expect(sitemap).not.toMatch(/\/search\/<\/loc>|404/);
  expect(read('robots.txt')).toMatch(/Sitemap: https?:\/\/\S+sitemap-index\.xml/);
});

test('the RSS feed has one item per chapter, newest first', BASE_PATH, () => {
  const rss = read('rss.xml');
  const items = [...rss.matchAll(/<item>[\s\S]*?<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
  expect(items).toHaveLength(chapters.length);
  expect([...items].sort((a, b) => b - a)).toEqual(items);
});

test(
  'the feed of changes has one item per change note, newest first, each linked to its chapter and section',
  BASE_PATH,
  () => {
    const feed = read('changes.xml');
    const published = new Set(chapters);
    const notes = readCollection('chapters')
      .filter((c) => published.has(c.id))
      .flatMap((c) => c.data.changes.map((n) => `/chapters/${c.id}/${n.section ? `#${n.section}` : ''}`));
    const items = [
      ...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<pubDate>([^<]+)<\/pubDate>[\s\S]*?<\/item>/g),
    ];
    expect(notes.length).toBeGreaterThan(0);
    expect(items).toHaveLength(notes.length);
    for (const note of notes)
      expect(
        items.some((m) => m[1]!.endsWith(note)),
        note,
      ).toBe(true);
    const dates = items.map((m) => Date.parse(m[2]!));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    // Every page says where the chapters' feed is; What changed also says where its own is.
    expect(read('changes/index.html')).toMatch(
      /<link rel="alternate" type="application\/rss\+xml" title="[^"]*what changed" href="[^"]*changes\.xml">/,
    );
  },
);

test('llms.txt lists every chapter and llms-full.txt holds their text with figures written out', BASE_PATH, () => {
  const index = read('llms.txt');
  const full = read('llms-full.txt');
  for (const slug of chapters) expect(index).toContain(`/chapters/${slug}/)`);
  expect(full).not.toMatch(/<Pay |<Cite /);
  // A figure names its source as readers know it: "$180K–$260K [Jobbi 2026]", never an editor's tag.
  expect(full).toMatch(/\$\d+K–\$\d+K \[[^\]]+ \d{4}\]/);
  expect(full).not.toMatch(/\[S\d\]/);
});

test(
  'the whole-guide page holds every chapter in order and prints without the site chrome',
  BASE_PATH,
  async ({ page }) => {
    await page.goto('guide/');
    const titles = await page.locator('article > h1').allTextContents();
    expect(titles).toHaveLength(chapters.length);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText(/holds the whole guide for printing/)).toBeHidden();
    const breaks = await page
      .locator('article')
      .first()
      .evaluate((el) => getComputedStyle(el).breakBefore);
    expect(breaks).toBe('page');
    await page.goto('chapters/skills/');
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Guide' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  },
);

test('each chapter links to its source file for editing, MDX or plain Markdown', () => {
  const files = new Map(readCollection('chapters').map((c) => [c.id, c.filePath.split('/').pop()!]));
  expect([...files.values()].some((f) => f.endsWith('.md'))).toBe(true);
  expect([...files.values()].some((f) => f.endsWith('.mdx'))).toBe(true);
  for (const slug of chapters) {
    const file = files.get(slug)!.replace('.', '\\.');
    expect(read(`chapters/${slug}/index.html`)).toMatch(new RegExp(`href="[^"]+/edit/[^"]+/content/chapters/${file}"`));
  }
});

test(
  'pages carry a strict Content Security Policy and nothing breaks it, search included',
  BASE_PATH,
  async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    for (const path of ['', 'chapters/salary/', 'progress/', 'data/salaries/']) {
      await page.goto(path);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("'wasm-unsafe-eval'");
      expect(csp).not.toContain('unsafe-inline');
    }
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox').fill('retrieval');
    await expect(page.getByRole('status').last()).toContainText(/results? for/);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(violations).toEqual([]);
  },
);
