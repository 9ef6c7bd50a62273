import { describe, expect, test } from 'vitest';
import { escapeAttribute, htmlText, labelCells } from '../../../src/lib/table-labels';

const table = (head: string, body: string) => `<thead><tr>${head}</tr></thead><tbody>${body}</tbody>`;

describe('labelling a Markdown table for its phone cards', () => {
  test('each body cell after the first (the card title) gets the text of its column header, by index', () => {
    const html = labelCells(
      table(
        '<th>Role</th><th>Focus</th><th>Suits</th>',
        '<tr><td>AI engineer</td><td>Products</td><td>Shipping</td></tr><tr><td>ML engineer</td><td>Models</td><td>Metrics</td></tr>',
      ),
    );
    expect(html).toBe(
      table(
        '<th>Role</th><th>Focus</th><th>Suits</th>',
        '<tr><td>AI engineer</td><td data-label="Focus">Products</td><td data-label="Suits">Shipping</td></tr><tr><td>ML engineer</td><td data-label="Focus">Models</td><td data-label="Suits">Metrics</td></tr>',
      ),
    );
  });

  test('header markup is dropped, references decoded, and the label escaped for the attribute', () => {
    const html = labelCells(
      table(
        '<th>Level</th><th style="text-align:left">Pay <em>&amp;</em> "level" &lt;2026&gt;</th>',
        '<tr><td>Senior</td><td style="text-align:left"><a href="/x">a</a></td></tr>',
      ),
    );
    expect(html).toContain(
      '<td style="text-align:left" data-label="Pay &amp; &quot;level&quot; &lt;2026&gt;"><a href="/x">a</a></td>',
    );
  });

  test('cells under an empty header or past the last header, and cells already labelled, are left alone', () => {
    const html = labelCells(
      table(
        '<th>Name</th><th></th><th>Value</th>',
        '<tr><td>a</td><td>b</td><td data-label="Own">c</td><td>d</td></tr>',
      ),
    );
    expect(html).toContain('<tr><td>a</td><td>b</td><td data-label="Own">c</td><td>d</td></tr>');
  });

  test('a table without a header row is returned unchanged', () => {
    const rows = '<tbody><tr><td>a</td></tr></tbody>';
    expect(labelCells(rows)).toBe(rows);
  });

  test('the header row itself gets no labels', () => {
    expect(labelCells(table('<th>A</th><th>B</th>', '<tr><td>1</td><td>2</td></tr>'))).toMatch(
      /^<thead><tr><th>A<\/th><th>B<\/th><\/tr><\/thead>/,
    );
  });

  test('text and attribute helpers', () => {
    expect(htmlText(' <b>a</b>&#x27;s\n  &#8212; &nbsp;x ')).toBe("a's \u2014 \u00a0x".replace(/\s+/g, ' '));
    expect(escapeAttribute('a & "b" <c>')).toBe('a &amp; &quot;b&quot; &lt;c&gt;');
  });
});
