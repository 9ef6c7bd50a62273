// The record that hands what the build loaded to the checks after the build. The build's prerender bundle and the
// integration each hold their own copy of src/lib/loaded-content.mjs; two fresh imports stand in for them here.
import { afterEach, describe, expect, test, vi } from 'vitest';

const fresh = async () => {
  vi.resetModules();
  return import('../../../src/lib/loaded-content.mjs');
};
const record = {
  chapters: [{ id: 'intro', file: 'content/chapters/intro.mdx' }],
  data: [{ collection: 'skills', id: 'evals', file: 'content/skills/evals.yaml' }],
  warnings: ['a warning'],
};

describe('the loaded-content record', () => {
  afterEach(async () => (await fresh()).clearLoadedContent());

  test('is read by another copy of the module in the same process', async () => {
    const writer = await fresh();
    const reader = await fresh();
    expect(reader).not.toBe(writer);
    expect(reader.readLoadedContent()).toBeUndefined();
    writer.recordLoadedContent(record);
    expect(reader.readLoadedContent()).toEqual(record);
  });

  test('holds one whole load: a second record replaces the first', async () => {
    const { recordLoadedContent, readLoadedContent } = await fresh();
    recordLoadedContent(record);
    recordLoadedContent({ chapters: [], data: [], warnings: [] });
    expect(readLoadedContent()).toEqual({ chapters: [], data: [], warnings: [] });
  });

  test('is forgotten when a build starts, so a build never reads the one before it', async () => {
    const { clearLoadedContent, recordLoadedContent, readLoadedContent } = await fresh();
    recordLoadedContent(record);
    clearLoadedContent();
    expect(readLoadedContent()).toBeUndefined();
  });
});
