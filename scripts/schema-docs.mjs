#!/usr/bin/env node
// Generates the editors' documentation from the zod schemas in src/schemas/, read at run time through
// their JSON Schema (`z.toJSONSchema`; the descriptions are the fields' `.meta({ description })`):
//   json-schemas/<collection>.schema.json one JSON Schema per collection, for hover help, completion and
//                                      checking in editors (.vscode/settings.json maps content folders to them)
//   CONTRIBUTING.md                    the frontmatter and data reference between its two markers
//
//   npm run docs:reference                        writes both
//   node scripts/schema-docs.mjs                  checks both; exits 1 and names what is out of date
// Node 24 runs the schema files as TypeScript; scripts/lib/load-ts.mjs only adds the `.ts` their imports omit.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'astro/zod';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const START = '<!-- frontmatter-reference:start -->';
export const END = '<!-- frontmatter-reference:end -->';
/** Where the JSON Schemas go, relative to the repository root. */
export const JSON_SCHEMA_DIR = 'json-schemas';

/** The files of a data folder, as the collections' loaders find them (src/content.config.ts). */
const YAML_FILES = ['**/*.yaml', '**/*.yml'];

/**
 * The schemas editors write, in the order the reference lists them: each collection of the registry
 * (src/schemas/collections.ts) with its heading, then the item schemas it nests. Each comes with its zod `schema`, its
 * short `title`, the `file` and export `name` that define it, and for a whole file its `collection` (its folder in
 * content/ and its JSON Schema's name). Chapters are MDX (`mdx`), whose frontmatter the YAML extension cannot see;
 * the Astro extension covers them (see CONTRIBUTING.md).
 */
export async function loadSchemas() {
  const { COLLECTIONS } = await import(pathToFileURL(join(root, 'src/schemas/collections.ts')).href);
  const modules = new Map();
  for (const file of readdirSync(join(root, 'src/schemas'))
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    modules.set(file, await import(pathToFileURL(join(root, 'src/schemas', file)).href));
  }
  const definedAt = (schema, heading) => {
    for (const [file, module] of modules) {
      const name = Object.keys(module).find((key) => key.endsWith('Schema') && module[key] === schema);
      if (name) return { file, name };
    }
    throw new Error(
      `schema-docs: the schema of "${heading}" is not exported, under a name ending in Schema, by a file of src/schemas/.`,
    );
  };
  const entry = (schema, heading, more = {}) => ({
    ...definedAt(schema, heading),
    heading,
    schema,
    title: heading.replace(/ \(.*$/, ''),
    ...more,
  });
  const found = Object.entries(COLLECTIONS).flatMap(([collection, c]) => [
    entry(c.schema, c.reference.heading, { collection, folder: c.folder, mdx: /\bmdx\b/.test(c.files) }),
    ...(c.reference.items ?? []).map(([schema, heading]) => entry(schema, heading)),
  ]);
  // A schema file's other exported schemas must be documented too, or editors would not hear of them.
  for (const [file, module] of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (name.endsWith('Schema') && value instanceof z.ZodType && !found.some((e) => e.schema === value)) {
        throw new Error(
          `schema-docs: src/schemas/${file} exports ${name}, which the reference does not list. Add it to its collection's \`reference.items\` in src/schemas/collections.ts.`,
        );
      }
    }
  }
  return found;
}

/**
 * The JSON Schema of what editors write (`io: 'input'`), with the few things zod cannot express filled in:
 * dates (`dateField` takes `YYYY-MM-DD`), ids of other entries (`reference()`, marked with `x-collection`),
 * and the closed objects of `strictObject` (its catch-all refuses every unknown key).
 * Schemas nested in another keep their short title, so the reference can point to their own table.
 */
export function jsonSchemaOf(entry, all) {
  const titles = new Map(all.map((other) => [other.schema, other.title]));
  return z.toJSONSchema(entry.schema, {
    target: 'draft-07', // what the YAML language server (VS Code's YAML extension) supports
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      if (def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date' });
      // zod drops the default of a field whose value is transformed (a list of references); it still applies.
      if (def.type === 'default' && !('default' in jsonSchema))
        jsonSchema.default = JSON.parse(JSON.stringify(def.defaultValue));
      if ('x-collection' in jsonSchema) {
        delete jsonSchema.anyOf;
        jsonSchema.type = 'string';
      }
      if (def.type === 'object' && def.catchall?._zod.def.type === 'custom') jsonSchema.additionalProperties = false;
      // `.int()` adds JavaScript's safe-integer bounds, which say nothing to an editor.
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      if (titles.has(zodSchema)) jsonSchema.title = titles.get(zodSchema);
    },
  });
}

// ---- The Markdown reference.

const code = (values) => values.map((v) => `\`${v}\``).join(', ');
const tableCell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const unescapeRegex = (s) => s.replace(/\\(.)/g, '$1');

/** What a JSON Schema allows, in words: `one` for a field, `many` for the items of a list. */
function allowed(s) {
  if (s.type === 'object' && s.title)
    return { one: `a ${s.title} item (see below)`, many: `${s.title} items (see below)` };
  if (s['x-collection'])
    return { one: `an id from \`content/${s['x-collection']}/\``, many: `ids from \`content/${s['x-collection']}/\`` };
  if (s.anyOf) {
    const branches = s.anyOf.filter((branch) => branch.type !== 'null').map(allowed);
    return { one: branches.map((b) => b.one).join(' or '), many: branches.map((b) => b.many).join(' or ') };
  }
  if (s.enum) return { one: `one of ${code(s.enum)}`, many: `values from ${code(s.enum)}` };
  if ('const' in s) return { one: `\`${s.const}\``, many: `\`${s.const}\`` };
  if (s.format === 'date') return { one: 'a date, `YYYY-MM-DD`', many: 'dates, `YYYY-MM-DD`' };
  if (s.format === 'uri') return { one: 'a URL', many: 'URLs' };
  switch (s.type) {
    case 'object': {
      const keys = code(Object.keys(s.properties ?? {}));
      return { one: `an object with ${keys}`, many: `objects with ${keys}` };
    }
    case 'string': {
      const { minLength: min, maxLength: max } = s;
      const limits = [
        min && max
          ? `${min}-${max} characters`
          : min
            ? `at least ${min} character${min === 1 ? '' : 's'}`
            : max
              ? `at most ${max} characters`
              : '',
      ];
      const wording = { ends_with: 'ending with', starts_with: 'starting with', includes: 'containing' }[s.format];
      if (wording) limits.push(`${wording} \`${unescapeRegex(s.pattern.replace(/^\^|^\.\*|\.\*$|\$$/g, ''))}\``);
      else if (s.pattern) limits.push(`matching \`/${s.pattern}/\``);
      if (s.examples?.length) limits.push(`such as ${code(s.examples)}`);
      const rest = limits.filter(Boolean).join(', ');
      return { one: `text${rest ? `, ${rest}` : ''}`, many: `texts${rest ? `, each ${rest}` : ''}` };
    }
    case 'integer':
    case 'number': {
      const kind = s.type === 'integer' ? 'a whole number' : 'a number';
      return { one: `${kind}${s.minimum !== undefined ? `, ${s.minimum} or more` : ''}`, many: 'numbers' };
    }
    case 'boolean':
      return { one: '`true` or `false`', many: '`true` or `false` values' };
    case 'array': {
      const item = allowed(s.items ?? {});
      return { one: `a list of ${item.many}${s.minItems ? `; at least ${s.minItems}` : ''}`, many: 'lists' };
    }
    default:
      throw new Error(
        `schema-docs: cannot put ${JSON.stringify(s).slice(0, 80)} into words; teach allowed() in scripts/schema-docs.mjs about it.`,
      );
  }
}

/** Required, optional, or the default. */
function requirement(name, objectSchema) {
  const s = objectSchema.properties[name];
  if (objectSchema.required?.includes(name))
    return s.anyOf?.some((branch) => branch.type === 'null') ? 'yes; may be `null`' : 'yes';
  if (Array.isArray(s.default) && s.default.length === 0) return 'no; default: none';
  if (s.default !== undefined) return `no; default \`${JSON.stringify(s.default)}\``;
  return 'no';
}

/** Checks across fields (`.refine(fn, { error, path })`): JSON Schema cannot hold them, the zod schema can. */
function crossFieldChecks(schema) {
  return (
    (schema.def.checks ?? [])
      .map((check) => check._zod.def)
      .filter((def) => def.check === 'custom' && def.path?.length && typeof def.error === 'function')
      // A message built from the entry's values gets placeholders instead ("a band of kind <kind> ...").
      .map((def) => ({
        field: def.path.join('.'),
        message: def.error({ input: new Proxy({}, { get: (_, key) => `<${String(key)}>` }) }),
      }))
      .filter((check) => typeof check.message === 'string')
  );
}

/** The Markdown reference of every documented schema. */
export function generateReference(entries) {
  const out = [
    '_Generated from the schemas in `src/schemas/` (their descriptions and JSON Schema) by `npm run docs:reference`. Do not edit this section by hand: change the schema, then run the command._',
  ];
  for (const entry of entries) {
    const json = jsonSchemaOf(entry, entries);
    out.push('', `### ${entry.heading}`, '');
    if (json.description)
      out.push(`${json.description} Schema: \`${entry.name}\` in \`src/schemas/${entry.file}\`.`, '');
    out.push('| Field | Required | What it means | Allowed values |', '| --- | --- | --- | --- |');
    for (const [name, field] of Object.entries(json.properties)) {
      if (!field.description)
        throw new Error(
          `schema-docs: ${entry.name}.${name} has no description; give it .meta({ description: '...' }) in src/schemas/${entry.file}.`,
        );
      out.push(
        `| \`${name}\` | ${requirement(name, json)} | ${tableCell(field.description)} | ${tableCell(allowed(field).one)} |`,
      );
    }
    const checks = crossFieldChecks(entry.schema);
    if (checks.length) {
      out.push('', 'Also checked across fields, with the message the build prints:', '');
      for (const check of checks) out.push(`- \`${check.field}\`: ${check.message}`);
    }
  }
  return `${out.join('\n')}\n`;
}

// ---- The JSON Schemas and the editor settings that use them.

/** Each collection's JSON Schema file, `json-schemas/<collection>.schema.json`, as text. */
export function generateJsonSchemas(entries) {
  return new Map(
    entries
      .filter((entry) => entry.collection)
      .map((entry) => [
        `${JSON_SCHEMA_DIR}/${entry.collection}.schema.json`,
        `${JSON.stringify(jsonSchemaOf(entry, entries), null, 2)}\n`,
      ]),
  );
}

/** The `yaml.schemas` setting of VS Code's YAML extension: each data folder to its JSON Schema. */
export function yamlSchemaSettings(entries) {
  return Object.fromEntries(
    entries
      .filter((entry) => entry.collection && !entry.mdx)
      .map((entry) => [
        `./${JSON_SCHEMA_DIR}/${entry.collection}.schema.json`,
        YAML_FILES.map((pattern) => `/content/${entry.folder}/${pattern}`),
      ]),
  );
}

// ---- CONTRIBUTING.md's marked section.

/** Puts `reference` between the markers of `markdown`. */
export function replaceSection(markdown, reference) {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start === -1 || end === -1 || end < start)
    throw new Error(`CONTRIBUTING.md needs the two lines ${START} and ${END}, in that order.`);
  return `${markdown.slice(0, start + START.length)}\n${reference}${markdown.slice(end)}`;
}

/** The text between the markers, as written in `markdown`. */
export function readSection(markdown) {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start === -1 || end === -1 || end < start) return undefined;
  return markdown.slice(start + START.length + 1, end);
}

/** Every generated file with the text it should have: CONTRIBUTING.md and the JSON Schemas. */
export function expectedFiles(entries) {
  const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  return new Map([
    ['CONTRIBUTING.md', replaceSection(contributing, generateReference(entries))],
    ...generateJsonSchemas(entries),
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!nodeModule.registerHooks) {
    console.error(
      `schema-docs needs Node 24 (this is ${process.version}) to read the TypeScript schemas: run \`npm run docs:reference\`.`,
    );
    process.exit(1);
  }
  await import('./lib/load-ts.mjs');
  const expected = expectedFiles(await loadSchemas());
  const read = (path) => {
    try {
      return readFileSync(join(root, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const generated = new Set(expected.keys());
  const leftovers = (
    existsSync(join(root, JSON_SCHEMA_DIR)) ? readdirSync(join(root, JSON_SCHEMA_DIR), { withFileTypes: true }) : []
  )
    .filter((f) => f.isFile() && f.name.endsWith('.schema.json') && !generated.has(`${JSON_SCHEMA_DIR}/${f.name}`))
    .map((f) => `${JSON_SCHEMA_DIR}/${f.name}`);
  const stale = [...expected].filter(([path, text]) => read(path) !== text).map(([path]) => path);
  if (process.argv.includes('--write')) {
    mkdirSync(join(root, JSON_SCHEMA_DIR), { recursive: true });
    for (const path of stale) writeFileSync(join(root, path), expected.get(path));
    for (const path of leftovers) rmSync(join(root, path));
    console.log(
      stale.length || leftovers.length
        ? `Updated ${[...stale, ...leftovers.map((p) => `${p} (removed)`)].join(', ')}.`
        : 'Everything generated from src/schemas/ was already up to date.',
    );
  } else if (stale.length || leftovers.length) {
    console.error(
      `Out of date with src/schemas/: ${[...stale, ...leftovers].join(', ')}. Run \`npm run docs:reference\` and commit the result.`,
    );
    process.exitCode = 1;
  } else console.log('Everything generated from src/schemas/ is up to date.');
}
