// The checks that run on the finished build (src/integrations/built-site-checks.mjs), shown on the fixture: errors
// fail the build naming the file, the rule and the fix; warnings list the file and the build goes on. The rules
// themselves are unit-tested (tests/unit/integrations/, tests/unit/lib/checks/validate-content.test.ts); these builds prove
// the wiring: the checks after the build take the entries that exist, and the file each chapter page comes from,
// from the content the build loaded (src/lib/loaded-content.mjs), and print the content load's warnings once.
// Also: drafts stay out of the production build (a draft as `npm run new:chapter` writes it), a subpath build keeps
// every link inside its base (and its roadmap draws a milestone added to the data, with no code change), and a
// collection added as CONTRIBUTING.md says (a schema file and one registry entry) is loaded, checked and documented
// with nothing else changed.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build, edit, runScript } from './fixture-build';

const addToIntro = (text: string) => (content: string) =>
  edit(content, 'chapters/intro.mdx', '## Tables', `${text}\n\n## Tables`);

describe('content checks on the built fixture', () => {
  // The checks report every problem of the finished build at once: one build carries one of each error.
  const broken = build(
    addToIntro(
      [
        'See [the missing chapter](/chapters/no-such-chapter/).',
        'See [a heading](/chapters/second/#no-such-heading).',
      ].join('\n\n'),
    ),
  );

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

  // Warnings do not stop the build: one build carries an overdue review, a data entry no page shows, and a draft
  // written by the scaffolder. It runs on a copy of the project with a collection added (see the last tests).
  const warned = build(
    (c) => {
      edit(c, 'chapters/second.mdx', 'updated: 2026-11-22', 'updated: 2024-01-15');
      writeFileSync(
        join(c, 'skills/tracing.yaml'),
        'name: Tracing\nlayer: production\npriority: nice-to-have\ngood: Traces every model call with its cost and latency.\nevidence: A dashboard screenshot from a deployed project.\nphrases: [tracing spans]\nsources: [s1]\norder: 1\n',
      );
      const scaffolded = runScript('scripts/new-chapter.mjs', ['Work in progress', '--part', 'growth'], { content: c });
      if (scaffolded.status !== 0) throw new Error(scaffolded.output);
      mkdirSync(join(c, 'toys'));
      writeFileSync(join(c, 'toys/ball.yaml'), 'name: Ball\norder: 1\n');
    },
    {},
    { code: addToyCollection },
  );

  test('a chapter past its review date is listed as a warning and the build goes on', () => {
    const { status, output } = warned;
    expect(status, output).toBe(0);
    // Once, though every page loads the content: the load is cached for the build, and its warnings are printed after it.
    expect(output.match(/second\.mdx: review overdue since 2024-07-15/g)).toHaveLength(1);
    expect(output).not.toMatch(/intro\.mdx: review overdue/);
    // `npm run check:content` runs the same check on the entries it parses.
    const check = runScript('scripts/check-content.mjs', [], { content: warned.content, cwd: warned.project });
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).toMatch(
      /^warning: .*second\.mdx: review overdue since 2024-07-15 \(chapters are reviewed every 6 months\)/m,
    );
  });

  test("the build's closing line counts the content load's warnings with the built site's", () => {
    const { status, output, stdout } = warned;
    expect(status, output).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(
      /\[guide\] Built \d+ pages; no content problems, 3 warnings \(above\)\.$/,
    );
  });

  test('a data entry that no page shows is listed as a warning', () => {
    const { status, output } = warned;
    expect(status, output).toBe(0);
    expect(output.match(/skills\/tracing\.yaml: no page shows this entry/g)).toHaveLength(1);
    expect(output).not.toMatch(/skills\/evals\.yaml: no page shows/);
  });

  describe('drafts', () => {
    test('a draft chapter, as the scaffolder writes it, builds and is absent from the production build, the sitemap and the search index', () => {
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

  describe('a collection added with a schema file and one registry entry', () => {
    test('is loaded by the build, which knows its entries (one that no page shows is named)', () => {
      const { status, output } = warned;
      expect(status, output).toBe(0);
      expect(output.match(/toys\/ball\.yaml: no page shows this entry/g)).toHaveLength(1);
    });

    test('is checked against its schema by `npm run check:content`', () => {
      const content = join(warned.dir, 'content-with-a-broken-toy');
      cpSync(warned.content, content, { recursive: true });
      writeFileSync(join(content, 'toys/top.yaml'), 'name: T\norder: first\n');
      const check = runScript('scripts/check-content.mjs', [], { content, cwd: warned.project });
      expect(check.status, check.output).toBe(1);
      expect(check.stdout).toMatch(/toys\/top\.yaml: \*\*name\*\*: .+/);
      expect(check.stdout).toMatch(/toys\/top\.yaml: \*\*order\*\*: .+/);
    });

    test("is documented: the editors' reference gets its table and its JSON Schema is written", () => {
      const stale = runScript('scripts/schema-docs.mjs', [], { content: warned.content, cwd: warned.project });
      expect(stale.status, stale.output).toBe(1);
      expect(stale.stderr).toContain('CONTRIBUTING.md, json-schemas/toys.schema.json');
      const written = runScript('scripts/schema-docs.mjs', ['--write'], {
        content: warned.content,
        cwd: warned.project,
      });
      expect(written.status, written.output).toBe(0);
      const reference = readFileSync(join(warned.project, 'CONTRIBUTING.md'), 'utf8');
      expect(reference).toContain(
        '### Toy\n\nA toy, `content/toys/<id>.yaml`. Schema: `ToySchema` in `src/schemas/toy.ts`.',
      );
      expect(reference).toContain('| `name` | yes | What the toy is called. |');
      expect(JSON.parse(readFileSync(join(warned.project, 'json-schemas/toys.schema.json'), 'utf8'))).toMatchObject({
        title: 'Toy',
        additionalProperties: false,
      });
    });
  });
});

/** Adds a collection the way CONTRIBUTING.md says: a schema file, and one entry in the registry. */
function addToyCollection(root: string) {
  writeFileSync(
    join(root, 'src/schemas/toy.ts'),
    [
      "import { z } from 'astro/zod';",
      "import { strictObject } from './shared';",
      '',
      'export const ToySchema = strictObject({',
      "  name: z.string().min(2).meta({ description: 'What the toy is called.' }),",
      "  order: z.number().int().meta({ description: 'Where it comes in the list.' }),",
      "}).meta({ description: 'A toy, `content/toys/<id>.yaml`.' });",
      '',
    ].join('\n'),
  );
  edit(
    root,
    'src/schemas/collections.ts',
    "import { PARTS } from './part';",
    "import { PARTS } from './part';\nimport { ToySchema } from './toy';",
  );
  edit(
    root,
    'src/schemas/collections.ts',
    '\n};\n',
    "\n  toys: collection({ folder: 'toys', files: YAML, schema: ToySchema, order: byOrder, reference: { heading: 'Toy' } }),\n};\n",
  );
}

describe('a build under a subpath', () => {
  // With a milestone added to the data: the roadmap draws it with no code change (src/lib/roadmap.ts).
  const subpath = build(
    (c) =>
      edit(
        c,
        'learning-path/month-1.yaml',
        '    hours: 10\n',
        '    hours: 10\n  - id: m1-second-app\n    text: Measure the second app against ten known answers.\n    hours: 6\n    skills: [evals]\n',
      ),
    { BASE_PATH: '/ai-engineer-guide/', SITE_URL: 'https://guide.example.org' },
  );

  test('keeps every link, asset and the search index under the base path', () => {
    const { dir, status, output } = subpath;
    expect(status, output).toBe(0);
    const html = readFileSync(join(dir, 'dist/chapters/intro/index.html'), 'utf8');
    const rootLinks = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)]
      .map((m) => m[1]!)
      .filter((u) => !u.startsWith('/ai-engineer-guide/'));
    expect(rootLinks).toEqual([]);
    expect(html).toContain('href="/ai-engineer-guide/chapters/glossary/#rag"');
    expect(html).toContain('<link rel="canonical" href="https://guide.example.org/ai-engineer-guide/chapters/intro/"');
    expect(existsSync(join(dir, 'dist/pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(join(dir, 'dist/robots.txt'), 'utf8')).toContain(
      'Sitemap: https://guide.example.org/ai-engineer-guide/sitemap-index.xml',
    );
  });

  test('the roadmap draws a milestone added to the data, with its hours, its skill and links under the base path', () => {
    const { dir, status, output } = subpath;
    expect(status, output).toBe(0);
    const roadmap = readFileSync(join(dir, 'dist/data/roadmap/index.html'), 'utf8');
    const box = /<li><input type="checkbox" data-milestone="m1-second-app"[^>]*>([\s\S]*?)<\/li><\/ol>/.exec(roadmap);
    expect(box, 'no box for the added milestone on /data/roadmap/').not.toBeNull();
    expect(box![1]).toContain(
      'href="/ai-engineer-guide/chapters/intro/#milestone-m1-second-app">Measure the second app against ten known answers.</a>',
    );
    expect(box![1]).toContain('6 hours');
    expect(box![1]).toMatch(/<a class="rm-tag must" href="\/ai-engineer-guide\/data\/skills\/#evals">Evaluation/);
    expect(roadmap).toContain('2 milestones, 16 hours');
    // The milestone's anchor in the chapter that shows the learning path.
    expect(readFileSync(join(dir, 'dist/chapters/intro/index.html'), 'utf8')).toContain('id="milestone-m1-second-app"');
  });
});
