// A chapter written in plain Markdown (.md) against the same chapter in MDX, built by `astro build` on the fixture:
// the reader gets the same chapter (short answer, citations, callouts, tables, code, glossary links, the print
// edition), and an edit to a source the chapter cites reaches it on the next build even with the cache kept, where
// Astro would otherwise serve the HTML it rendered before (src/lib/markdown-inputs.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroBuild, edit } from './astro-build';
import { FIXTURE_TODAY, build } from './fixture-build';

const BODY = `<ShortAnswer title="In short">

- Learn RAG before agents <Cite s="s1" />.
- Measure before you change anything.

</ShortAnswer>

RAG comes first in most teams, and the [next chapter](/chapters/second/#faq) answers the questions <Cite s="s1" />.

NOTE_FOR_EDITORS

<Callout type="tip">Keep a test set from real questions <Cite s="s1" />.</Callout>

## What it takes

| Skill | Level | Why |
| --- | --- | --- |
| Evals | **High** | Most asked about |
| Prompts | Medium | Changes weekly |

<Callout type="warning" title="Mind the cost">

Tokens add up.

A second paragraph, with [a source](https://example.org/report).

</Callout>

\`\`\`python
answer = retrieve(question)
\`\`\`
`;

/** The chapter in MDX or Markdown: the same text, but for how each writes a comment. */
const chapter = (slug: string, order: number, format: 'md' | 'mdx') =>
  `---\ntitle: Twin ${slug}\ndescription: The same chapter written in MDX and in plain Markdown, to compare what readers get.\npart: work\norder: ${order}\nupdated: 2026-11-22\nstatus: reviewed\nsources: [s1]\n---\n\n${BODY.replace(
    'NOTE_FOR_EDITORS',
    format === 'md'
      ? '<!-- A note for editors, which readers never see. -->'
      : '{/* A note for editors, which readers never see. */}',
  )}`;

/** The chapter's body as a reader gets it: the rendered chapter, white space between tags aside. */
const body = (html: string) =>
  /<div class="prose-guide" data-seen-chapter="[^"]+">([\s\S]*?)<\/div>\s*<script type="application\/json" data-section-fingerprints>/
    .exec(html)?.[1]
    ?.replace(/>\s+</g, '><')
    .trim();

describe('a chapter in plain Markdown', () => {
  const built = build((content) => {
    writeFileSync(join(content, 'chapters/twin-mdx.mdx'), chapter('twin-mdx', 1, 'mdx'));
    writeFileSync(join(content, 'chapters/twin-md.md'), chapter('twin-md', 2, 'md'));
  });
  const page = (slug: string) => readFileSync(join(built.dir, 'dist/chapters', slug, 'index.html'), 'utf8');

  test('reads exactly as the same chapter in MDX', () => {
    expect(built.status, built.output).toBe(0);
    const md = body(page('twin-md')) ?? '';
    expect(md).not.toBe('');
    expect(md).toBe(body(page('twin-mdx')));
    // What the two share is what the components draw.
    expect(md).toContain(
      '<section class="short-answer" aria-labelledby="short-answer" data-short-answer><h2 id="short-answer">In short</h2>',
    );
    expect(md).toContain(
      '<aside class="callout not-prose tip" aria-label="Tip"><p>Tip</p><div class="prose-guide prose-sm">Keep a test set',
    );
    expect(md).toContain(
      '<div class="scroll row-cards" role="region" aria-label="Table" tabindex="0"><table role="table">',
    );
    expect(md).toContain('<td data-label="Level"><strong>High</strong></td>');
    expect(md).toContain('<pre tabindex="0">');
    expect(md).toMatch(
      /<span class="cite" data-pagefind-ignore><a href="#source-s1" title="A fixture source"><span class="sr-only">Source: <\/span>Jobbi 2026<\/a><\/span>/,
    );
    // A glossary term links once, outside the boxes, as in MDX.
    expect(md.match(/class="term"/g)).toHaveLength(1);
    expect(md).not.toContain('note for editors');
    expect(md).toContain('rel="external noopener noreferrer"');
  });

  test('carries the same styles, the same search text and the same section fingerprints', () => {
    const md = page('twin-md');
    const mdx = page('twin-mdx');
    const styles = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    for (const rule of ['.short-answer{', '.callout{', '.cite{', '.scroll{']) expect(styles(md), rule).toContain(rule);
    const fingerprints = (html: string) =>
      /data-section-fingerprints>([^<]*)</.exec(html)?.[1]?.replace(/twin-mdx?/, 'twin');
    expect(fingerprints(md)).toBe(fingerprints(mdx));
    expect(md).toContain('/edit/main/content/chapters/twin-md.md"');
    expect(mdx).toContain('/edit/main/content/chapters/twin-mdx.mdx"');
  });

  test('sends its citations to the sources chapter in the print edition, as an MDX chapter’s', () => {
    const guide = readFileSync(join(built.dir, 'dist/guide/index.html'), 'utf8');
    const cites = (slug: string) =>
      [
        ...(new RegExp(`id="chapter-${slug}"[\\s\\S]*?</article>`).exec(guide)?.[0] ?? '').matchAll(
          /<span class="cite"[^>]*><a href="([^"]+)"/g,
        ),
      ].map((m) => m[1]);
    expect(cites('twin-md')).toHaveLength(3);
    expect(cites('twin-md')).toEqual(cites('twin-mdx'));
    expect(cites('twin-md')[0]).toBe('#sources-s1');
  });

  test('shows a change to a source it cites on the next build, with the cache of the last build kept', () => {
    expect(page('twin-md')).toContain('Jobbi 2026');
    edit(built.content, 'sources/s1.yaml', 'short: "Jobbi"', 'short: "Jobbi Careers"');
    const again = astroBuild(built.content, built.dir, { GUIDE_TODAY: FIXTURE_TODAY });
    expect(again.status, again.output).toBe(0);
    expect(page('twin-md')).toContain('>Jobbi Careers 2026</a>');
    expect(page('twin-md')).not.toContain('>Jobbi 2026</a>');
  });
});
