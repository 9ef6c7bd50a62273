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
import { pagefindIntegration } from '../../../src/integrations/pagefind.mjs';

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

  test('writes the same index, byte for byte, for the same pages', async () => {
    const files: Record<string, string> = { '404.html': '<main>Not found</main>' };
    for (let p = 0; p < 30; p++)
      files[`chapters/c${p}/index.html`] = page(`Chapter ${p}`, `Text of chapter ${p}, on retrieval and pay ${p * 7}.`);
    const snapshot = (dir: string) =>
      Object.fromEntries(
        readdirSync(join(dir, 'pagefind'), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => [
            join(e.parentPath, e.name).slice(dir.length),
            readFileSync(join(e.parentPath, e.name)).toString('base64'),
          ]),
      );
    const first = site(files);
    const second = site(files);
    await buildDone(first);
    await buildDone(second);
    expect(snapshot(second)).toEqual(snapshot(first));
  });
});
