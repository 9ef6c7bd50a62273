// Editing rendered HTML in one place (src/lib/html.ts): tags are found outside text that holds none, edits change only
// the open tags they touch, and every other byte stays as written.
import { describe, expect, test } from 'vitest';
import { editTags, rawTexts } from '../../../src/lib/html';

describe('editTags', () => {
  const page =
    '<p id="a" class="x">Text &lt;b id="no"&gt;<a href="#a">link</a></p><!-- <a id="commented"> --><script>if (a <b) document.write(\'<i id="no">\');</script><br><svg><path d="M0" /></svg><em id="b">';

  test('visits each open tag once, in order, but none inside comments, scripts or escaped text', () => {
    const seen: string[] = [];
    expect(editTags(page, (tag) => void seen.push(`${tag.name}${tag.get('id') ? `#${tag.get('id')}` : ''}`))).toBe(
      page,
    );
    expect(seen).toEqual(['p#a', 'a', 'script', 'br', 'svg', 'path', 'em#b']);
  });

  test('knows the elements a tag stands in, through void and self-closing elements', () => {
    const where: Record<string, string> = {};
    editTags(page, (tag) => void (where[tag.name] = tag.ancestors.join('>')));
    expect(where).toMatchObject({ a: 'p', br: '', path: 'svg', em: '' });
  });

  test('changes and adds attributes where they stand, and nothing else', () => {
    const out = editTags(page, (tag) => {
      if (tag.name === 'a') tag.set('href', '#b');
      if (tag.name === 'br') tag.set('data-x', '1');
      if (tag.name === 'path') tag.set('fill', 'none');
      if (tag.name === 'p') tag.rewrite((name, value) => (name === 'id' ? `print-${value}` : undefined));
    });
    expect(out).toBe(
      page
        .replace('<a href="#a">', '<a href="#b">')
        .replace('<br>', '<br data-x="1">')
        .replace('<path d="M0" />', '<path d="M0" fill="none" />')
        .replace('<p id="a"', '<p id="print-a"'),
    );
  });

  test('gives the text of a raw-text element with its opening tag', () => {
    const texts: (string | undefined)[] = [];
    editTags('<style media="print">a>b{}</style><title>T</title>', (tag) => void texts.push(tag.text));
    expect(texts).toEqual(['a>b{}', 'T']);
  });
});

test('rawTexts reads the text of every style, and nothing else', () => {
  expect(
    rawTexts('<style>a{}</style><p>style</p><!-- <style>b{}</style> --><style data-x>c>d{}</style>', 'style'),
  ).toEqual(['a{}', 'c>d{}']);
});
