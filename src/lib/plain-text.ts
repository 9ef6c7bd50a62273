// A chapter's body (MDX or Markdown) as plain Markdown for llms-full.txt, editors' comments left out: figures and citations from the data
// written out, data components (as the registry marks them) replaced by a pointer to the page that shows them.
import { COMPONENT_NAMES, DATA_COMPONENTS } from './content-components';

const dataElement = new RegExp(`<(${DATA_COMPONENTS.join('|')})\\b[^>]*\\/>`, 'g');
/** Any component tag left once the ones with a text form are written out: the text inside stays. */
const componentTag = new RegExp(`<\\/?(${COMPONENT_NAMES.join('|')})\\b[^>]*>`, 'g');

export interface PlainTextContext {
  bandRange: (id: string) => string | undefined;
  /** How a citation names the source: its short name and year ("Jobbi 2026"). */
  sourceTag: (id: string) => string | undefined;
  pageUrl: string;
  /** The learning path's effort as <PathHours /> prints it ("240 hours, about 24 weeks at 10 hours a week"). */
  pathHours?: () => string;
}

export function mdxToPlainText(body: string, ctx: PlainTextContext): string {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, '')
    .replace(/<Pay\s+band="([^"]+)"[^>]*\/>/g, (_, id: string) => ctx.bandRange(id) ?? id)
    .replace(/<PathHours\s*\/>/g, () => ctx.pathHours?.() ?? "the learning path's hours")
    .replace(
      /<Cite\s+s="([^"]+)"\s*\/>/g,
      (_, ids: string) =>
        `[${ids
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((id) => ctx.sourceTag(id) ?? id)
          .join('; ')}]`,
    )
    .replace(
      dataElement,
      (_, name: string) =>
        `(The ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} from the guide's data is shown at ${ctx.pageUrl}.)`,
    )
    .replace(/<Callout[^>]*title="([^"]+)"[^>]*>/g, '> **$1**\n>')
    .replace(
      /<ShortAnswer(?:\s[^>]*?title="([^"]+)")?[^>]*>/g,
      (_, title?: string) => `**${title ?? 'Short answer'}**\n`,
    )
    .replace(componentTag, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
