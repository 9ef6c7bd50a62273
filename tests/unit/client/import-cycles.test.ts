// The browser code has no import cycle, counting dynamic import() too: a cycle makes load order (and which
// chunk holds what) depend on which module a page happens to import first.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const IMPORT =
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((e) =>
    statSync(join(dir, e)).isDirectory() ? sources(join(dir, e)) : /\.(ts|mjs)$/.test(e) ? [join(dir, e)] : [],
  );

/** The local modules a module imports, statically or with import(). */
function importsOf(file: string): string[] {
  const specs = [...readFileSync(file, 'utf8').matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2] ?? m[3]!)
    .filter((s) => s.startsWith('.'));
  return specs.flatMap((s) => {
    const base = resolve(dirname(file), s.replace(/\?.*$/, ''));
    return [`${base}.ts`, `${base}.mjs`, base].filter((f) => /\.(ts|mjs)$/.test(f) && existsSync(f)).slice(0, 1);
  });
}

/** Every cycle reachable from the given modules, as "a -> b -> a". */
function findCycles(entries: string[]): string[] {
  const cycles: string[] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string) => {
    stack.push(file);
    for (const next of importsOf(file)) {
      if (stack.includes(next))
        cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(ROOT, f)).join(' -> '));
      else if (!done.has(next)) visit(next);
    }
    stack.pop();
    done.add(file);
  };
  for (const entry of entries) if (!done.has(entry)) visit(entry);
  return cycles;
}

test('no module under src/client/ imports itself through a chain of imports, static or dynamic', () => {
  const entries = sources(join(ROOT, 'src/client'));
  expect(entries.length).toBeGreaterThan(10);
  expect(findCycles(entries)).toEqual([]);
});
