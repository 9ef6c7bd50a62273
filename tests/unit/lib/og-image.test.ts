import { describe, expect, test } from 'vitest';
import { OG_CARDS, ogImageAlt, ogImagePath, ogSvg, wrapLines } from '../../../src/lib/og-image';

describe('Open Graph cards', () => {
  test('a page of a part shares its part card; a page outside the parts shares the site card', () => {
    expect(ogImagePath('pay')).toBe('og/part-pay.png');
    expect(ogImagePath()).toBe('og/default.png');
    expect(ogImagePath('no-such-part')).toBe('og/default.png');
  });

  test('there is one card per part plus the site card, and the alt text says what the card shows', () => {
    expect(OG_CARDS.map((c) => c.slug)).toEqual([
      'default',
      'part-role',
      'part-work',
      'part-skills',
      'part-pay',
      'part-hiring',
      'part-path',
      'part-interviews',
      'part-growth',
      'part-employers',
      'part-reference',
    ]);
    expect(ogImageAlt('Guide', 'pay')).toBe('Guide, part 4 of 10: Pay');
    expect(ogImageAlt('Guide')).toBe('Guide, a sourced guide: The AI engineer role, explained from the sources');
  });

  test('titles wrap on word boundaries and a cut title ends in an ellipsis', () => {
    expect(wrapLines('Interviews and portfolio', 26, 2)).toEqual(['Interviews and portfolio']);
    const cut = wrapLines('one two three four five six seven eight nine ten eleven twelve', 10, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });

  test('the card escapes text and shows the subtitle under the title only when there is one', () => {
    const svg = ogSvg({
      title: 'Pay & <bands>',
      kicker: 'Part 4 of 10',
      site: 'Guide',
      subtitle: 'Salary bands with their source and date',
    });
    expect(svg).toContain('Pay &amp; &lt;bands&gt;');
    expect(svg).toContain('Salary bands with their source and date');
    expect(svg).not.toContain('<bands>');
    const plain = ogSvg({ title: 'Title', kicker: 'K', site: 'Guide' });
    expect(plain.match(/<text/g)).toHaveLength(3);
  });
});
