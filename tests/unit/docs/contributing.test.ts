// CONTRIBUTING.md is the editors' manual: these tests keep it in step with the schemas and the MDX components.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generateReference, loadSchemas, readSection } from '../../../scripts/schema-docs.mjs';
import { ChapterSchema } from '../../../src/schemas/chapter';
import { COMPONENT_NAMES } from '../../../src/lib/content-components';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const contributing = read('CONTRIBUTING.md');
const reference = generateReference(await loadSchemas());

/** Components chapters use by name (the registry), and those that replace a Markdown element (index.ts). */
function exportedComponents() {
  const replaced = /export const mdxComponents = \{([^}]*?)\s*\}/.exec(read('src/components/content/index.ts'))?.[1];
  if (!replaced)
    throw new Error(
      'src/components/content/index.ts no longer exports `mdxComponents = { table: ..., pre: ... }`; update this test.',
    );
  const elements = replaced
    .split(',')
    .map((entry) => entry.split(':')[1]!.trim())
    .map((name) => ({ tag: undefined, name }));
  return [...COMPONENT_NAMES.map((name) => ({ tag: name, name })), ...elements];
}

describe('CONTRIBUTING.md', () => {
  test('its frontmatter reference is the one generated from src/schemas', () => {
    const section = readSection(contributing);
    expect(section, 'CONTRIBUTING.md has lost its <!-- frontmatter-reference:start --> / end markers').toBeDefined();
    expect(
      section,
      'The frontmatter reference in CONTRIBUTING.md is out of date with src/schemas/. Run `npm run docs:reference` and commit the result.',
    ).toBe(reference);
  });

  test('the generated reference lists every field of the chapter frontmatter', () => {
    const fields = Object.keys(ChapterSchema.shape);
    expect(fields.length).toBeGreaterThan(5);
    const chapterSection = reference.split('\n### ')[1]!;
    for (const field of fields)
      expect(chapterSection, `chapter field "${field}" is missing from the reference`).toContain(`| \`${field}\` |`);
  });

  test('every component chapters can use is documented with an example', () => {
    const components = exportedComponents();
    expect(components.length).toBeGreaterThan(5);
    for (const { tag, name } of components) {
      if (tag) {
        // Used by name in MDX: a heading of its own and an example of the tag.
        expect(contributing, `CONTRIBUTING.md has no "### \`<${tag}>\`" section`).toContain(`### \`<${tag}>\``);
        expect(contributing, `CONTRIBUTING.md shows no example of <${tag}>`).toMatch(
          new RegExp(`\`\`\`mdx\\n[^\`]*<${tag}[\\s/>]`),
        );
      } else {
        // Replaces a Markdown element (tables, code blocks): named where the automatic wrapping is explained.
        expect(contributing, `CONTRIBUTING.md does not mention ${name}`).toContain(`\`${name}\``);
      }
    }
  });
});
