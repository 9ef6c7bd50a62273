// Turns a schema's rejection into the lines an editor reads in the build output, `field.path: message`,
// so that the inline snapshots in these tests show the wording exactly as an editor meets it.
import type { z } from 'astro/zod';

export function issuesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success)
    throw new Error(`Expected the entry to be rejected, but it parsed as ${JSON.stringify(result.data)}`);
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
