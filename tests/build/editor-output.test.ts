// What an editor sees when a chapter has mistakes: the build and `npm run check:content` print the same messages,
// naming the file, the field and the fix, then one closing count; no stack trace. (A clean build's output is tested in broken-content.test.ts.)
import { describe, expect, test } from 'vitest';
import { build, edit, runScript } from './fixture-build';

/** The two mistakes of a new editor: a source id that does not exist and a misspelt band in <Pay>. */
const twoMistakes = (content: string) => {
  edit(content, 'chapters/intro.mdx', 'sources: [s1]', 'sources: [s1, s9]');
  edit(content, 'chapters/intro.mdx', '<Pay band="s1-senior" />', '<Pay band="s1-senoir" />');
};

const MESSAGES = [
  'chapters/intro.mdx: **sources[1]** points to "s9", which is not in sources. Use an existing id (s1) or add content/sources/s9.',
  'chapters/intro.mdx: **<Pay band="s1-senoir">** names "s1-senoir", which is not in salary-bands. Use an existing id (s1-senior) or add content/salary-bands/s1-senoir.yaml.',
];

describe('what an editor reads', () => {
  const broken = build(twoMistakes);

  test('a build with two mistakes prints exactly the two messages and a closing count, and no stack trace', () => {
    expect(broken.status, broken.output).not.toBe(0);
    for (const message of MESSAGES) expect(broken.output).toContain(message);
    const problemLines = broken.output.split('\n').filter((line) => line.startsWith('- '));
    expect(problemLines).toHaveLength(2);
    expect(broken.output.trimEnd().split('\n').at(-1)).toBe(
      'Build stopped: 2 content problems, no pages written. `npm run check:content` finds them in seconds.',
    );
    expect(broken.output).not.toMatch(/Stack trace| {4}at |Invalid content reference|MODULE_LEVEL_DIRECTIVE/);
  });

  test('npm run check:content finds the same two problems without building', () => {
    const r = runScript('scripts/check-content.mjs', [], { content: broken.content });
    expect(r.status, r.output).toBe(1);
    const problems = r.stdout.split('\n').filter((line) => line.startsWith('- '));
    expect(problems).toHaveLength(2);
    for (const message of MESSAGES) expect(r.stdout).toContain(message);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^check:content: \d+ files in .+, 2 problems, 0 warnings \(\d+\.\d s\)\.$/,
    );
  });
});
