import { describe, expect, test } from 'vitest';
import { CompanyGroupSchema, CompanySchema } from '../../../src/schemas/company';
import { issuesOf } from './issues';

const validGroup = {
  name: 'AI-native',
  source: 's1',
  description: 'Companies built around AI products, as the source describes them.',
  order: 1,
};

const validCompany = {
  name: 'Acme',
  groups: ['s1-ai-native', 's0-vc-backed-startup'],
  sources: ['s0', 's1'],
};

describe('CompanyGroupSchema', () => {
  test('parses a valid group and turns its source into a reference', () => {
    expect(CompanyGroupSchema.parse(validGroup)).toEqual({
      ...validGroup,
      source: { id: 's1', collection: 'sources' },
    });
  });

  test('rejects a group without a source', () => {
    const { source: _, ...rest } = validGroup;
    expect(issuesOf(CompanyGroupSchema, rest)).toMatchInlineSnapshot(`
      [
        "source: is missing; give the id of an entry in content/sources/ (its file name without the extension).",
      ]
    `);
  });

  test('rejects a group name shorter than 2 characters', () => {
    expect(issuesOf(CompanyGroupSchema, { ...validGroup, name: 'A' })).toMatchInlineSnapshot(`
      [
        "name: must be the group name as the source uses it.",
      ]
    `);
  });

  test('rejects a description too short to say what the source means', () => {
    expect(issuesOf(CompanyGroupSchema, { ...validGroup, description: 'Startups.' })).toMatchInlineSnapshot(`
      [
        "description: is too short; say in a sentence what the source means by the group.",
      ]
    `);
  });

  test('rejects an order that is not a whole number from 1', () => {
    expect(issuesOf(CompanyGroupSchema, { ...validGroup, order: 'first' })).toMatchInlineSnapshot(`
      [
        "order: must be a whole number from 1, the position among the groups of the same source.",
      ]
    `);
    expect(issuesOf(CompanyGroupSchema, { ...validGroup, order: 0 })).toMatchInlineSnapshot(`
      [
        "order: starts at 1.",
      ]
    `);
  });

  test('rejects a misspelled key instead of dropping it', () => {
    expect(issuesOf(CompanyGroupSchema, { ...validGroup, sources: ['s1'] })).toMatchInlineSnapshot(`
      [
        "sources: is not a field this file can have. Check the spelling against the fields it takes (name, source, description, order) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });
});

describe('CompanySchema', () => {
  test('parses a valid company, fills in the defaults and turns ids into references', () => {
    expect(CompanySchema.parse(validCompany)).toEqual({
      name: 'Acme',
      groups: [
        { id: 's1-ai-native', collection: 'company-groups' },
        { id: 's0-vc-backed-startup', collection: 'company-groups' },
      ],
      notes: [],
      sources: [
        { id: 's0', collection: 'sources' },
        { id: 's1', collection: 'sources' },
      ],
      aliases: [],
    });
  });

  test('turns the source of each note into a reference', () => {
    const parsed = CompanySchema.parse({
      ...validCompany,
      notes: [{ text: 'Hires AI engineers for its products.', source: 's1' }],
    });
    expect(parsed.notes).toEqual([
      { text: 'Hires AI engineers for its products.', source: { id: 's1', collection: 'sources' } },
    ]);
  });

  test('rejects a company that names no group', () => {
    expect(issuesOf(CompanySchema, { ...validCompany, groups: [] })).toMatchInlineSnapshot(`
      [
        "groups: must name at least one group, from content/company-groups/.",
      ]
    `);
  });

  test('rejects a company without groups', () => {
    const { groups: _, ...rest } = validCompany;
    expect(issuesOf(CompanySchema, rest)).toMatchInlineSnapshot(`
      [
        "groups: must be a list of group ids.",
      ]
    `);
  });

  test('rejects an empty list of sources', () => {
    expect(issuesOf(CompanySchema, { ...validCompany, sources: [] })).toMatchInlineSnapshot(`
      [
        "sources: must name at least one source id (see content/sources/), such as [s1].",
      ]
    `);
  });

  test('rejects a note without a source', () => {
    expect(issuesOf(CompanySchema, { ...validCompany, notes: [{ text: 'Hires AI engineers for its products.' }] }))
      .toMatchInlineSnapshot(`
      [
        "notes.0.source: is missing; give the id of an entry in content/sources/ (its file name without the extension).",
      ]
    `);
  });

  test('rejects a note with a misspelled key', () => {
    const notes = [{ txt: 'Hires AI engineers for its products.', source: 's1' }];
    expect(issuesOf(CompanySchema, { ...validCompany, notes })).toMatchInlineSnapshot(`
      [
        "notes.0.text: must be what the source says, in our own words.",
        "notes.0.txt: is not a field this file can have. Check the spelling against the fields it takes (text, source) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });

  test('rejects a misspelled key instead of dropping it', () => {
    expect(issuesOf(CompanySchema, { ...validCompany, alias: ['Acme Inc'] })).toMatchInlineSnapshot(`
      [
        "alias: is not a field this file can have. Check the spelling against the fields it takes (name, groups, notes, sources, aliases) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });
});
