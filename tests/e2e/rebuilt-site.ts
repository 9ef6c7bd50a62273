// The rebuilt site of tests/e2e/change-marks.spec.ts: a copy of content/ with one section of one chapter reworded
// (with the editor's change note), and elsewhere only whitespace and the order of citations changed, and a milestone
// and a self-check question renamed with their former ids. scripts/test.sh builds it once, before the browser tests
// (scripts/build-rebuilt-site.mjs, into dist-rebuilt/, GUIDE_REBUILT_DIR); run alone, the spec builds it itself.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild, edit } from '../build/astro-build';
import { isoDay, today } from '../../src/lib/dates';

export const DAY = isoDay(today());
export const CHANGED = { chapter: 'pitfalls', section: 'engineering-pitfalls', title: 'Engineering pitfalls' };
export const NOTE = 'The advice on cost now says to send easy requests to small models.';

/** Builds the rebuilt site into `outDir` (inside the project, so its server files stay in it). */
export function buildRebuiltSite(outDir: string) {
  const dir = mkdtempSync(join(tmpdir(), 'guide-rebuilt-'));
  const content = join(dir, 'content');
  cpSync(process.env.GUIDE_CONTENT_DIR ?? 'content', content, { recursive: true });
  // One section reworded, with the editor's note; elsewhere in the same chapter only the order of a citation.
  edit(
    content,
    'chapters/pitfalls.md',
    '*Instead:* route easy requests to small models',
    '*Instead:* send easy requests to small models',
  );
  edit(
    content,
    'chapters/pitfalls.md',
    'updated: 2026-11-30\n',
    `updated: ${DAY}\nchanges:\n  - { date: ${DAY}, section: ${CHANGED.section}, note: "${NOTE}" }\n`,
  );
  edit(
    content,
    'chapters/pitfalls.md',
    'opposite of systematic evaluation <Cite s="s1 s3" />',
    'opposite of systematic evaluation <Cite s="s3 s1" />',
  );
  // In another chapter read: a paragraph reflowed over two lines, and a citation's sources reordered.
  edit(
    content,
    'chapters/growth.mdx',
    'Voice, multimodal work, code generation',
    'Voice, multimodal work,\ncode  generation',
  );
  edit(content, 'chapters/growth.mdx', 'Evals <Cite s="s1 s2" />', 'Evals <Cite s="s2 s1" />');
  // Editors rename a milestone and a self-check question, keeping the old ids in formerIds.
  edit(
    content,
    'learning-path/month-1-foundations.yaml',
    '  - id: m1-build-with-two-apis\n',
    '  - id: m1-build-on-two-apis\n    formerIds: [m1-build-with-two-apis]\n',
  );
  edit(
    content,
    'chapters/pitfalls.md',
    '  - id: vibes-vs-evals\n',
    '  - id: tried-it-is-not-tested\n    formerIds: [vibes-vs-evals]\n',
  );
  rmSync(outDir, { recursive: true, force: true });
  const built = astroBuild(content, dir, { GUIDE_TODAY: DAY }, outDir);
  rmSync(dir, { recursive: true, force: true });
  return built;
}
