// Links written in chapters, checked from the source in seconds (npm run check:content).
import { describe, expect, test } from 'vitest';
import { findBrokenSourceLinks, headingIds, type SourceChapter } from '../../../../src/lib/checks/source-links';

const chapter = (id: string, body: string, draft = false): SourceChapter => ({
  id,
  file: `content/chapters/${id}.mdx`,
  body,
  bodyLine: 10,
  draft,
});
const ids = { glossary: ['rag'], faq: ['pay'], sources: ['s1'] };
const routes = ['', 'data/salaries/', 'progress/'];

describe('headingIds', () => {
  test('gives headings the ids Astro does, repeats numbered, code ignored', () => {
    const body =
      '## Can juniors get in?\n\n```md\n## Not a heading\n```\n\n### Pay *now*\n\n## Can juniors get in?\n\n## [Linked](/x/) *heading*';
    expect([...headingIds(body)]).toEqual(['can-juniors-get-in', 'pay-now', 'can-juniors-get-in-1', 'linked-heading']);
  });
});

describe('findBrokenSourceLinks', () => {
  const skills = chapter('skills', '## Fine-tuning\n\nText.\n\n<GlossaryList />');

  test('accepts links to pages, chapters, headings and the ids components draw', () => {
    const a = chapter(
      'a',
      'See [x](/chapters/skills/#fine-tuning), [y](/data/salaries/), [z](/chapters/skills/#rag), [s](#source-s1) <Cite s="s1" />, [h](#here).\n\n## Here',
    );
    expect(findBrokenSourceLinks([a, skills], routes, ids)).toEqual([]);
  });

  test('names the file and line of a link to no page, and of a missing anchor', () => {
    const a = chapter('a', 'One.\n[x](/chapters/skils/)\n[y](/chapters/skills/#fine-tunning)');
    expect(findBrokenSourceLinks([a, skills], routes, ids)).toMatchInlineSnapshot(`
      [
        {
          "file": "content/chapters/a.mdx",
          "line": 11,
          "message": "the link "/chapters/skils/" points to no page. Chapters are /chapters/<file name>/, glossary terms /chapters/glossary/#<id>; fix the address or remove the link.",
        },
        {
          "file": "content/chapters/a.mdx",
          "line": 12,
          "message": "the link "/chapters/skills/#fine-tunning" points to #fine-tunning, which is not a heading or anchor of that chapter. Headings get ids from their text (## Can juniors get in? -> #can-juniors-get-in).",
        },
      ]
    `);
  });

  test('leaves links to a draft to the draft rule, which reports them once per file', () => {
    const draft = chapter('offers', '## Offers', true);
    const a = chapter('a', '[x](/chapters/offers/)\n\n[y](/chapters/offers/#offers)');
    expect(findBrokenSourceLinks([a, draft], routes, ids)).toEqual([]);
  });

  test('does not check links inside code, external links, or the drafts themselves', () => {
    const a = chapter('a', '`[x](/nowhere/)`\n\n```\n[y](/nowhere/)\n```\n\n[z](https://example.org/nowhere)');
    const draft = chapter('b', '[x](/nowhere/)', true);
    expect(findBrokenSourceLinks([a, draft], routes, ids)).toEqual([]);
  });
});
