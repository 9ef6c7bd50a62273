import { describe, expect, test } from 'vitest';
import {
  checkContentRules,
  classifyUrl,
  findLinksToDrafts,
  formatContentProblem,
  linkedChapter,
  type ChapterSource,
} from '../../../../src/lib/checks/content-rules';
import { COMPONENT_NAMES } from '../../../../src/lib/content-components';

const FILE = 'content/chapters/intro.mdx';
const FRONTMATTER = '---\ntitle: Intro\n---\n\n';
/** The chapter's text with `body` on line 5, after four lines of frontmatter. */
const chapter = (body: string) => FRONTMATTER + body;
const check = (body: string) => checkContentRules(FILE, chapter(body));
const rules = (body: string) => check(body).map((p) => p.rule);

describe('checkContentRules: what a chapter may contain', () => {
  test('passes a chapter that uses every allowed construct', () => {
    const allowed = [
      'A paragraph with [an internal link](/chapters/skills/#evals), [an anchor](#tables) and [a source](https://example.org/report).',
      '',
      '![A chart of pay by level](./images/chart.png)',
      '',
      '[A reference link][ref] and ![a reference image][img].',
      '',
      '[ref]: https://example.org/ref',
      '[img]: ./images/other.webp',
      '',
      'Write to [the editors](mailto:editors@example.org).',
      '',
      ...COMPONENT_NAMES.map((n) => `<${n} />`),
      '',
      '<details><summary>More</summary>Some <abbr title="retrieval-augmented generation">RAG</abbr>.</details>',
      '',
      '```html',
      '<script src="https://tracker.example.com/x.js"></script> ![x](https://tracker.example.com/p.png)',
      '```',
      '',
      'Inline code is fine too: `<iframe src="https://video.example.com">`.',
    ].join('\n');
    expect(check(allowed)).toEqual([]);
  });

  test('reports a remote image with the file, the line and where images live instead', () => {
    const [problem, ...rest] = check('Text.\n\n![A chart](https://tracker.example.com/pixel.png)');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: FILE, line: 7, rule: 'remote-resource' });
    expect(formatContentProblem(problem!)).toMatchInlineSnapshot(
      `"content/chapters/intro.mdx:7: the image "https://tracker.example.com/pixel.png" is loaded from another site (tracker.example.com), so every reader's browser would request it there. Save the file as content/chapters/images/pixel.png and change the image's address to ./images/pixel.png: images come from the repository, so Astro gives them sizes and modern formats and readers request nothing from another site."`,
    );
  });

  test('reports a remote image given through a reference definition, and protocol-relative and http images', () => {
    expect(rules('![x][pic]\n\n[pic]: https://cdn.example.com/a.png')).toEqual(['remote-resource']);
    expect(rules('![x](//cdn.example.com/a.png) ![y](http://cdn.example.com/b.png)')).toEqual([
      'remote-resource',
      'remote-resource',
    ]);
  });

  test('reports images that skip the image pipeline: a path from the site root, a data: address, an <img> element', () => {
    expect(rules('![x](/images/a.png)')).toEqual(['image-not-local']);
    expect(rules('![x](data:image/png;base64,AAAA)')).toEqual(['image-not-local']);
    expect(rules('<img src="./images/a.png" alt="x" />')).toEqual(['image-not-local']);
  });

  test('reports javascript:, data: and vbscript: links, however they are spelled', () => {
    const [problem] = check('[Read more](javascript:alert(1))');
    expect(problem).toMatchObject({ line: 5, rule: 'script-url' });
    expect(formatContentProblem(problem!)).toMatchInlineSnapshot(
      `"content/chapters/intro.mdx:5: the link "javascript:alert(1)" is a javascript: address, which can run code or show content the guide does not control. Link to a page: /chapters/<file name>/ inside the guide, or an https:// address outside it. Anything interactive is a component (see CONTRIBUTING.md)."`,
    );
    expect(
      rules('[a](JavaScript:alert(1)) [b](data:text/html,hi) [c](vbscript:x) [d](&#106;avascript:alert(1))'),
    ).toEqual(['script-url', 'script-url', 'script-url', 'script-url']);
    expect(rules('[a][r]\n\n[r]: javascript:alert(1)')).toEqual(['script-url']);
    expect(rules('<a href="java\tscript:alert(1)">x</a>')).toEqual(['script-url']);
  });

  test('reports a link outside the guide that is not https, and suggests the https address', () => {
    const [problem] = check('[A site](http://example.org/page)');
    expect(problem).toMatchObject({ rule: 'external-link' });
    expect(problem!.fix).toContain('https://example.org/page');
    expect(rules('[a](ftp://example.org/f) [b](//example.org/)')).toEqual(['external-link', 'external-link']);
  });

  test('reports an external link written as an <a> element, which would miss the leaves-the-guide mark', () => {
    expect(check('<a href="https://example.org/">x</a>')).toMatchObject([
      { rule: 'external-link', fix: expect.stringContaining('Write it as a Markdown link instead') },
    ]);
    expect(check('<a href="/chapters/skills/">inside the guide</a>')).toEqual([]);
  });

  test('reports raw <script>, <style>, <iframe>, <object> and <embed> elements, each on its line', () => {
    const body = [
      '<script>{`alert(1)`}</script>',
      '',
      '<style>{`body{}`}</style>',
      '',
      '<iframe src="https://video.example.com/embed/1"></iframe>',
      '',
      '<object data="./x.swf"></object>',
      '',
      '<embed src="./x.swf" />',
    ].join('\n');
    const problems = check(body);
    expect(problems.map((p) => [p.rule, p.line])).toEqual([5, 7, 9, 11, 13].map((line) => ['raw-element', line]));
    expect(rules('<video src="https://video.example.com/1.mp4" />')).toEqual(['remote-resource']);
    expect(rules('<video src="./media/1.mp4" />')).toEqual([]);
    expect(formatContentProblem(problems[0]!)).toMatch(
      /^content\/chapters\/intro\.mdx:5: <script> is written by hand in the chapter; chapters hold no scripts\. Remove it\./,
    );
  });

  test('reports markup hidden in an expression, and attributes spread from one', () => {
    expect(rules('{<script>alert(1)</script>}')).toEqual(['raw-element']);
    expect(rules("<span {...{ onClick: 'alert(1)' }}>x</span>")).toEqual(['raw-element']);
    expect(rules("Plain {'text'} in braces.")).toEqual([]);
  });

  test('reports inline event attributes on elements and on components', () => {
    expect(rules('<span onClick="alert(1)">x</span>')).toEqual(['event-attribute']);
    expect(rules('<Callout onmouseover="alert(1)">x</Callout>')).toEqual(['event-attribute']);
  });

  test('reports an unknown component with the list of those editors can use', () => {
    const [problem] = check('<Chart data="x" />');
    expect(problem).toMatchObject({ rule: 'unknown-component', line: 5 });
    expect(problem!.fix).toContain('<ShortAnswer>, <Callout>, <Cite>, <Pay>, <CompanyList>');
    expect(rules('<callout>lower case is an HTML element</callout> <Foo.Bar />')).toEqual(['unknown-component']);
  });

  test('reports imports and exports', () => {
    expect(rules("import Chart from '../../src/components/Chart.astro'\n\nText.")).toEqual(['import-export']);
  });

  test('leaves MDX that does not parse to the MDX compiler, which reports it with its position', () => {
    expect(check('<Callout>never closed')).toEqual([]);
  });
});

describe('classifyUrl', () => {
  test('reads schemes as a browser does, ignoring whitespace and case', () => {
    expect(classifyUrl(' JaVa\nScRiPt:alert(1)')).toEqual({ kind: 'scheme', scheme: 'javascript' });
    expect(classifyUrl('/chapters/x/')).toEqual({ kind: 'internal' });
    expect(classifyUrl('./images/a.png')).toEqual({ kind: 'internal' });
    expect(classifyUrl('//evil.example')).toEqual({ kind: 'protocol-relative' });
  });
});

describe('checkContentRules: a Markdown chapter (.md)', () => {
  const MD = 'content/chapters/intro.md';
  const checkMd = (body: string) => checkContentRules(MD, chapter(body));

  test('passes the components a Markdown chapter may use, written as in MDX, and comments', () => {
    const body = [
      '<ShortAnswer title="In short">',
      '',
      '- Learn evals first <Cite s="s1 s3" />.',
      '',
      '</ShortAnswer>',
      '',
      '<!-- a note for editors -->',
      '',
      '<Callout type="tip">One paragraph on one line <Cite s="s0" />.</Callout>',
      '',
      '<Callout type="warning" title="Careful">',
      '',
      'Two paragraphs.',
      '',
      'On lines of their own.',
      '',
      '</Callout>',
      '',
      'Text with a { brace } and a < sign, which MDX would not take, and [a link](/chapters/skills/).',
    ].join('\n');
    expect(checkMd(body)).toEqual([]);
  });

  test('refuses raw HTML, naming the line and the way out', () => {
    const problems = checkMd('Fine.\n\nSome <b>bold</b> text.\n\n<iframe src="https://example.org/x"></iframe>\n');
    expect(problems.map((p) => [p.rule, p.line])).toEqual([
      ['markdown-html', 7],
      ['markdown-html', 7],
      ['markdown-html', 9],
    ]);
    expect(formatContentProblem(problems[0]!)).toMatch(
      /^content\/chapters\/intro\.md:7: "<b>" is raw HTML, which a Markdown chapter does not show\. Use Markdown for formatting/,
    );
  });

  test('sends a component only MDX chapters have to MDX', () => {
    const [problem] = checkMd('Pay: <Pay band="s1-senior" />.\n');
    expect(problem).toMatchObject({ rule: 'markdown-html', line: 5 });
    expect(problem!.message).toBe(
      '<Pay> is a component of MDX chapters; a Markdown chapter uses only <ShortAnswer>, <Callout>, <Cite>.',
    );
    expect(problem!.fix).toMatch(/Rename the file from \.md to \.mdx/);
  });

  test('explains a box that shares its lines with text, one not closed, and a close tag with no box', () => {
    const run = (body: string) => checkMd(body).map((p) => p.message);
    expect(run('<ShortAnswer>\n- a point\n</ShortAnswer>\n')).toEqual([
      '<ShortAnswer> shares its lines with other text, so Markdown reads the whole block as HTML.',
    ]);
    expect(run('<Callout>\n\nText.\n')).toEqual(['<Callout> is not closed.']);
    expect(run('Text.\n\n</Callout>\n')).toEqual(['</Callout> closes nothing.']);
    expect(run('Text <Callout type="tip">inside</Callout> a paragraph.\n')).toEqual([
      '<Callout> shares a paragraph with other text.',
    ]);
    expect(run('See <Cite s="s1">this</Cite>.\n')[0]).toBe('a citation is not written <Cite s="..." />.');
  });

  test('checks a Markdown chapter’s components and links as an MDX chapter’s', () => {
    expect(checkMd('<Callout type="tip" onclick="x()">Hi.</Callout>\n').map((p) => p.rule)).toEqual([
      'event-attribute',
    ]);
    expect(checkMd('[a tracker](javascript:alert(1))\n').map((p) => p.rule)).toEqual(['script-url']);
  });
});

describe('findLinksToDrafts', () => {
  const c = (slug: string, body: string, draft = false): ChapterSource => ({
    file: `content/chapters/${slug}.mdx`,
    slug,
    source: chapter(body),
    draft,
  });

  test('gives one problem per linking file, naming the draft, every line and both fixes', () => {
    const problems = findLinksToDrafts([
      c(
        'intro',
        'See [the draft](/chapters/wip/).\n\nAnd [again](/chapters/wip/#part), [elsewhere](/chapters/skills/).',
      ),
      c('skills', 'Also [here](../wip/).'),
      c('wip', 'Links from a draft [to itself](/chapters/wip/) are fine.', true),
    ]);
    expect(problems.map(formatContentProblem)).toMatchInlineSnapshot(`
      [
        "content/chapters/intro.mdx:5: links to /chapters/wip/ (lines 5, 7), but content/chapters/wip.mdx is a draft (draft: true), which the published guide leaves out. Either publish it (remove draft: true from content/chapters/wip.mdx) or remove these links until it is ready.",
        "content/chapters/skills.mdx:5: links to /chapters/wip/ (line 5), but content/chapters/wip.mdx is a draft (draft: true), which the published guide leaves out. Either publish it (remove draft: true from content/chapters/wip.mdx) or remove the link until it is ready.",
      ]
    `);
  });

  test('finds nothing when no chapter is a draft, or no published chapter links to one', () => {
    expect(findLinksToDrafts([c('intro', '[x](/chapters/wip/)'), c('wip', 'Text.')])).toEqual([]);
    expect(findLinksToDrafts([c('intro', '[x](/chapters/skills/)'), c('wip', 'Text.', true)])).toEqual([]);
  });

  test('reads links under a base path and relative links as links to chapters', () => {
    expect(linkedChapter('/ai-engineer-guide/chapters/wip/#x', 'intro')).toBe('wip');
    expect(linkedChapter('../wip/', 'intro')).toBe('wip');
    expect(linkedChapter('#local', 'intro')).toBeUndefined();
    expect(linkedChapter('https://example.org/chapters/wip/', 'intro')).toBeUndefined();
  });
});
