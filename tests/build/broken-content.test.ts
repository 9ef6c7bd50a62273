// Builds the small valid fixture, then copies of it with things broken, and checks that each broken copy fails
// the build with messages that name the file and the field an editor has to fix. The build reports every problem
// it finds at one stage, so one broken copy carries several mistakes of a stage (the fields of one entry; the
// references and orders across entries) and each test reads its own mistake from the shared output.
// Each build writes to its own temporary folder (content, dist, cache), never to the project's dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURE_TODAY, build, edit, runScript } from './fixture-build';

type Build = ReturnType<typeof build>;

/** Checks that a broken build failed and that its output names every given file and the field. */
function expectFailure({ status, output }: Build, files: string[], field: string) {
  expect(status, output).toBeGreaterThan(0);
  for (const file of files) expect(output, `the output should name ${file}`).toContain(file);
  expect(output, `the output should name the field ${field}`).toContain(field);
}

describe('astro build on the fixture content', () => {
  // The valid fixture, with a link to a heading that exists (the link check must let it through), a change note on a
  // section, a renamed milestone, and a chapter as `npm run new:chapter` writes it, published as it stands.
  const valid = build((c) => {
    edit(c, 'chapters/intro.mdx', '## Tables', 'See [the FAQ](/chapters/second/#faq).\n\n## Tables');
    edit(
      c,
      'chapters/intro.mdx',
      'updated: 2026-11-22\n',
      'updated: 2026-11-22\nchanges:\n  - { date: 2026-11-22, section: tables, note: "The tables now show every band side by side." }\n',
    );
    edit(
      c,
      'learning-path/month-1.yaml',
      '  - id: m1-first-app\n',
      '  - id: m1-first-app\n    formerIds: [m1-old-app]\n',
    );
    const scaffolded = runScript('scripts/new-chapter.mjs', ['Scaffolded chapter', '--part', 'growth'], { content: c });
    if (scaffolded.status !== 0) throw new Error(scaffolded.output);
    edit(c, 'chapters/scaffolded-chapter.mdx', 'status: draft', 'status: provisional');
    edit(c, 'chapters/scaffolded-chapter.mdx', 'draft: true\n', '');
  });

  test('builds the valid fixture, with a page for each chapter', () => {
    const { dir, status, output } = valid;
    expect(status, output).toBe(0);
    expect(output, 'a clean build names no content file').not.toMatch(/intro\.mdx|second\.mdx|\.yaml/);
    expect(existsSync(join(dir, 'dist/chapters/intro/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist/chapters/second/index.html'))).toBe(true);
    // <Pay band="s1-senior" /> prints the band from the data, not a retyped figure.
    const intro = readFileSync(join(dir, 'dist/chapters/intro/index.html'), 'utf8');
    expect(intro).toContain('$260K–$420K');
    // The fixture uses every construct chapters may contain (src/lib/checks/content-rules.ts): a local image becomes a
    // sized WebP from the image pipeline, and a link to another site gets its rel and its "leaves the guide" mark.
    expect(intro).toMatch(
      /<img src="\/_astro\/pay-by-level\.[\w-]+\.webp" alt="Bars rising from mid to staff level"[^>]* width="480" height="240">/,
    );
    expect(intro).toMatch(
      /<a href="https:\/\/example\.org\/survey" rel="external noopener noreferrer">published by its author<span class="leaves-guide"><svg aria-hidden="true"[^]*?<span class="leaves-guide-text"> \(leaves the guide\)<\/span><\/span><\/a>/,
    );
    expect(intro).toMatch(/<h2 id="short-answer"[^>]*>Short answer<\/h2>/);
    // On the print edition, each chapter's ids carry its slug, and links between chapters stay on the page.
    const print = readFileSync(join(dir, 'dist/guide/index.html'), 'utf8');
    const ids = [...print.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(print).toContain('<h2 id="intro-short-answer"');
    expect(print).toContain('<a href="#second-faq">the next chapter</a>');
  });

  test('a change note shows at the end of its chapter, on What changed and in its feed; sections carry fingerprints', () => {
    const { dir, status, output } = valid;
    expect(status, output).toBe(0);
    const intro = readFileSync(join(dir, 'dist/chapters/intro/index.html'), 'utf8');
    expect(intro).toMatch(
      /<h2 id="change-notes"[^>]*>Changes to this chapter<\/h2>[^]*?<time[^>]*datetime="2026-11-22"[^>]*>22 November 2026<\/time>[^]*?<a class="link" href="#tables">Tables<\/a>: The tables now show every band side by side\./,
    );
    const prints = JSON.parse(
      /<script type="application\/json" data-section-fingerprints>([^<]*)<\/script>/.exec(intro)![1]!,
    );
    expect(prints.chapter).toBe('intro');
    expect(Object.keys(prints.sections)).toEqual(['short-answer', 'tables']);
    expect(readFileSync(join(dir, 'dist/changes/index.html'), 'utf8')).toContain(
      '<a class="link" href="/chapters/intro/#tables">Tables</a>: The tables now show every band side by side.',
    );
    const feed = readFileSync(join(dir, 'dist/changes.xml'), 'utf8');
    expect(feed).toContain('<title>Fixture introduction: Tables</title>');
    expect(feed).toContain('<guid isPermaLink="false">intro/2026-11-22/1</guid>');
    // A renamed milestone carries its former id, which the page moves readers' ticks from.
    expect(readFileSync(join(dir, 'dist/progress/index.html'), 'utf8')).toMatch(
      /data-milestone="m1-first-app" data-former="m1-old-app"/,
    );
    expect(JSON.parse(readFileSync(join(dir, 'dist/fingerprints.json'), 'utf8'))).toMatchObject({
      'salary-bands': { 's1-senior': { figures: expect.stringMatching(/^[0-9a-f]{8}$/) } },
      milestones: { 'm1-first-app': expect.any(String) },
    });
  });

  test('a chapter written by `npm run new:chapter` builds as it stands once published, its figure printed from the data', () => {
    const { dir, status, output } = valid;
    expect(status, output).toBe(0);
    const page = readFileSync(join(dir, 'dist/chapters/scaffolded-chapter/index.html'), 'utf8');
    expect(page).toContain('<h1');
    expect(page).toContain('$260K–$420K');
  });

  test('a clean build prints no warning and closes with the count of pages built', () => {
    const { status, output, stdout } = valid;
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/\[WARN\]|MODULE_LEVEL_DIRECTIVE/);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(
      /\[guide\] Built \d+ pages; no content problems, no warnings\.$/,
    );
  });

  test('a link to a heading that exists on another chapter passes the link check', () => {
    expect(valid.status, valid.output).toBe(0);
    expect(readFileSync(join(valid.dir, 'dist/chapters/intro/index.html'), 'utf8')).toContain(
      'href="/chapters/second/#faq"',
    );
  });

  // Three mistakes in one chapter's frontmatter: the schema reports all of them for the entry.
  const badFields = build((c) => {
    edit(c, 'chapters/intro.mdx', 'title: Fixture introduction\n', '');
    edit(c, 'chapters/intro.mdx', '\ndescription:', '\ndescripton:');
    edit(c, 'chapters/intro.mdx', 'part: role', 'part: salaries');
  });

  test('fails on a chapter without a title, naming the file and the field', () => {
    expectFailure(badFields, ['intro.mdx'], 'title: ');
  });

  test('fails on a misspelled key, naming the file and the key', () => {
    expectFailure(badFields, ['intro.mdx'], 'descripton: is not a field');
  });

  test('fails on a part outside the closed list of parts, naming the file and the field', () => {
    expectFailure(badFields, ['intro.mdx'], 'part: ');
  });

  // Links between entries, orders within a part and what chapters may hold, checked across the whole content at once.
  const badLinks = build((c) => {
    edit(c, 'chapters/intro.mdx', 'sources: [s1]', 'sources: [s9]');
    edit(c, 'chapters/intro.mdx', '## Tables', 'Senior engineers earn $250K or more.\n\n## Tables');
    edit(c, 'companies/acme.yaml', 'groups: [s1-ai-native]', 'groups: [s1-no-such-group]');
    edit(c, 'chapters/intro.mdx', '<Pay band="s1-senior" />', '<Pay band="nope" />');
    edit(c, 'chapters/second.mdx', 'part: reference', 'part: role');
    edit(c, 'salary-bands/s1-senior.yaml', 'low: 260000', 'low: 270000');
    edit(
      c,
      'chapters/intro.mdx',
      'updated: 2026-11-22\n',
      'updated: 2026-11-22\nchanges:\n  - { date: 2026-11-22, section: no-such-heading, note: "The tables now show every band side by side." }\n',
    );
    edit(
      c,
      'learning-path/month-1.yaml',
      '  - id: m1-first-app\n',
      '  - id: m1-first-app\n    formerIds: [m1-first-app]\n',
    );
  });

  test('fails on a salary band whose figures changed without a change note, giving the note to add', () => {
    expectFailure(badLinks, ['s1-senior.yaml'], "the band's figures");
    expect(badLinks.output).toMatch(
      /add a change note to content\/chapters\/intro\.mdx|add a change note to [^ ]*intro\.mdx/,
    );
    expect(badLinks.output).toMatch(
      new RegExp(`\\{ date: ${FIXTURE_TODAY}, band: s1-senior, figures: [0-9a-f]{8}, note: "`),
    );
  });

  test('fails on a change note that names a section its chapter does not have, naming the file and the field', () => {
    expectFailure(badLinks, ['intro.mdx'], '**changes[0].section** is "no-such-heading"');
  });

  test("fails on a former id that is still an item's id, naming the file and the field", () => {
    expectFailure(badLinks, ['month-1.yaml'], '**milestones[0].formerIds[0]**');
  });

  test('fails on a chapter that cites a source that does not exist, naming the file and the field', () => {
    expectFailure(badLinks, ['intro.mdx'], 'sources[0]');
  });

  test('fails on a company in a group that does not exist, naming the file and the field', () => {
    expectFailure(badLinks, ['acme.yaml'], 'groups[0]');
  });

  test('fails on a <Pay> that names no salary band, naming the file and the prop', () => {
    expectFailure(badLinks, ['intro.mdx'], 'band="nope"');
  });

  test('fails on two chapters of one part with the same order, naming both files and the field', () => {
    expectFailure(badLinks, ['second.mdx', 'intro.mdx'], '**order** 1');
  });

  test('fails on a salary figure typed by hand, naming the file, its line and <Pay>', () => {
    expectFailure(badLinks, ['intro.mdx'], '"$250K" is a money figure typed by hand');
    const line =
      readFileSync(join(badLinks.content, 'chapters/intro.mdx'), 'utf8')
        .split('\n')
        .indexOf('Senior engineers earn $250K or more.') + 1;
    expect(badLinks.output).toContain(
      `intro.mdx:${line}: "$250K" is a money figure typed by hand. Print figures with <Pay band="<id>" /> from content/salary-bands/`,
    );
    // `npm run check:content` runs the same check on the entries it parses, and names the same line.
    const check = runScript('scripts/check-content.mjs', [], { content: badLinks.content });
    expect(check.status, check.output).toBe(1);
    expect(check.stdout).toContain(`intro.mdx:${line}: "$250K" is a money figure typed by hand.`);
  });

  test('fails on a salary band whose low is above its high, naming the file and the field', () => {
    expectFailure(
      build((c) => edit(c, 'salary-bands/s1-senior.yaml', 'low: 260000', 'low: 520000')),
      ['s1-senior.yaml'],
      'low: ',
    );
  });

  test('fails on an MDX syntax error, naming the file and the unclosed tag', () => {
    expectFailure(
      build((c) =>
        edit(
          c,
          'chapters/intro.mdx',
          '<Callout type="disagreement">Sources disagree here.</Callout>',
          '<Callout type="disagreement">Sources disagree here.',
        ),
      ),
      ['intro.mdx'],
      '<Callout>',
    );
  });
});
