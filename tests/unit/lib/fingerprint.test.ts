import { describe, expect, test } from 'vitest';
import {
  FINGERPRINT_PATTERN,
  bandFiguresFingerprint,
  entryFingerprint,
  renderedText,
  sectionFingerprints,
} from '../../../src/lib/fingerprint';

// Sections as the chapter page renders them: <h2 id> headings, prose, citations as <Cite> prints them.
const cite = (...names: string[]) =>
  `<span class="cite" data-pagefind-ignore>${names.map((n) => `<a href="#source-${n.split(' ')[0]!.toLowerCase()}" title="${n}"><span class="sr-only">Source: </span>${n}</a>`).join(' ')}</span>`;
const chapter = (intro: string, rest = '<p>Negotiate in total compensation.</p>') =>
  `<section class="short-answer"><h2 id="short-answer" data-astro-cid-x>Short answer</h2><ul><li>${intro}</li></ul></section>\n<h2 id="how-to-negotiate">How to negotiate</h2>\n${rest}`;
const prints = (html: string) => Object.fromEntries(sectionFingerprints(html).map((s) => [s.id, s.fingerprint]));

describe('section fingerprints', () => {
  const base = chapter(`Pay is quoted as a range ${cite('Jobbi 2026', 'northstar 2026')}.`);

  test('one 8-character fingerprint for each <h2 id> section, in page order', () => {
    const sections = sectionFingerprints(base);
    expect(sections.map((s) => s.id)).toEqual(['short-answer', 'how-to-negotiate']);
    for (const s of sections) expect(s.fingerprint).toMatch(FINGERPRINT_PATTERN);
  });

  test('whitespace is not a change: reflowed lines, doubled spaces, no-break spaces, indentation', () => {
    const reflowed = chapter(`Pay is quoted\n   as a  range&nbsp;${cite('Jobbi 2026', 'northstar 2026')}.`).replace(
      /\n/g,
      '\n\n    ',
    );
    expect(prints(reflowed)).toEqual(prints(base));
  });

  test('the order of citations is not a change, within one mark or across marks side by side', () => {
    const reordered = chapter(`Pay is quoted as a range ${cite('northstar 2026', 'Jobbi 2026')}.`);
    const split = chapter(`Pay is quoted as a range ${cite('northstar 2026')} ${cite('Jobbi 2026')}.`);
    expect(prints(reordered)).toEqual(prints(base));
    expect(prints(split)).toEqual(prints(base));
  });

  test('a word changed is a change, to that section only', () => {
    const changed = chapter(`Pay is quoted as a band ${cite('Jobbi 2026', 'northstar 2026')}.`);
    expect(prints(changed)['short-answer']).not.toBe(prints(base)['short-answer']);
    expect(prints(changed)['how-to-negotiate']).toBe(prints(base)['how-to-negotiate']);
  });

  test('a source added to or dropped from a citation is a change', () => {
    expect(prints(chapter(`Pay is quoted as a range ${cite('Jobbi 2026')}.`))['short-answer']).not.toBe(
      prints(base)['short-answer'],
    );
  });

  test('attributes are not content: another base path or class leaves the fingerprint as it is', () => {
    const moved = base
      .replace(/href="#/g, 'href="/ai-engineer-guide/chapters/salary/#')
      .replace('data-astro-cid-x', 'data-astro-cid-y');
    expect(prints(moved)).toEqual(prints(base));
  });

  test('scripts and styles inside a section are not its text', () => {
    const withScript = base.replace('<p>', '<script type="application/json">{"a":1}</script><style>p{}</style><p>');
    expect(prints(withScript)).toEqual(prints(base));
  });

  test('entities read as the characters they stand for', () => {
    expect(renderedText('<p>Tom&#39;s &amp; Jerry&#x2019;s</p>')).toBe("Tom's & Jerry’s");
  });
});

describe('data fingerprints', () => {
  const band = {
    level: 'senior',
    levelLabel: 'Senior',
    currency: 'USD',
    low: 260000,
    high: 420000,
    highOpenEnded: false,
    basis: 'total-compensation',
    kind: 'typical-range',
    asOf: new Date('2026-01-01T00:00:00Z'),
    source: { id: 's1', collection: 'sources' },
    note: 'Wide.',
  };

  test('an entry: key order, whitespace and the order of its references do not count', () => {
    const skill = {
      name: 'Evaluation',
      sources: [
        { id: 's1', collection: 'sources' },
        { id: 's3', collection: 'sources' },
      ],
      description: 'Build  a test set.',
    };
    const same = {
      description: 'Build a test set.',
      sources: [
        { id: 's3', collection: 'sources' },
        { id: 's1', collection: 'sources' },
      ],
      name: 'Evaluation',
    };
    expect(entryFingerprint(same)).toBe(entryFingerprint(skill));
    expect(entryFingerprint({ ...skill, name: 'Evaluations' })).not.toBe(entryFingerprint(skill));
  });

  test("a band's figures: its note and label are not figures; its range, kind, level and date are", () => {
    const figures = bandFiguresFingerprint(band);
    expect(bandFiguresFingerprint({ ...band, note: 'Very wide.', levelLabel: 'Senior (4-7 years)' })).toBe(figures);
    for (const change of [
      { low: 270000 },
      { high: undefined, kind: 'often-above' },
      { highOpenEnded: true },
      { level: 'staff' },
      { asOf: new Date('2027-01-01T00:00:00Z') },
    ]) {
      expect(bandFiguresFingerprint({ ...band, ...change }), JSON.stringify(change)).not.toBe(figures);
    }
  });
});
