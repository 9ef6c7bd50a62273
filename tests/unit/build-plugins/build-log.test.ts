// The build's log drops exactly the messages nobody can act on, and closes with a count.
import { describe, expect, test } from 'vitest';
import guideLogDestination, {
  closingLine,
  isDuplicateContentMessage,
  isUpstreamNoise,
  onBuildWarning,
} from '../../../src/build-plugins/build-log.mjs';
import { stripVTControlCharacters } from 'node:util';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/chapters/faq.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('the upstream warning filter', () => {
  test('drops the MODULE_LEVEL_DIRECTIVE warning about "use astro:head-inject"', () => {
    expect(isUpstreamNoise(headInject)).toBe(true);
    const passed: unknown[] = [];
    onBuildWarning(headInject, (w) => passed.push(w));
    expect(passed).toEqual([]);
  });

  test('passes every other warning on, including other module-level directives', () => {
    const others = [
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: 'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved.',
      },
      { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a -> b -> a' },
      { message: 'a warning with no code' },
    ];
    const passed: unknown[] = [];
    for (const w of others) onBuildWarning(w, (x) => passed.push(x));
    expect(passed).toEqual(others);
  });
});

describe('the log destination', () => {
  const run = (events: { level: string; label: string | null; message: string }[]) => {
    const written: string[] = [];
    const write = process.stdout.write;
    const writeErr = process.stderr.write;
    process.stdout.write = ((chunk: string) => written.push(chunk) > 0) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string) => written.push(chunk) > 0) as typeof process.stderr.write;
    try {
      const destination = guideLogDestination({});
      for (const e of events) destination.write({ ...e, newLine: true });
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    }
    // Astro's logger colours its output where the environment asks for it (CI=true does): compare the text.
    return stripVTControlCharacters(written.join(''));
  };

  test("leaves out Astro's duplicate of a dangling reference, which the guide reports with the file and the fix", () => {
    const event = {
      level: 'error',
      label: 'content',
      message: 'Invalid content reference: entry "x" in collection "chapters" references "s9"',
    };
    expect(isDuplicateContentMessage(event)).toBe(true);
    expect(isDuplicateContentMessage({ ...event, level: 'warn' })).toBe(false);
    expect(run([event])).toBe('');
  });

  test('closes a finished build with the pages built and the warnings printed', () => {
    const out = run([
      { level: 'warn', label: 'guide:content', message: 'content/chapters/a.mdx: review overdue since 2026-01-01' },
      { level: 'info', label: 'build', message: '38 page(s) built in 20s' },
      { level: 'info', label: 'build', message: 'Complete!' },
    ]);
    const lines = out.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/\[guide\] Built 38 pages; no content problems, 1 warning \(above\)\.$/);
    expect(lines).toHaveLength(4);
  });

  test('words the closing line for one page and for none', () => {
    expect(closingLine(1, 0)).toBe('Built 1 page; no content problems, no warnings.');
    expect(closingLine(2, 3)).toBe('Built 2 pages; no content problems, 3 warnings (above).');
  });
});
