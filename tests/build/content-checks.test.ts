// The checks that run on the finished build (src/integrations/built-site-checks.mjs), shown on the fixture: errors
// fail the build naming the file, the rule and the fix; warnings list the file and the build goes on. The rules
// themselves are unit-tested (tests/unit/integrations/, tests/unit/lib/checks/validate-content.test.ts); these builds prove
// the wiring: the checks after the build take the entries that exist, and the file each chapter page comes from,
// from the content the build loaded (src/lib/loaded-content.mjs), and print the content load's warnings once.
// Also: drafts stay out of the production build, and a subpath build keeps every link inside its base.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURE_TODAY, build, edit } from './fixture-build';

const addToIntro = (text: string) => (content: string) => edit(content, 'chapters/intro.mdx', '## Tables', `${text}\n\n## Tables`);

describe('content checks on the built fixture', () => {
  // The checks report every problem of the finished build at once: one build carries one of each error.
  const broken = build(addToIntro([
    'See [the missing chapter](/chapters/no-such-chapter/).',
    'See [a heading](/chapters/second/#no-such-heading).',
  ].join('\n\n')));

  test('a link to a chapter that does not exist fails the build, naming the chapter file and the link', () => {
    const { status, output } = broken;
    expect(status, output).toBeGreaterThan(0);
    expect(output).toContain('intro.mdx: the link "/chapters/no-such-chapter/" points to no page in the build');
    // Once, against the chapter: the print edition, which repeats the link, is not blamed for it.
    expect(output.match(/no-such-chapter/g)).toHaveLength(1);
    expect(output).not.toContain('the page /guide/');
  });

  test('a link to an anchor that does not exist fails the build', () => {
    const { status, output } = broken;
    expect(status, output).toBeGreaterThan(0);
    expect(output).toContain('#no-such-heading, which is not on chapters/second/');
  });

  // (A link to an anchor that exists passes: the valid build in broken-content.test.ts carries one.)

  // Warnings do not stop the build: one build carries an overdue review, a data entry no page shows, and a draft.
  const warned = build((c) => {
    edit(c, 'chapters/second.mdx', 'updated: 2026-11-22', 'updated: 2024-01-15');
    writeFileSync(
      join(c, 'skills/tracing.yaml'),
      'name: Tracing\nlayer: production\npriority: nice-to-have\ngood: Traces every model call with its cost and latency.\nevidence: A dashboard screenshot from a deployed project.\nsources: [s1]\norder: 1\n',
    );
    writeFileSync(
      join(c, 'chapters/work-in-progress.mdx'),
      '---\ntitle: Work in progress\ndescription: A chapter that is not ready yet, kept as a draft while it is written.\npart: role\norder: 2\nupdated: 2026-11-22\nstatus: draft\nsources: [s1]\ndraft: true\n---\n\n<ShortAnswer>\n\n- A draft point.\n\n</ShortAnswer>\n\nA draft paragraph about zanzibarite.\n',
    );
  });

  test('a chapter past its review date is listed as a warning and the build goes on', () => {
    const { status, output } = warned;
    expect(status, output).toBe(0);
    // Once, though every page loads the content: the load is cached for the build, and its warnings are printed after it.
    expect(output.match(/second\.mdx: review overdue since 2024-07-15/g)).toHaveLength(1);
    expect(output).not.toMatch(/intro\.mdx: review overdue/);
    // `npm run check:content` runs the same check on the entries it parses.
    const check = spawnSync(process.execPath, ['scripts/check-content.mjs'], { encoding: 'utf8', env: { ...process.env, GUIDE_CONTENT_DIR: warned.content, GUIDE_TODAY: FIXTURE_TODAY } });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^warning: .*second\.mdx: review overdue since 2024-07-15 \(chapters are reviewed every 6 months\)/m);
  });

  test("the build's closing line counts the content load's warnings with the built site's", () => {
    const { status, output, stdout } = warned;
    expect(status, output).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/\[guide\] Built \d+ pages; no content problems, 2 warnings \(above\)\.$/);
  });

  test('a data entry that no page shows is listed as a warning', () => {
    const { status, output } = warned;
    expect(status, output).toBe(0);
    expect(output.match(/skills\/tracing\.yaml: no page shows this entry/g)).toHaveLength(1);
    expect(output).not.toMatch(/skills\/evals\.yaml: no page shows/);
  });

  describe('drafts', () => {
    test('a draft chapter is absent from the production build, the sitemap and the search index', () => {
      const { dir, status, output } = warned;
      expect(status, output).toBe(0);
      const dist = join(dir, 'dist');
      expect(existsSync(join(dist, 'chapters/work-in-progress/index.html'))).toBe(false);
      expect(existsSync(join(dist, 'chapters/intro/index.html'))).toBe(true);
      const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain('/chapters/intro/');
      expect(sitemap).not.toContain('work-in-progress');
      expect(readFileSync(join(dist, 'chapters/index.html'), 'utf8')).not.toContain('Work in progress');
      expect(readFileSync(join(dist, 'llms.txt'), 'utf8')).not.toContain('Work in progress');
    });
  });
});

describe('a build under a subpath', () => {
  test('keeps every link, asset and the search index under the base path', () => {
    const { dir, status, output } = build(() => {}, { BASE_PATH: '/ai-engineer-guide/', SITE_URL: 'https://guide.example.org' });
    expect(status, output).toBe(0);
    const html = readFileSync(join(dir, 'dist/chapters/intro/index.html'), 'utf8');
    const rootLinks = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith('/ai-engineer-guide/'));
    expect(rootLinks).toEqual([]);
    expect(html).toContain('href="/ai-engineer-guide/chapters/glossary/#rag"');
    expect(html).toContain('<link rel="canonical" href="https://guide.example.org/ai-engineer-guide/chapters/intro/"');
    expect(existsSync(join(dir, 'dist/pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(join(dir, 'dist/robots.txt'), 'utf8')).toContain('Sitemap: https://guide.example.org/ai-engineer-guide/sitemap-index.xml');
  });
});
