// What a Markdown chapter's rendered HTML depends on besides its own text, as one digest. Astro renders a Markdown
// entry while it loads content and keeps the HTML in its cache (node_modules/.astro/data-store.json) until the
// file's text changes; but a chapter's citations print its sources' names (content/sources/), its terms link to the
// glossary (content/glossary/ and whether the glossary chapter exists), and the plugins in src/mdx-plugins/ draw them.
// src/content.config.ts adds this digest to each chapter's, so that a change to any of these renders Markdown
// chapters again instead of serving stale names and links. MDX chapters are compiled on every build and need none.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_CHAPTERS } from './routes';

/** Every file under `dir` (sorted, recursively), or none when it does not exist. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((rel) => join(dir, rel))
    .filter((file) => statSync(file).isFile());
}

/** The digest of what Markdown chapters under `contentRoot` render from; `codeRoot` holds src/. */
export function markdownInputsDigest(contentRoot: string, codeRoot = '.'): string {
  const hash = createHash('sha256');
  const files = [
    ...filesUnder(join(contentRoot, 'sources')),
    ...filesUnder(join(contentRoot, 'glossary')),
    ...filesUnder(join(codeRoot, 'src/mdx-plugins')),
    ...['markdown-components.ts', 'source-title.ts', 'routes.ts'].map((f) => join(codeRoot, 'src/lib', f)),
  ];
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(existsSync(file) ? readFileSync(file) : '')
      .update('\0');
  const glossary = join(contentRoot, 'chapters', REFERENCE_CHAPTERS.glossary);
  hash.update(`glossary chapter: ${existsSync(`${glossary}.md`) || existsSync(`${glossary}.mdx`)}`);
  return hash.digest('hex').slice(0, 16);
}
