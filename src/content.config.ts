// Wires each collection of the registry (src/schemas/collections.ts) to Astro: a glob loader over its folder of
// content/, and its schema. Nothing here names a collection.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, contentRoot, type Collection, type CollectionName } from './schemas/collections';

const load = ({ folder, files, schema }: Collection) =>
  defineCollection({ loader: glob({ pattern: files, base: `${contentRoot()}/${folder}` }), schema });

// Typed per collection, so that each entry's data has its own schema's type (CollectionEntry<'sources'>...).
export const collections = Object.fromEntries(Object.entries(COLLECTIONS).map(([name, c]) => [name, load(c)])) as {
  [K in CollectionName]: Omit<ReturnType<typeof load>, 'schema'> & { schema: (typeof COLLECTIONS)[K]['schema'] };
};
