#!/usr/bin/env node
// Generates the frontmatter and data reference in CONTRIBUTING.md from src/schemas/*.ts, so the editors'
// documentation is the schemas' own doc comments and cannot drift from them.
//   node scripts/frontmatter-reference.mjs           prints the Markdown
//   node scripts/frontmatter-reference.mjs --write   replaces the marked section of CONTRIBUTING.md
// It reads the schemas as text rather than importing them: they import Astro's runtime, and the doc
// comments (the part editors need) do not survive into the compiled objects anyway. The schemas are written
// in one regular style (a `/** ... */` line, then `name: z....`), and that is all this relies on.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'src/schemas');
export const START = '<!-- frontmatter-reference:start -->';
export const END = '<!-- frontmatter-reference:end -->';

/** The schemas editors write, in the order the reference lists them, with the heading each gets. */
const SECTIONS = [
  ['ChapterSchema', 'Chapter frontmatter'],
  ['SelfCheckSchema', 'Self-check (an item of a chapter\'s `selfCheck`)'],
  ['SourceSchema', 'Source'],
  ['SalaryBandSchema', 'Salary band'],
  ['CompanyGroupSchema', 'Company group'],
  ['CompanySchema', 'Company'],
  ['CompanyNoteSchema', 'Company note (an item of a company\'s `notes`)'],
  ['SkillSchema', 'Skill'],
  ['LearningStageSchema', 'Learning stage'],
  ['MilestoneSchema', 'Milestone (an item of a stage\'s `milestones`)'],
  ['RoleSchema', 'Role'],
  ['GlossaryTermSchema', 'Glossary term'],
  ['FaqSchema', 'FAQ entry'],
];

/** The helpers from src/schemas/shared.ts, described once here (they are not plain zod chains). */
const SHARED = {
  dateField: () => ({ one: 'a date, `YYYY-MM-DD`', many: 'dates, `YYYY-MM-DD`' }),
  idField: () => ({ one: 'a lower-kebab id (`a-z`, `0-9`, single hyphens)', many: 'lower-kebab ids' }),
  sourcesField: () => ({ one: 'a list of ids from `content/sources/`; at least 1', many: 'lists of source ids' }),
  reference: (args) => {
    const folder = unquote(args[0] ?? '');
    return { one: `an id from \`content/${folder}/\``, many: `ids from \`content/${folder}/\`` };
  },
  proseField: () => ({ one: 'text', many: 'texts' }),
};

// ---- A small scanner for TypeScript expressions: skips strings, template literals, regex literals and comments.

/** Index just past the string, template or regex literal that starts at `i`, or -1 if none starts there. */
function skipLiteral(src, i) {
  const c = src[i];
  if (c === "'" || c === '"') {
    let j = i + 1;
    while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '`') {
    let j = i + 1;
    while (j < src.length && src[j] !== '`') {
      if (src[j] === '\\') j += 2;
      else if (src[j] === '$' && src[j + 1] === '{') j = matchClose(src, j + 1) + 1;
      else j += 1;
    }
    return j + 1;
  }
  if (c === '/' && src[i + 1] === '/') {
    const nl = src.indexOf('\n', i);
    return nl === -1 ? src.length : nl;
  }
  if (c === '/' && src[i + 1] === '*') return src.indexOf('*/', i + 2) + 2;
  if (c === '/') {
    const before = src.slice(0, i).trimEnd().slice(-1);
    if (before === '' || '(,=:[!&|?{};'.includes(before)) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && (inClass || src[j] !== '/')) {
        if (src[j] === '\\') j += 1;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        j += 1;
      }
      return j + 1;
    }
  }
  return -1;
}

/** Index of the bracket that closes the one at `open`. */
function matchClose(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; ) {
    const skip = skipLiteral(src, i);
    if (skip !== -1) { i = skip; continue; }
    if ('([{'.includes(src[i])) depth += 1;
    else if (')]}'.includes(src[i]) && --depth === 0) return i;
    i += 1;
  }
  throw new Error(`frontmatter-reference: unbalanced brackets in: ${src.slice(open, open + 80)}`);
}

/** Splits `a, b, c` at top-level commas. */
function splitTopLevel(src, sep = ',') {
  const parts = [];
  let start = 0;
  for (let i = 0; i < src.length; ) {
    const skip = skipLiteral(src, i);
    if (skip !== -1) { i = skip; continue; }
    if ('([{'.includes(src[i])) { i = matchClose(src, i) + 1; continue; }
    if (src[i] === sep) { parts.push(src.slice(start, i)); start = i + 1; }
    i += 1;
  }
  parts.push(src.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** `z.string({...}).trim().min(3, {...})` -> [{ name: 'z' }, { name: 'string', args: [...] }, { name: 'trim', args: [] }, ...] */
function chain(expr) {
  return splitTopLevel(expr.trim(), '.').map((segment) => {
    const open = segment.indexOf('(');
    if (open === -1) return { name: segment.trim(), args: null };
    return { name: segment.slice(0, open).trim(), args: splitTopLevel(segment.slice(open + 1, matchClose(segment, open))) };
  });
}

const unquote = (s) => s.trim().replace(/^(['"`])([\s\S]*)\1$/, '$2');
const code = (values) => values.map((v) => `\`${v}\``).join(', ');

// ---- Reading the schema files.

/** Every `as const` array of strings in the schema files, and arrays derived from one with `.map((p) => p.key)`. */
function readConstants(texts) {
  const all = texts.join('\n');
  const constants = new Map();
  const objectArrays = new Map();
  for (const m of all.matchAll(/const (\w+) = \[/g)) {
    const open = m.index + m[0].length - 1;
    const body = all.slice(open + 1, matchClose(all, open));
    if (body.includes('{')) objectArrays.set(m[1], body);
    else constants.set(m[1], splitTopLevel(body).map(unquote));
  }
  for (const m of all.matchAll(/const (\w+) = (\w+)\.map\(\(\w+\) => \w+\.(\w+)\)/g)) {
    const body = objectArrays.get(m[2]);
    if (body) constants.set(m[1], [...body.matchAll(new RegExp(`\\b${m[3]}:\\s*(['"])(.*?)\\1`, 'g'))].map((v) => v[2]));
  }
  return constants;
}

/** Arrow helpers a schema file defines for itself, such as `const money = (what: string) => z.number(...)`. */
function readLocalHelpers(text) {
  const helpers = new Map();
  for (const m of text.matchAll(/^const (\w+) = \([^)]*\) =>\s*/gm)) {
    let end = m.index + m[0].length;
    while (end < text.length && text[end] !== ';') {
      const skip = skipLiteral(text, end);
      if (skip !== -1) end = skip;
      else if ('([{'.includes(text[end])) end = matchClose(text, end) + 1;
      else end += 1;
    }
    helpers.set(m[1], text.slice(m.index + m[0].length, end));
  }
  return helpers;
}

/** The text of a `/** ... *\/` comment, on one line. */
const docText = (comment) => comment.replace(/^\/\*\*|\*\/$/g, '').split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).filter(Boolean).join(' ');

/** Each `export const XSchema = strictObject({ ... })` with its doc comment, fields and cross-field checks. */
function readSchemas(text, file) {
  const schemas = [];
  for (const m of text.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*export const (\w+Schema) = strictObject\(\s*/g)) {
    const open = m.index + m[0].length;
    if (text[open] !== '{') throw new Error(`frontmatter-reference: ${file}: ${m[2]} should pass an object literal to strictObject().`);
    const close = matchClose(text, open);
    const fields = [];
    let doc;
    for (let i = open + 1; i < close; ) {
      if (/\s|,/.test(text[i])) { i += 1; continue; }
      if (text.startsWith('//', i)) { i = text.indexOf('\n', i); continue; }
      if (text.startsWith('/**', i)) {
        const end = text.indexOf('*/', i) + 2;
        doc = docText(text.slice(i, end));
        i = end;
        continue;
      }
      const field = /^(\w+):\s*/.exec(text.slice(i));
      if (!field) throw new Error(`frontmatter-reference: ${file}: cannot read ${m[2]} near "${text.slice(i, i + 40)}".`);
      let end = i + field[0].length;
      while (end < close && text[end] !== ',') {
        const skip = skipLiteral(text, end);
        if (skip !== -1) end = skip;
        else if ('([{'.includes(text[end])) end = matchClose(text, end) + 1;
        else end += 1;
      }
      if (!doc) throw new Error(`frontmatter-reference: ${file}: ${m[2]}.${field[1]} has no /** doc comment */; every field needs one.`);
      fields.push({ name: field[1], doc, expr: text.slice(i + field[0].length, end) });
      doc = undefined;
      i = end;
    }
    // Cross-field checks chained after the object: `.refine(fn, { error: '...', path: ['low'] })`.
    const after = text.slice(matchClose(text, text.lastIndexOf('(', open)) + 1, text.indexOf(';', close));
    const checks = [...after.matchAll(/error:\s*(['"])(.*?)\1,\s*path:\s*\[(['"])(\w+)\3\]/g)].map((c) => ({ field: c[4], message: c[2] }));
    schemas.push({ name: m[2], doc: m[1] ? docText(m[1]) : '', fields, checks });
  }
  return schemas;
}

// ---- Describing a field.

function describe(expr, ctx) {
  const links = chain(expr);
  const [head, second] = links;
  const mod = (name) => links.slice(1).find((l) => l.name === name)?.args;
  const min = mod('min')?.[0];
  const max = mod('max')?.[0];
  if (head.name === 'z' && second) {
    switch (second.name) {
      case 'enum': {
        const arg = second.args[0];
        const values = arg.startsWith('[') ? splitTopLevel(arg.slice(1, -1)).map(unquote) : ctx.constants.get(arg);
        if (!values) throw new Error(`frontmatter-reference: cannot resolve the values of z.enum(${arg}); define it as a const array in src/schemas/.`);
        return { one: `one of ${code(values)}`, many: `values from ${code(values)}` };
      }
      case 'array': {
        const item = describe(second.args[0], ctx);
        return { one: `a list of ${item.many}${min ? `; at least ${min}` : ''}`, many: 'lists' };
      }
      case 'string': {
        const limits = [min && max ? `${min}-${max} characters` : min ? `at least ${min} character${min === '1' ? '' : 's'}` : max ? `at most ${max} characters` : ''];
        const regex = mod('regex')?.[0];
        if (regex) limits.push(`matching \`${regex}\``);
        const ends = mod('endsWith')?.[0];
        if (ends) limits.push(`ending with \`${unquote(ends)}\``);
        const rest = limits.filter(Boolean).join(', ');
        return { one: `text${rest ? `, ${rest}` : ''}`, many: `texts${rest ? `, each ${rest}` : ''}` };
      }
      case 'number': {
        const kind = mod('int') ? 'a whole number' : 'a number';
        return { one: `${kind}${min ? `, ${min} or more` : ''}`, many: 'numbers' };
      }
      case 'boolean':
        return { one: '`true` or `false`', many: '`true` or `false` values' };
      default:
        return { one: second.name, many: second.name };
    }
  }
  if (SHARED[head.name]) return SHARED[head.name](head.args ?? []);
  if (ctx.helpers.has(head.name)) return describe(ctx.helpers.get(head.name), ctx);
  const schema = SECTIONS.find(([name]) => name === head.name);
  if (schema) {
    const title = schema[1].replace(/ \(.*$/, '');
    return { one: `a ${title} item (see below)`, many: `${title} items (see below)` };
  }
  throw new Error(`frontmatter-reference: cannot describe "${expr.trim().slice(0, 60)}"; teach describe() about it.`);
}

/** Required, optional, or the default, read from the outermost chain. */
function requirement(expr) {
  const links = chain(expr);
  const dflt = links.find((l) => l.name === 'default');
  if (dflt) {
    const value = dflt.args[0];
    return value === '[]' ? 'no; default: none' : `no; default \`${value}\``;
  }
  if (links.some((l) => l.name === 'optional')) return 'no';
  if (links.some((l) => l.name === 'nullable')) return 'yes; may be `null`';
  return 'yes';
}

const tableCell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown reference of every schema, built from src/schemas/*.ts. */
export function generateReference() {
  const files = readdirSync(schemaDir).filter((f) => f.endsWith('.ts')).sort();
  const texts = files.map((f) => readFileSync(join(schemaDir, f), 'utf8'));
  const constants = readConstants(texts);
  const found = new Map();
  files.forEach((file, i) => {
    const helpers = readLocalHelpers(texts[i]);
    for (const schema of readSchemas(texts[i], file)) found.set(schema.name, { ...schema, file, helpers });
  });
  const order = [...SECTIONS.map(([name]) => name), ...[...found.keys()].filter((n) => !SECTIONS.some(([name]) => name === n)).sort()];
  const out = [
    '_Generated from the doc comments in `src/schemas/` by `npm run docs:reference`. Do not edit this section by hand: change the schema, then run the command._',
  ];
  for (const name of order) {
    const schema = found.get(name);
    if (!schema) throw new Error(`frontmatter-reference: ${name} is listed in SECTIONS but no src/schemas/*.ts exports it. Update SECTIONS in scripts/frontmatter-reference.mjs.`);
    const title = SECTIONS.find(([n]) => n === name)?.[1] ?? name;
    const ctx = { constants, helpers: schema.helpers };
    out.push('', `### ${title}`, '');
    if (schema.doc) out.push(`${schema.doc} Schema: \`${name}\` in \`src/schemas/${schema.file}\`.`, '');
    out.push('| Field | Required | What it means | Allowed values |', '| --- | --- | --- | --- |');
    for (const field of schema.fields) {
      out.push(`| \`${field.name}\` | ${requirement(field.expr)} | ${tableCell(field.doc)} | ${tableCell(describe(field.expr, ctx).one)} |`);
    }
    if (schema.checks.length) {
      out.push('', 'Also checked across fields, with the message the build prints:', '');
      for (const check of schema.checks) out.push(`- \`${check.field}\`: ${check.message}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Puts `reference` between the markers of `markdown`. */
export function replaceSection(markdown, reference) {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`CONTRIBUTING.md needs the two lines ${START} and ${END}, in that order.`);
  return `${markdown.slice(0, start + START.length)}\n${reference}${markdown.slice(end)}`;
}

/** The text between the markers, as written in `markdown`. */
export function readSection(markdown) {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start === -1 || end === -1 || end < start) return undefined;
  return markdown.slice(start + START.length + 1, end);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const reference = generateReference();
  if (process.argv.includes('--write')) {
    const file = join(root, 'CONTRIBUTING.md');
    writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), reference));
    console.log('Updated the frontmatter reference in CONTRIBUTING.md.');
  } else process.stdout.write(reference);
}
