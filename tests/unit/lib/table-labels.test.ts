import { describe, expect, test } from 'vitest';
import { escapeAttribute, htmlText, labelCells } from '../../../src/lib/table-labels';

const table = (head: string, body: string) => `<thead><tr>${head}</tr></thead><tbody>${body}</tbody>`;

describe('labelling a Markdown table for its phone cards', () => {
  test('each body cell gets the text of its column header, by index', () => {
    const html = labelCells(table('<th>Role</th><th>Focus</th>', '<tr><td>AI engineer</td><td>Products</td></tr><tr><td>ML engineer</td><td>Models</td></tr>'));
    expect(html).toBe(table('<th>Role</th><th>Focus</th>', '<tr><td data-label="Role">AI engineer</td><td data-label="Focus">Products</td></tr><tr><td data-label="Role">ML engineer</td><td data-label="Focus">Models</td></tr>'));
  });

  test('header markup is dropped, references decoded, and the label escaped for the attribute', () => {
    const html = labelCells(table('<th style="text-align:left">Pay <em>&amp;</em> "level" &lt;2026&gt;</th>', '<tr><td style="text-align:left"><a href="/x">a</a></td></tr>'));
    expect(html).toContain('<td style="text-align:left" data-label="Pay &amp; &quot;level&quot; &lt;2026&gt;"><a href="/x">a</a></td>');
  });

  test('cells under an empty header or past the last header, and cells already labelled, are left alone', () => {
    const html = labelCells(table('<th></th><th>Value</th>', '<tr><td>a</td><td data-label="Own">b</td><td>c</td></tr>'));
    expect(html).toContain('<tr><td>a</td><td data-label="Own">b</td><td>c</td></tr>');
  });

  test('a table without a header row is returned unchanged', () => {
    const rows = '<tbody><tr><td>a</td></tr></tbody>';
    expect(labelCells(rows)).toBe(rows);
  });

  test('the header row itself gets no labels', () => {
    expect(labelCells(table('<th>A</th>', '<tr><td>1</td></tr>'))).toMatch(/^<thead><tr><th>A<\/th><\/tr><\/thead>/);
  });

  test('text and attribute helpers', () => {
    expect(htmlText(' <b>a</b>&#x27;s\n  &#8212; &nbsp;x ')).toBe("a's \u2014 \u00a0x".replace(/\s+/g, ' '));
    expect(escapeAttribute('a & "b" <c>')).toBe('a &amp; &quot;b&quot; &lt;c&gt;');
  });
});
