// What chapters may contain (src/lib/checks/content-rules.ts), proven through `astro build` on the fixture: each
// hostile addition fails the build naming its file and line, once; a link to a draft is one error per
// linking file. The rules themselves are unit-tested in tests/unit/lib/checks/content-rules.test.ts; these builds
// prove the wiring, so one build carries one broken chapter per rule, and the links to a draft besides.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build, edit } from './fixture-build';

/** A chapter file for the fixture: it opens with its short answer, as every chapter must, and `body` is on line 17. */
const chapterFile = (slug: string, order: number, body: string, extra = '') =>
  `---\ntitle: Chapter ${slug}\ndescription: A fixture chapter that breaks one content rule, to show the build refuses it.\npart: work\norder: ${order}\nupdated: 2026-11-22\nstatus: draft\nsources: [s1]\n${extra}---\n\n<ShortAnswer>\n\n- The one point of this fixture chapter.\n\n</ShortAnswer>\n\n${body}\n`;

/** Each hostile addition from issue 13, and one of each other rule, in a chapter of its own: file -> [line, what the error says]. */
const HOSTILE: Record<string, [body: string, expected: RegExp]> = {
  'tracking-pixel': [
    '![A chart](https://tracker.example.com/pixel.png)',
    /tracking-pixel\.mdx:17: the image "https:\/\/tracker\.example\.com\/pixel\.png" is loaded from another site/,
  ],
  'script-link': [
    '[Read more](javascript:alert(1))',
    /script-link\.mdx:17: the link "javascript:alert\(1\)" is a javascript: address/,
  ],
  'raw-script': ['<script>{`alert(1)`}</script>', /raw-script\.mdx:17: <script> is written by hand in the chapter/],
  'raw-iframe': [
    '<iframe src="https://video.example.com/embed/1"></iframe>',
    /raw-iframe\.mdx:17: <iframe> is written by hand in the chapter/,
  ],
  'plain-http': [
    '[A site](http://example.org/)',
    /plain-http\.mdx:17: the link "http:\/\/example\.org\/" is not an https:\/\/ address\. Write https:\/\/example\.org\//,
  ],
  'inline-handler': [
    '<span onClick="alert(1)">Click</span>',
    /inline-handler\.mdx:17: <span onClick> runs a script inline/,
  ],
  'unknown-component': [
    '<Chart data="pay" />',
    /unknown-component\.mdx:17: <Chart> is not a component editors can use\. Use one of <ShortAnswer>, <Callout>/,
  ],
  'root-image': [
    '![A chart](/images/chart.png)',
    /root-image\.mdx:17: the image "\/images\/chart\.png" is a path from the site's root/,
  ],
  // (An import of a file that does not exist fails earlier, in Vite, which names the file too.)
  'an-export': ['export const answer = 42', /an-export\.mdx:17: the chapter imports or exports code/],
};

/** The same for chapters in plain Markdown (.md), where raw HTML is text Markdown would print as it stands. */
const HOSTILE_MD: Record<string, [body: string, expected: RegExp]> = {
  'md-raw-script': [
    '<script>alert(1)</script>',
    /md-raw-script\.md:17: "<script>alert\(1\)<\/script>" is raw HTML, which a Markdown chapter does not show\. Use Markdown/,
  ],
  'md-mdx-component': [
    'Senior pay is <Pay band="s1-senior" />.',
    /md-mdx-component\.md:17: <Pay> is a component of MDX chapters; a Markdown chapter uses only <ShortAnswer>, <Callout>, <Cite>\. Rename the file from \.md to \.mdx/,
  ],
  'md-tracking-pixel': [
    '![A chart](https://tracker.example.com/pixel.png)',
    /md-tracking-pixel\.md:17: the image "https:\/\/tracker\.example\.com\/pixel\.png" is loaded from another site/,
  ],
};
const FILES = [
  ...Object.entries(HOSTILE).map(([slug, rule]) => [`${slug}.mdx`, ...rule] as const),
  ...Object.entries(HOSTILE_MD).map(([slug, rule]) => [`${slug}.md`, ...rule] as const),
];

describe('content rules in the build', () => {
  // The rules report every problem at once: the hostile chapters, and a draft that two published chapters link to.
  const { status, output: raw } = build((content) => {
    FILES.forEach(([file, body], i) =>
      writeFileSync(join(content, 'chapters', file), chapterFile(file.replace(/\.mdx?$/, ''), i + 1, body)),
    );
    writeFileSync(
      join(content, 'chapters/work-in-progress.mdx'),
      chapterFile('work-in-progress', FILES.length + 1, 'A draft.', 'draft: true\n'),
    );
    edit(
      content,
      'chapters/intro.mdx',
      '## Tables',
      'See [the draft](/chapters/work-in-progress/) and [its end](/chapters/work-in-progress/#end).\n\n## Tables',
    );
    edit(content, 'chapters/second.mdx', '## FAQ', 'More in [the draft](/chapters/work-in-progress/).\n\n## FAQ');
    // The same chapter twice, in both formats: Astro would keep one and only warn.
    writeFileSync(join(content, 'chapters/twice.mdx'), chapterFile('twice', FILES.length + 2, 'Written as MDX.'));
    writeFileSync(join(content, 'chapters/twice.md'), chapterFile('twice', FILES.length + 3, 'Written as Markdown.'));
  });
  // Astro prints the error message with its double quotes escaped.
  const output = raw.replace(/\\"/g, '"');
  // The list under "The content has N content problems to fix:" (Astro's own warnings above it have bullets too).
  const errors = output
    .slice(output.indexOf('content problems to fix:'))
    .split('\n')
    .filter((line) => line.startsWith('- '));
  const draftLinks = errors.filter((line) => line.includes('links to /chapters/work-in-progress/'));

  test('each hostile addition fails the build with one error naming its file, line and fix', () => {
    expect(status, output).toBeGreaterThan(0);
    // One error per hostile chapter, and one per chapter linking to the draft: nothing else.
    expect(output).toContain(`The content has ${FILES.length + 3} content problems to fix:`);
    expect(errors, output).toHaveLength(FILES.length + 3);
    for (const [file, , expected] of FILES) {
      expect(output, `the error for ${file}`).toMatch(expected);
      expect(
        output.match(new RegExp(`^- \\S*/${file.replace('.', '\\.')}:`, 'gm')),
        `one error for ${file}`,
      ).toHaveLength(1);
    }
  });

  test('a chapter written twice, as .md and .mdx, fails the build naming both files, instead of losing one', () => {
    expect(
      errors.filter((line) => line.includes('twice.md')),
      output,
    ).toEqual([
      expect.stringMatching(
        /^- \S*\/twice\.md and \S*\/twice\.mdx are both the chapter "twice": a chapter's id and address are its file name without the extension\. Keep one: delete the other, or rename it\.$/,
      ),
    ]);
  });

  test('a link from published chapters to a draft is one error per linking file, offering both fixes', () => {
    expect(status, output).toBeGreaterThan(0);
    expect(draftLinks, output).toHaveLength(2);
    expect(draftLinks[0]).toMatch(
      /intro\.mdx:\d+: links to \/chapters\/work-in-progress\/ \(lines \d+, \d+\), but \S*work-in-progress\.mdx is a draft \(draft: true\)/,
    );
    expect(draftLinks[1]).toMatch(
      /second\.mdx:\d+: links to \/chapters\/work-in-progress\/ \(line \d+\), but \S*work-in-progress\.mdx is a draft/,
    );
    for (const error of draftLinks)
      expect(error).toMatch(
        /Either publish it \(remove draft: true from \S+\) or remove (these links|the link) until it is ready\.$/,
      );
    expect(output).not.toContain('points to no page');
    expect(output).not.toContain('the page /guide/');
  });
});
