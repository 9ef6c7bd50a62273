import { afterEach, describe, expect, test } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { indexUrl, pagefindIntegration } from '../../../src/integrations/pagefind.mjs';
import { onRequest } from '../../../src/integrations/pagefind-feed.mjs';

// The end of `astro build` on a tiny built folder: the real Pagefind binary indexes it.
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'guide-pagefind-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(
      join(dir, path),
      `<!doctype html><html lang="en"><head><title>t</title></head><body>${html}</body></html>`,
    );
  }
  return dir;
}

async function buildDone(dir: string) {
  const logged: string[] = [];
  const hook = pagefindIntegration().hooks['astro:build:done']!;
  await hook({ dir: pathToFileURL(`${dir}/`), logger: { info: (m: string) => logged.push(m) } } as never);
  return logged;
}

const page = (title: string, text: string, part = 'Pay') =>
  `<header>Site chrome that must not be indexed</header><main data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><span data-pagefind-filter="part:${part}"></span><p>${text}</p></main>`;

describe('the Pagefind step', () => {
  test('indexes only the pages marked data-pagefind-body and logs the line the benchmark reads', async () => {
    const dir = site({
      'index.html': page('Home', 'Welcome to the guide about retrieval.'),
      'chapters/salary/index.html': page('Salary', 'What the role pays, by level.'),
      'search/index.html': '<main><h1>Search</h1></main>',
      '404.html': '<main><h1>Not found</h1></main>',
    });
    const logged = await buildDone(dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(2);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(logged).toHaveLength(1);
    // scripts/bench/run.mjs parses this line (after Astro's "[guide:pagefind]" prefix).
    const line = `[guide:pagefind] ${logged[0]}`;
    expect(line).toMatch(/^\[guide:pagefind\] Indexed 2 pages \(of 4 HTML files\) in \d+ ms\.$/);
    expect(line.match(/\[guide:pagefind\] Indexed (\d+) pages.*? in (\d+) ms/)?.[1]).toBe('2');
  });

  test('writes small index chunks, so a search downloads little beyond the words it looks up', async () => {
    // 120 pages of 400 words drawn from 3,000 made-up words: about 50,000 word occurrences.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const vocabulary = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}${'abcdefghij'[i % 10]}`);
    const files: Record<string, string> = { '404.html': '<main>Not found</main>' };
    for (let p = 0; p < 120; p++)
      files[`p${p}/index.html`] = page(
        `Page ${p}`,
        Array.from({ length: 400 }, () => vocabulary[next() % vocabulary.length]).join(' '),
      );
    const dir = site(files);
    await buildDone(dir);
    const chunks = readdirSync(join(dir, 'pagefind', 'index')).map(
      (f) => statSync(join(dir, 'pagefind', 'index', f)).size,
    );
    // Pagefind's default chunk size writes 6 chunks here (up to 17 KB); 5,000 writes 22 (up to 5.3 KB).
    expect(chunks.length).toBeGreaterThanOrEqual(15);
    expect(Math.max(...chunks)).toBeLessThan(12 * 1024);
  });

  test('fails the build when no page is marked for indexing, instead of indexing site chrome', async () => {
    const dir = site({
      'index.html': '<main><h1>Home</h1><p>Text</p></main>',
      '404.html': '<main><h1>Not found</h1></main>',
    });
    await expect(buildDone(dir)).rejects.toThrow(/no page marked data-pagefind-body among the 2 HTML files/);
  });

  test('in a build, pages rendered are indexed as they come, without reading the folder', async () => {
    const integration = pagefindIntegration();
    const middleware: unknown[] = [];
    integration.hooks['astro:config:setup']!({
      command: 'build',
      config: { base: '/guide/' },
      addMiddleware: (m: unknown) => middleware.push(m),
    } as never);
    expect(middleware).toHaveLength(1);
    await integration.hooks['astro:build:start']!({} as never);
    const render = (path: string, body: string, type = 'text/html') =>
      onRequest(
        { url: new URL(`http://localhost${path}`) } as never,
        async () =>
          new Response(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`, {
            status: 200,
            headers: { 'content-type': type },
          }),
      ) as Promise<Response>;
    const passed = await render('/guide/chapters/rag', page('RAG', 'Retrieval then generation.'));
    // The reader gets the page unchanged.
    expect(await passed.text()).toContain('Retrieval then generation.');
    expect(passed.headers.get('content-type')).toBe('text/html');
    await render('/guide/', page('Home', 'Welcome.'));
    await render('/guide/search/', '<main><h1>Search</h1></main>');
    await render('/guide/rss.xml', '<rss></rss>', 'application/xml');
    // The folder holds no HTML at all: everything indexed came through the feed.
    const dir = site({});
    const logged: string[] = [];
    await integration.hooks['astro:build:done']!({
      dir: pathToFileURL(`${dir}/`),
      logger: { info: (m: string) => logged.push(m) },
    } as never);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(2);
    expect(logged[0]).toMatch(
      /^Indexed 2 pages \(of 3 HTML files\) in \d+ ms after the last page \(the rest while rendering\)\.$/,
    );
    const urls = readdirSync(join(dir, 'pagefind', 'fragment'))
      .map(
        (f) =>
          JSON.parse(
            gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', f)))
              .toString()
              .replace(/^pagefind_dcd/, ''),
          ).url,
      )
      .sort();
    expect(urls).toEqual(['/', '/chapters/rag/']);
  });

  test('outside a build the middleware passes pages through and adds nothing', async () => {
    const integration = pagefindIntegration();
    const middleware: unknown[] = [];
    integration.hooks['astro:config:setup']!({
      command: 'dev',
      config: { base: '/' },
      addMiddleware: (m: unknown) => middleware.push(m),
    } as never);
    expect(middleware).toEqual([]);
    const original = new Response('<p>x</p>', { headers: { 'content-type': 'text/html' } });
    expect(await onRequest({ url: new URL('http://localhost/') } as never, async () => original)).toBe(original);
  });

  test('index URLs are relative to the site root and end like folder URLs', () => {
    expect(indexUrl('/guide/chapters/rag', '/guide/')).toBe('/chapters/rag/');
    expect(indexUrl('/guide/chapters/rag/', '/guide')).toBe('/chapters/rag/');
    expect(indexUrl('/', '/')).toBe('/');
    expect(indexUrl('/llms.txt', '/')).toBe('/llms.txt');
  });
});
