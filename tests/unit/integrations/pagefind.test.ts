import { afterEach, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindIntegration } from '../../../src/integrations/pagefind.mjs';

// The end of `astro build` on a tiny built folder: the real Pagefind binary indexes it.
const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function site(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'guide-pagefind-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `<!doctype html><html lang="en"><head><title>t</title></head><body>${html}</body></html>`);
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

  test('fails the build when no page is marked for indexing, instead of indexing site chrome', async () => {
    const dir = site({ 'index.html': '<main><h1>Home</h1><p>Text</p></main>', '404.html': '<main><h1>Not found</h1></main>' });
    await expect(buildDone(dir)).rejects.toThrow(/no page marked data-pagefind-body among the 2 HTML files/);
  });
});
