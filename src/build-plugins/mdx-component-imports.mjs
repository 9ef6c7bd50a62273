// Each chapter imports the editors' components it uses (src/components/content/<Name>.astro), so a chapter page
// loads the styles of exactly the components its MDX renders: Astro attaches the styles of a content entry's
// own imports to the pages that render that entry, while a component passed in <Content components> would bring
// its styles to every chapter. Editors still write <SalaryBands /> without an import; this Vite plugin adds it.
//
// It reads the compiled MDX module, not the source: MDX lists every component a file uses in one declaration,
// `const { Cite, SalaryBands } = _components;`, inside its content function. The plugin points each name that
// has a file here at an import of it (the names and what they take are checked by the content rules, against
// src/lib/content-components.ts). Those declarations are found by a scan of the text, and only a module where one
// is not a plain list of names is parsed (parsing every chapter took about 0.5 s of CPU at 1,000 chapters).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const componentDir = fileURLToPath(new URL('../components/content/', import.meta.url));

/** Time spent in this plugin during a build, in ms (src/integrations/build-profile.mjs reports it). */
export const componentImportTime = { ms: 0 };

/** Every `const { A, B } = _components` declarator in an ESTree program. */
function componentDeclarators(node, found = []) {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const child of node) componentDeclarators(child, found);
    return found;
  }
  if (
    node.type === 'VariableDeclarator' &&
    node.id?.type === 'ObjectPattern' &&
    node.init?.type === 'Identifier' &&
    node.init.name === '_components'
  ) {
    found.push(node);
  }
  for (const key of Object.keys(node))
    if (key !== 'parent' && typeof node[key] === 'object') componentDeclarators(node[key], found);
  return found;
}

/** `const { A, B } = _components`, with nothing but names in the braces; `_components` is group 2's end. */
const PLAIN = /\b(?:const|let|var)\s*\{([\s\w$,]*)\}\s*=\s*(_components)\b/dg;

/**
 * The declarators as the AST would give them (names, and where `_components` stands), found in the text; undefined
 * when the module mentions `_components` in a declaration that is not a plain list of names, to be parsed instead.
 * @param {string} code
 */
export function plainDeclarators(code) {
  const found = [];
  for (const m of code.matchAll(PLAIN)) {
    const [start, end] = /** @type {[number, number]} */ (/** @type {any} */ (m).indices[2]);
    found.push({
      names: m[1]
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
      start,
      end,
    });
  }
  const mentions = code.match(/\}\s*=\s*_components\b/g)?.length ?? 0;
  return mentions === found.length ? found : undefined;
}

/** @returns {import('vite').Plugin} */
export function mdxComponentImports() {
  return {
    name: 'guide:mdx-component-imports',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        const started = performance.now();
        try {
          return addImports.call(this, code, id);
        } finally {
          componentImportTime.ms += performance.now() - started;
        }
      },
    },
  };
}

/**
 * The compiled MDX module with an import of each editors' component it uses, or null when it uses none.
 * @this {{ parse(code: string): any }}
 * @param {string} code
 * @param {string} id
 */
function addImports(code, id) {
  const declarators =
    plainDeclarators(code) ??
    componentDeclarators(this.parse(code)).map((d) => ({
      names: d.id.properties.map((p) => (p.type === 'Property' && p.key.type === 'Identifier' ? p.key.name : null)),
      start: d.init.start,
      end: d.init.end,
    }));
  if (declarators.length === 0) return null;
  const imported = new Set();
  let out = code;
  // From the last declarator back, so that each edit leaves the offsets of the earlier ones as they were.
  for (const d of [...declarators].sort((a, b) => b.start - a.start)) {
    const names = d.names.filter((name) => name && existsSync(`${componentDir}${name}.astro`));
    if (names.length === 0) continue;
    for (const name of names) imported.add(name);
    if (code.slice(d.start, d.end) !== '_components')
      throw new Error(`mdx-component-imports: unexpected offsets in ${id}`);
    const merged = `Object.assign({ ${names.map((n) => `${n}: __guide_${n}`).join(', ')} }, _components)`;
    out = `${out.slice(0, d.start)}${merged}${out.slice(d.end)}`;
  }
  if (imported.size === 0) return null;
  // Imports are hoisted wherever they stand: appended, they leave every line of the module where it was.
  const imports = [...imported].map(
    (name) => `import __guide_${name} from ${JSON.stringify(`${componentDir}${name}.astro`)};`,
  );
  return { code: `${out}\n${imports.join('\n')}\n`, map: null };
}
