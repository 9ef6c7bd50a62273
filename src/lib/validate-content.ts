// Checks the collections as a whole, where zod sees one entry at a time: references that point nowhere,
// two chapters with the same order in a part, milestone ids used twice. Each problem names the file,
// the field and the fix. Pure: unit-tested with plain objects in tests/unit/lib/validate-content.test.ts.

export interface LooseEntry {
  id: string;
  filePath?: string | undefined;
  data: Record<string, unknown>;
}

export type Collections = Record<string, LooseEntry[]>;

const isRef = (v: unknown): v is { id: string; collection: string } =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && typeof (v as { collection?: unknown }).collection === 'string';

function walkRefs(value: unknown, path: string, visit: (ref: { id: string; collection: string }, path: string) => void) {
  if (isRef(value)) return visit(value, path);
  if (Array.isArray(value)) return value.forEach((v, i) => walkRefs(v, `${path}[${i}]`, visit));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) walkRefs(v, path ? `${path}.${k}` : k, visit);
  }
}

const where = (collection: string, entry: LooseEntry) => entry.filePath ?? `${collection}/${entry.id}`;

/** Every reference whose target entry does not exist. */
export function findDanglingReferences(collections: Collections): string[] {
  const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const problems: string[] = [];
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      walkRefs(entry.data, '', (ref, path) => {
        const known = ids.get(ref.collection);
        if (known && !known.has(ref.id)) {
          const some = [...known].slice(0, 8).join(', ');
          problems.push(`${where(name, entry)}: **${path}** points to "${ref.id}", which is not in ${ref.collection}. Use an existing id (${some}${known.size > 8 ? ', ...' : ''}) or add content/${ref.collection}/${ref.id}.`);
        }
      });
    }
  }
  return problems;
}

/** Two entries of one group sharing an order value. */
export function findDuplicateOrders(collection: string, entries: LooseEntry[], groupKey?: string): string[] {
  const seen = new Map<string, LooseEntry>();
  const problems: string[] = [];
  for (const entry of entries) {
    const group = groupKey ? String(entry.data[groupKey]) : '';
    const key = `${group}#${String(entry.data.order)}`;
    const first = seen.get(key);
    if (first) {
      problems.push(`${where(collection, entry)}: **order** ${String(entry.data.order)} is already used by ${where(collection, first)}${groupKey ? ` in ${groupKey} "${group}"` : ''}. Give each a different order.`);
    } else seen.set(key, entry);
  }
  return problems;
}

/** An id inside a list field (milestones, self-checks) used more than once across a collection. */
export function findDuplicateInnerIds(collection: string, entries: LooseEntry[], field: string, scope: 'collection' | 'entry'): string[] {
  const problems: string[] = [];
  let seen = new Map<string, LooseEntry>();
  for (const entry of entries) {
    if (scope === 'entry') seen = new Map();
    const items = entry.data[field];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      const id = (item as { id?: unknown }).id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first) problems.push(`${where(collection, entry)}: **${field}[${i}].id** "${id}" is already used${first === entry ? ' earlier in this file' : ` in ${where(collection, first)}`}. Ids must be unique: readers' saved progress is keyed by them.`);
      else seen.set(id, entry);
    });
  }
  return problems;
}

/** All whole-collection problems, as one list. */
export function validateCollections(collections: Collections): string[] {
  return [
    ...findDanglingReferences(collections),
    ...findDuplicateOrders('chapters', collections.chapters ?? [], 'part'),
    ...findDuplicateOrders('learning-path', collections['learning-path'] ?? []),
    ...findDuplicateInnerIds('learning-path', collections['learning-path'] ?? [], 'milestones', 'collection'),
    ...findDuplicateInnerIds('chapters', collections.chapters ?? [], 'selfCheck', 'entry'),
  ];
}

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before it can be built:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}
