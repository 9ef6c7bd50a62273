import { describe, expect, test } from 'vitest';
import {
  chapterBody,
  judge,
  proseBlocks,
  removeElements,
  report,
  sentencesOf,
  sourceTalk,
  talkPattern,
} from '../../../scripts/lib/source-talk.mjs';

const NAMES = ['Complete Guide', 'Jobbi', 'Career, Part 15', 'northstar', 'northstar editorial', 'AI/TLDR'];
const pattern = talkPattern(NAMES);

/** A chapter page as the build writes it: chrome around the body, the body inside `.prose-guide`. */
const page = (body: string) =>
  `<html><body><nav><p>Jobbi 2026 is cited below in the sidebar of this made-up page.</p></nav><article><div class="prose-guide">${body}</div><div data-pagefind-ignore><p>Sources cited: Jobbi, northstar and AI/TLDR in the list.</p></div></article></body></html>`;
const cite = (name: string) =>
  `<span class="cite" data-pagefind-ignore><a href="#source-s1"><span class="sr-only">Source: </span>${name} 2026</a></span>`;

describe('talkPattern', () => {
  test.each([
    'Jobbi puts the spread down to who is paying.',
    'By Jobbi’s account the leading firms pay more.',
    'AI/TLDR stays vague about pay on purpose.',
    'Career, Part 15 calls the track friendly to juniors.',
    'The Complete Guide career note keeps its claims provisional.',
    "The guide's reading, for what to do with them, is below.",
    'Both documents leave junior pay out entirely.',
    'The sources disagree about fine-tuning in the job.',
    'No source says how its numbers were gathered.',
  ])('finds a sentence that talks about the sources: %s', (sentence) => {
    expect(pattern.test(sentence)).toBe(true);
  });

  test.each([
    'The same level pays very differently at an AI-native firm and at an older company.',
    'Compare offers on total compensation, never on base alone.',
    'A guide rail keeps bad output away from users.',
    'Your sources of truth are the eval set and the traces.',
  ])('leaves a sentence that talks to the reader: %s', (sentence) => {
    expect(pattern.test(sentence)).toBe(false);
  });

  test('matches a name only as a whole name, not inside another word', () => {
    expect(talkPattern(['Jobbi']).test('Jobbing builders ship features every week.')).toBe(false);
  });
});

describe('removeElements', () => {
  test('removes an element with everything in it, nested elements of the same name included', () => {
    expect(
      removeElements('a <span class="cite"><span>x</span> y</span> b <span>keep</span>', '<span class="cite"[^>]*>'),
    ).toBe('a  b <span>keep</span>');
  });
});

describe('chapterBody', () => {
  test('is the inside of the prose-guide div, nested divs included, and nothing after it', () => {
    const body = chapterBody(
      page('<div class="scroll"><table><tr><td>x</td></tr></table></div><p>Last words here.</p>'),
    );
    expect(body).toBe('<div class="scroll"><table><tr><td>x</td></tr></table></div><p>Last words here.</p>');
  });

  test('is empty on a page with no chapter body', () => {
    expect(chapterBody('<html><body><p>Home</p></body></html>')).toBe('');
  });
});

describe('proseBlocks', () => {
  test('leaves out citation marks, tables, code blocks, headings and data entries, and keeps a printed figure', () => {
    const blocks = proseBlocks(
      page(
        `<h2 id="x">Jobbi's bands</h2><p>Senior pay runs <span data-entry="salary-bands/s1-senior"><strong>$260K–$420K</strong> ${cite('Jobbi')}</span> a year.</p>` +
          `<div class="scroll"><table><tr><td>Jobbi says this in a table cell.</td></tr></table></div><pre><code>print("the guide")</code></pre>` +
          `<ul><li data-entry="companies/openai">OpenAI, named by Jobbi as an AI-native firm.</li></ul>` +
          `<section data-study-plan data-pagefind-ignore><p>The estimates are the guide's own judgement.</p></section><aside class="callout"><p>Keep the source&rsquo;s &quot;often&quot; &amp; its scope.</p></aside>`,
      ),
    );
    expect(blocks).toEqual(['Senior pay runs $260K–$420K a year.', 'Keep the source’s "often" & its scope.']);
  });
});

describe('sentencesOf', () => {
  test('splits after a full stop, question or exclamation mark, and drops fragments under five words', () => {
    expect(
      sentencesOf(
        'Compare offers on total pay. Fix. Is the range for your city? Ask for “the yearly value” of each part. northstar starts this one in lower case.',
      ),
    ).toEqual([
      'Compare offers on total pay.',
      'Is the range for your city?',
      'Ask for “the yearly value” of each part.',
      'northstar starts this one in lower case.',
    ]);
  });
});

describe('sourceTalk and judge', () => {
  const talky = page(
    `<p>Jobbi says pay is high ${cite('Jobbi')}. northstar agrees with that figure ${cite('northstar')}. Negotiate on total compensation every time.</p>`,
  );
  const plain = page(
    `<p>Negotiate on total compensation every time ${cite('Jobbi')}. Ask for the yearly value of each part. Check current offers for your own city.</p>`,
  );

  test('counts the sentences that name a source, ignoring the names in citation marks and in the page around the body', () => {
    expect(sourceTalk(talky, pattern)).toEqual({
      sentences: 3,
      talking: ['Jobbi says pay is high.', 'northstar agrees with that figure.'],
      share: 2 / 3,
    });
    expect(sourceTalk(plain, pattern)).toEqual({ sentences: 3, talking: [], share: 0 });
  });

  test('fails a chapter over 15% and the whole over 10%, and reports the figures', () => {
    const rows = [
      { slug: 'talky', ...sourceTalk(talky, pattern) },
      { slug: 'plain', ...sourceTalk(plain, pattern) },
    ];
    expect(judge(rows)).toEqual({ sentences: 6, talking: 2, overall: 2 / 6, over: ['talky'], overallOver: true });
    expect(report(rows)).toMatchInlineSnapshot(`
      "OVER talky    66.7%  2/3
      ok   plain     0.0%  0/3
      OVER overall  33.3%  2/6   (bounds: 15.0% a chapter, 10.0% in all)"
    `);
  });

  test('passes at exactly the bounds: one sentence in ten everywhere', () => {
    const rows = [
      { slug: 'a', sentences: 10, talking: ['x'] },
      { slug: 'b', sentences: 20, talking: ['y', 'z'] },
    ];
    expect(judge(rows)).toMatchObject({ over: [], overallOver: false });
    expect(judge([{ slug: 'c', sentences: 6, talking: ['x'] }])).toMatchObject({ over: ['c'], overallOver: true });
  });
});
