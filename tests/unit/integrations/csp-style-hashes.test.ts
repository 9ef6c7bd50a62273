import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { setStyleHashes } from '../../../src/integrations/csp-style-hashes.mjs';

const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const page = (policy: string, styles: string[]) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${styles.map((s) => `<style>${s}</style>`).join('')}</head><body></body></html>`;
const policyOf = (html: string) => html.match(/content-security-policy" content="([^"]*)"/)![1];

describe("each page's CSP style hashes, set after the build", () => {
  test("lists the hash of each of the page's inline styles once, drops the others, and keeps 'self' and the other directives", () => {
    const own = '.a{color:red}';
    const brought = '.b{color:blue}';
    const elsewhere = '.c{color:green}';
    const policy = `default-src 'self'; style-src 'self' ${hash(own)} ${hash(elsewhere)};script-src 'self' 'sha256-abc=';`;
    const { html, added, removed } = setStyleHashes(page(policy, [own, brought, brought]));
    expect({ added, removed }).toEqual({ added: 1, removed: 1 });
    expect(policyOf(html)).toBe(
      `default-src 'self'; style-src 'self' ${hash(own)} ${hash(brought)};script-src 'self' 'sha256-abc=';`,
    );
  });

  test('leaves a page whose policy already lists exactly its styles, or that has no policy, as it was', () => {
    const css = '.a{color:red}';
    const exact = page(`style-src 'self' ${hash(css)};`, [css]);
    expect(setStyleHashes(exact)).toEqual({ html: exact, added: 0, removed: 0 });
    const bare = `<html><head><style>${css}</style></head></html>`;
    expect(setStyleHashes(bare)).toEqual({ html: bare, added: 0, removed: 0 });
  });

  test("a page without inline styles keeps only the policy's other sources", () => {
    const { html, removed } = setStyleHashes(page(`style-src 'self' ${hash('.x{}')};`, []));
    expect(removed).toBe(1);
    expect(policyOf(html)).toBe("style-src 'self';");
  });
});
