import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { addStyleHashes } from '../../../src/integrations/csp-style-hashes.mjs';

const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const page = (policy: string, styles: string[]) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${styles.map((s) => `<style>${s}</style>`).join('')}</head><body></body></html>`;
const policyOf = (html: string) => html.match(/content-security-policy" content="([^"]*)"/)![1];

describe('the CSP style hashes added after the build', () => {
  test('adds the hash of an inline style the policy lacks, once, and keeps the other directives', () => {
    const known = '.a{color:red}';
    const extra = '.b{color:blue}';
    const policy = `default-src 'self';style-src 'self' ${hash(known)};script-src 'self';`;
    const { html, added } = addStyleHashes(page(policy, [known, extra, extra]));
    expect(added).toBe(1);
    expect(policyOf(html)).toBe(`default-src 'self';style-src 'self' ${hash(known)} ${hash(extra)};script-src 'self';`);
  });

  test('leaves a page whose styles are all in its policy, or that has no policy, as it was', () => {
    const css = '.a{color:red}';
    const covered = page(`style-src 'self' ${hash(css)};`, [css]);
    expect(addStyleHashes(covered)).toEqual({ html: covered, added: 0 });
    const bare = `<html><head><style>${css}</style></head></html>`;
    expect(addStyleHashes(bare)).toEqual({ html: bare, added: 0 });
  });
});
