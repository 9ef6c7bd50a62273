import { describe, expect, test } from 'vitest';
import { parseAst } from 'rolldown/parseAst';
import { mdxComponentImports } from '../../../src/build-plugins/mdx-component-imports.mjs';

// The shape MDX compiles a chapter to: the components it uses are read from `_components` in one declaration.
const compiled = (names: string) => `import { jsx as _jsx } from "astro/jsx-runtime";
export const frontmatter = { title: "Pay – what it is" };
function _createMdxContent(props) {
  const _components = Object.assign({ p: "p" }, props.components);
  const { ${names} } = _components;
  return _jsx(_components.p, {});
}
export default function MDXContent(props = {}) { return _createMdxContent(props); }
`;

type Handler = (this: { parse: typeof parseAst }, code: string, id: string) => { code: string } | null;
const transform = (code: string) => {
  const plugin = mdxComponentImports() as unknown as { transform: { handler: Handler } };
  return plugin.transform.handler.call({ parse: (c: string) => parseAst(c) }, code, '/x/content/chapters/pay.mdx');
};

describe('the imports each chapter gets for the components it uses', () => {
  test('imports each component the chapter uses that has a file in src/components/content, and only those', () => {
    const out = transform(compiled('Cite, Fragment, SalaryBands'))!.code;
    expect(out).toMatch(/^import __guide_Cite from ".*\/src\/components\/content\/Cite\.astro";$/m);
    expect(out).toMatch(/^import __guide_SalaryBands from ".*\/src\/components\/content\/SalaryBands\.astro";$/m);
    expect(out).not.toContain('__guide_Fragment');
    expect(out).toContain(
      'const { Cite, Fragment, SalaryBands } = Object.assign({ Cite: __guide_Cite, SalaryBands: __guide_SalaryBands }, _components);',
    );
  });

  test('leaves a chapter that uses no component untouched', () => {
    expect(transform(compiled('Fragment'))).toBeNull();
    expect(transform('export default function MDXContent() { return null; }')).toBeNull();
  });

  test('finds plain declarations without parsing the module, and parses one whose declaration is not a plain list', () => {
    const plugin = mdxComponentImports() as unknown as { transform: { handler: Handler } };
    let parsed = 0;
    const parse = (c: string) => {
      parsed += 1;
      return parseAst(c);
    };
    const run = (code: string) =>
      plugin.transform.handler.call({ parse } as never, code, '/x/content/chapters/pay.mdx');
    expect(run(compiled('Cite, Fragment, SalaryBands'))!.code).toBe(
      transform(compiled('Cite, Fragment, SalaryBands'))!.code,
    );
    expect(parsed).toBe(0);
    const renamed = run(compiled('Cite: C, Fragment'))!.code;
    expect(parsed).toBe(1);
    expect(renamed).toContain('const { Cite: C, Fragment } = Object.assign({ Cite: __guide_Cite }, _components);');
  });
});
