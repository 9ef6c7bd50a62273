import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { joinInlineStyles, setPolicyHashes } from '../../../src/integrations/csp-hashes.mjs';

const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const page = (policy: string, styles: string[]) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${styles.map((s) => `<style>${s}</style>`).join('')}</head><body></body></html>`;
const policyOf = (html: string) => html.match(/content-security-policy" content="([^"]*)"/)![1];

describe("each page's CSP style and script hashes, set after the build", () => {
  test("lists the hash of each of the page's inline styles once, drops the others, and keeps 'self' and the other directives", () => {
    const own = '.a{color:red}';
    const brought = '.b{color:blue}';
    const elsewhere = '.c{color:green}';
    const policy = `default-src 'self'; style-src 'self' ${hash(own)} ${hash(elsewhere)};script-src 'self' 'sha256-abc=';`;
    const { html, added, removed } = setPolicyHashes(page(policy, [own, brought, brought]));
    // The page has no inline script: script-src keeps only 'self'.
    expect({ added, removed }).toEqual({ added: 1, removed: 2 });
    expect(policyOf(html)).toBe(
      `default-src 'self'; style-src 'self' ${hash(own)} ${hash(brought)};script-src 'self';`,
    );
  });

  test('leaves a page whose policy already lists exactly its styles, or that has no policy, as it was', () => {
    const css = '.a{color:red}';
    const exact = page(`style-src 'self' ${hash(css)};`, [css]);
    expect(setPolicyHashes(exact)).toEqual({ html: exact, added: 0, removed: 0 });
    const bare = `<html><head><style>${css}</style></head></html>`;
    expect(setPolicyHashes(bare)).toEqual({ html: bare, added: 0, removed: 0 });
  });

  test("a page without inline styles keeps only the policy's other sources", () => {
    const { html, removed } = setPolicyHashes(page(`style-src 'self' ${hash('.x{}')};`, []));
    expect(removed).toBe(1);
    expect(policyOf(html)).toBe("style-src 'self';");
  });

  test('lists the hash of each inline script the page runs, and none for scripts from files or JSON data blocks', () => {
    const theme = "document.documentElement.classList.add('dark')";
    const toggle = 'import "./x.js";';
    const elsewhere = 'alert(1)';
    const policy = `script-src 'self' 'wasm-unsafe-eval' ${hash(elsewhere)} ${hash(theme)}; style-src 'self'`;
    const body =
      `<script>${theme}</script><script type="module">${toggle}</script><script type="module" src="/a.js"></script>` +
      `<script type="application/ld+json">{"a":1}</script><script type="application/json" data-x>{}</script>`;
    const { html, added, removed } = setPolicyHashes(
      `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`,
    );
    expect({ added, removed }).toEqual({ added: 1, removed: 1 });
    expect(policyOf(html)).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${hash(theme)} ${hash(toggle)}; style-src 'self'`,
    );
  });

  test("joins adjacent inline styles in the head into one, in order, and leaves the body's and separated ones alone", () => {
    const html =
      '<html><head><style>.a{}</style>\n<style>.b{}</style><link rel="x"><style>.c{}</style></head><body><style>.d{}</style><style>.e{}</style></body></html>';
    expect(joinInlineStyles(html)).toBe(
      '<html><head><style>.a{}.b{}</style><link rel="x"><style>.c{}</style></head><body><style>.d{}</style><style>.e{}</style></body></html>',
    );
    const single = '<html><head><style>.a{}</style></head></html>';
    expect(joinInlineStyles(single)).toBe(single);
  });
});
