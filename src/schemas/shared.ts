/**
 * Pieces every schema shares: dates, ids, source citations.
 * `reference` wraps Astro's own (the same function `astro:content` exports), imported from its runtime
 * so that these schemas also load in Vitest, where the `astro:content` virtual module does not exist.
 */
import { z } from 'astro/zod';
import { createReference } from 'astro/content/runtime';
import { ISO_DAY, parseDay } from '../lib/dates';

const astroReference = createReference();

/**
 * Astro's `reference(collection)`, behind a union that accepts the same values, only so that a value that is no id
 * (a list, a missing key) gets a message an editor can act on instead of zod's "Invalid input".
 * Whether the id exists is checked once every collection has loaded (src/lib/checks/validate-content.ts).
 * `x-collection` names the collection in the schema's JSON Schema, where the generated editors' reference and
 * hover help read it (scripts/schema-docs.mjs).
 */
export const reference = ((collection: string) =>
  z
    .union(
      [
        z.string(),
        z.number(),
        z.object({ id: z.string(), collection: z.string() }),
        z.object({ slug: z.string(), collection: z.string() }),
      ],
      {
        error: (issue) =>
          issue.input === undefined
            ? `is missing; give the id of an entry in content/${collection}/ (its file name without the extension).`
            : Array.isArray(issue.input)
              ? `must be one id from content/${collection}/, not a list.`
              : `must be the id of an entry in content/${collection}/ (its file name without the extension).`,
      },
    )
    .pipe(astroReference(collection))
    .meta({ 'x-collection': collection })) as (collection: string) => z.ZodType<{ id: string; collection: string }>;

/** A calendar date written `YYYY-MM-DD` (YAML may already have turned it into a Date). */
export const dateField = (what: string) =>
  z.preprocess(
    (value) => {
      if (typeof value !== 'string' || !ISO_DAY.test(value)) return value;
      // 2026-02-30 is written like a date but is none: an invalid Date, so zod says it is not a real one.
      return parseDay(value) ?? new Date(Number.NaN);
    },
    // zod rejects an invalid Date (such as 2026-13-01) as a wrong type: tell the editor it is the date, not the format.
    z.date({
      error: (issue) =>
        issue.input instanceof Date
          ? `is not a real calendar date; write ${what} as YYYY-MM-DD (for example 2026-06-11).`
          : `must be ${what}, written as YYYY-MM-DD (for example 2026-06-11).`,
    }),
  );

/** A lower-kebab id such as `month-1-read-the-docs`: stable, used in URLs and in readers' saved progress. */
export const idField = z
  .string({ error: 'must be a lower-kebab id such as `ship-first-feature`.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-kebab (a-z, 0-9 and single hyphens), such as `ship-first-feature`.',
  })
  .meta({ examples: ['ship-first-feature'] });

/**
 * Ids an item (a milestone, a self-check question) had before it was renamed. Readers' saved ticks and answers
 * under a former id move to the item's id when they next load their progress, instead of being set aside.
 */
export const formerIdsField = (item: string) =>
  z
    .array(idField, { error: 'must be a list of the ids this item had before, such as [old-id].' })
    .min(1, { error: 'is empty; list the ids this item had before, or leave the field out.' })
    .optional()
    .meta({
      description: `Ids this ${item} had before it was renamed, lower-kebab. Readers' progress saved under one moves to the ${item}'s id. A former id may not be the id of another ${item} now, nor be claimed twice (checked at build). Optional.`,
    });

/** One or more ids from the `sources` collection (content/sources/<id>.yaml). */
export const sourcesField = z
  .array(reference('sources'), { error: 'must be a list of source ids, such as [s1, s3].' })
  .min(1, { error: 'must name at least one source id (see content/sources/), such as [s1].' });

/** A non-empty sentence or more of prose. */
export const proseField = (what: string, min = 1) =>
  z
    .string({ error: `must be ${what}, written as text.` })
    .trim()
    .min(min, { error: `is empty; write ${what}.` });

/**
 * An object that refuses keys it does not define. Instead of zod's strict mode (whose single error has no
 * field path, so Astro would print "****:"), every unknown key gets its own error at its own path:
 * "**descripton**: is not a field this file can have...". `error` is the message for a value that is no object
 * at all (a bare string in a list of items, say); without it zod's own "expected object" is shown.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T, error?: string) {
  const known = Object.keys(shape).join(', ');
  // A catchall that always fails (not z.never(), which zod turns back into one path-less "unrecognized keys" error).
  return z.object(shape, error === undefined ? undefined : { error }).catchall(
    z.custom<never>(() => false, {
      error: `is not a field this file can have. Check the spelling against the fields it takes (${known}) and CONTRIBUTING.md, or remove it.`,
    }),
  );
}
