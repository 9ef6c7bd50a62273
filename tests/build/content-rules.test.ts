// What chapters may contain (src/lib/content-rules.ts), proven through `astro build` on the fixture: each
// hostile addition fails the build naming its file and line, once; a link to a draft is one error per
// linking file. The rules themselves are unit-tested in tests/unit/lib/content-rules.test.ts; these builds
// prove the wiring, so one build carries one broken chapter per rule.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build, edit } from './fixture-build';

/** A chapter file for the fixture: its body starts on line 11. */
const chapterFile = (slug: string, order: number, body: string, extra = '') =>
  `---\ntitle: Chapter ${slug}\ndescription: A fixture chapter that breaks one content rule, to show the build refuses it.\npart: work\norder: ${order}\nupdated: 2026-11-22\nstatus: draft\nsources: [s1]\n${extra}---\n\n${body}\n`;

/** Each hostile addition from issue 13, and one of each other rule, in a chapter of its own: file -> [line, what the error says]. */
const HOSTILE: Record<string, [body: string, expected: RegExp]> = {
  'tracking-pixel': ['![A chart](https://tracker.example.com/pixel.png)', /tracking-pixel\.mdx:11: the image "https:\/\/tracker\.example\.com\/pixel\.png" is loaded from another site/],
  'script-link': ['[Read more](javascript:alert(1))', /script-link\.mdx:11: the link "javascript:alert\(1\)" is a javascript: address/],
  'raw-script': ['<script>{`alert(1)`}</script>', /raw-script\.mdx:11: <script> is written by hand in the chapter/],
  'raw-iframe': ['<iframe src="https://video.example.com/embed/1"></iframe>', /raw-iframe\.mdx:11: <iframe> is written by hand in the chapter/],
  'plain-http': ['[A site](http://example.org/)', /plain-http\.mdx:11: the link "http:\/\/example\.org\/" is not an https:\/\/ address\. Write https:\/\/example\.org\//],
  'inline-handler': ['<span onClick="alert(1)">Click</span>', /inline-handler\.mdx:11: <span onClick> runs a script inline/],
  'unknown-component': ['<Chart data="pay" />', /unknown-component\.mdx:11: <Chart> is not a component editors can use\. Use one of <ShortAnswer>, <Callout>/],
  'root-image': ['![A chart](/images/chart.png)', /root-image\.mdx:11: the image "\/images\/chart\.png" is a path from the site's root/],
  // (An import of a file that does not exist fails earlier, in Vite, which names the file too.)
  'an-export': ['export const answer = 42', /an-export\.mdx:11: the chapter imports or exports code/],
};

describe('content rules in the build', () => {
  test('each hostile addition fails the build with one error naming its file, line and fix', () => {
    const { status, output: raw } = build((content) => {
      Object.entries(HOSTILE).forEach(([slug, [body]], i) => writeFileSync(join(content, 'chapters', `${slug}.mdx`), chapterFile(slug, i + 1, body)));
    });
    // Astro prints the error message with its double quotes escaped.
    const output = raw.replace(/\\"/g, '"');
    expect(status, output).toBeGreaterThan(0);
    expect(output).toContain(`The content has ${Object.keys(HOSTILE).length} problems to fix before it can be built`);
    for (const [slug, [, expected]] of Object.entries(HOSTILE)) {
      expect(output, `the error for ${slug}.mdx`).toMatch(expected);
      expect(output.match(new RegExp(`^- \\S*/${slug}\\.mdx:`, 'gm')), `one error for ${slug}.mdx`).toHaveLength(1);
    }
  });

  test('a link from published chapters to a draft is one error per linking file, offering both fixes', () => {
    const { status, output } = build((content) => {
      writeFileSync(join(content, 'chapters/work-in-progress.mdx'), chapterFile('work-in-progress', 1, 'A draft.', 'draft: true\n'));
      edit(content, 'chapters/intro.mdx', '## Tables', 'See [the draft](/chapters/work-in-progress/) and [its end](/chapters/work-in-progress/#end).\n\n## Tables');
      edit(content, 'chapters/second.mdx', '## FAQ', 'More in [the draft](/chapters/work-in-progress/).\n\n## FAQ');
    });
    expect(status, output).toBeGreaterThan(0);
    const errors = output.split('\n').filter((line) => line.startsWith('- '));
    expect(errors, output).toHaveLength(2);
    expect(errors[0]).toMatch(/intro\.mdx:\d+: links to \/chapters\/work-in-progress\/ \(lines \d+, \d+\), but \S*work-in-progress\.mdx is a draft \(draft: true\)/);
    expect(errors[1]).toMatch(/second\.mdx:\d+: links to \/chapters\/work-in-progress\/ \(line \d+\), but \S*work-in-progress\.mdx is a draft/);
    for (const error of errors) expect(error).toMatch(/Either publish it \(remove draft: true from \S+\) or remove (these links|the link) until it is ready\.$/);
    expect(output).not.toContain('points to no page');
    expect(output).not.toContain('the page /guide/');
  });
});
