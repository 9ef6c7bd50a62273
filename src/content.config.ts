// Wires each collection of the registry (src/schemas/collections.ts) to Astro: a glob loader over its folder of
// content/, and its schema. Nothing here names a collection.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, contentRoot, type Collection, type CollectionName } from './schemas/collections';
import { markdownInputsDigest } from './lib/markdown-inputs';

// Astro keeps a Markdown entry's rendered HTML until the file's text changes; a chapter's also depends on the sources,
// the glossary and the plugins that draw them (src/lib/markdown-inputs.ts), so their digest is part of each entry's.
const markdownInputs = markdownInputsDigest(contentRoot());

function load({ folder, files, schema }: Collection) {
  const markdown = /\bmd\b/.test(files);
  // A chapter's body is not kept in Astro's store, which the build bundles and loads whole: at 1,000 chapters 10 of its
  // 26 MB, which cost about 2 s of CPU. src/lib/get-guide.ts reads it from the file, which it reads anyway.
  const loader = glob({ pattern: files, base: `${contentRoot()}/${folder}`, retainBody: !markdown });
  return defineCollection({
    loader: markdown
      ? {
          ...loader,
          load: (context) =>
            loader.load({
              ...context,
              generateDigest: (data) =>
                context.generateDigest(typeof data === 'string' ? `${data}\0${markdownInputs}` : data),
            }),
        }
      : loader,
    schema,
  });
}

// Typed per collection, so that each entry's data has its own schema's type (CollectionEntry<'sources'>...).
export const collections = Object.fromEntries(Object.entries(COLLECTIONS).map(([name, c]) => [name, load(c)])) as {
  [K in CollectionName]: Omit<ReturnType<typeof load>, 'schema'> & { schema: (typeof COLLECTIONS)[K]['schema'] };
};
