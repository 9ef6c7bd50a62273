// The JSON Schemas in json-schemas/ give editors hover help, completion and checking for the data files
// (.vscode/settings.json maps each content folder to one). These tests keep them in step with src/schemas.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { generateJsonSchemas, loadSchemas, yamlSchemaSettings } from '../../../scripts/schema-docs.mjs';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const entries = await loadSchemas();
const generated: Map<string, string> = generateJsonSchemas(entries);

/** Data folders in content/ (every folder but the MDX chapters). */
const dataFolders = readdirSync(new URL('content/', root), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'chapters')
  .map((entry) => entry.name);

describe('the JSON Schemas for editors', () => {
  test('each committed schema is the one generated from src/schemas', () => {
    expect(generated.size).toBeGreaterThan(5);
    for (const [path, text] of generated) {
      expect(
        read(path),
        `${path} is out of date with src/schemas/. Run \`npm run docs:reference\` and commit the result.`,
      ).toBe(text);
    }
  });

  test('every schema describes itself and each of its fields', () => {
    for (const [path, text] of generated) {
      const schema = JSON.parse(text);
      expect(schema.description, `${path} has no description`).toBeTruthy();
      for (const [name, field] of Object.entries<{ description?: string }>(schema.properties)) {
        expect(field.description, `${path}: field "${name}" has no description`).toBeTruthy();
      }
    }
  });

  test('a misspelled key is flagged in the editor, as the build refuses it', () => {
    for (const [path, text] of generated) expect(JSON.parse(text).additionalProperties, path).toBe(false);
  });

  test('VS Code maps every data folder to its schema', () => {
    const settings = JSON.parse(read('.vscode/settings.json'));
    expect(settings['yaml.schemas']).toEqual(yamlSchemaSettings(entries));
    const mapped = Object.values<string[]>(settings['yaml.schemas'])
      .flat()
      .map((pattern) => pattern.split('/')[2]);
    expect(dataFolders.length).toBeGreaterThan(5);
    for (const folder of dataFolders)
      expect(mapped, `content/${folder}/ has no schema in .vscode/settings.json`).toContain(folder);
  });

  test('VS Code recommends the extensions that read these settings', () => {
    const { recommendations } = JSON.parse(read('.vscode/extensions.json'));
    expect(recommendations).toEqual(expect.arrayContaining(['redhat.vscode-yaml', 'astro-build.astro-vscode']));
  });

  test('the real data files use only the keys their schema knows, and every key it requires', () => {
    const settings: Record<string, string[]> = JSON.parse(read('.vscode/settings.json'))['yaml.schemas'];
    const problems: string[] = [];
    let checked = 0;
    for (const [schemaPath, patterns] of Object.entries(settings)) {
      const schema = JSON.parse(read(schemaPath));
      const known = Object.keys(schema.properties);
      const folder = patterns[0]!.split('/')[2]!;
      for (const file of readdirSync(new URL(`content/${folder}/`, root)).filter((f) => /^[^_].*\.ya?ml$/.test(f))) {
        const keys = Object.keys(parse(read(`content/${folder}/${file}`)));
        for (const key of keys)
          if (!known.includes(key)) problems.push(`content/${folder}/${file}: "${key}" is not in ${schemaPath}`);
        for (const key of schema.required)
          if (!keys.includes(key))
            problems.push(`content/${folder}/${file}: lacks "${key}", which ${schemaPath} requires`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
