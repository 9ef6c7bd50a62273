// Editing rendered HTML, in one place: the print edition's ids and links, the labels of table cells, each page's
// style hashes. Each open tag is edited where it stands, and every other byte stays as Astro wrote it.
//
// Why tags are found with regular expressions rather than a parser: this edits only what Astro and Sätteri render,
// never arbitrary HTML. They write attribute values in double quotes and escape `<` in text as &lt;, so a `<` followed
// by a letter outside a script, a style, a title, a textarea or a comment always opens a tag; those five are skipped
// whole. A parser was tried: ultrahtml, the one Astro depends on, took 183 ms to parse the 600 KB print edition
// where this takes about 10 ms, which at 1,000 chapters would add seconds to every build.

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
/** Text that holds no tags: comments, and the content of elements whose content is raw text. */
const RAW = /<!--[\s\S]*?-->|<(script|style|textarea|title)\b(?:"[^"]*"|'[^']*'|[^>"'])*>([\s\S]*?)<\/\1\s*>/gi;
/** An attribute inside one open tag: the space before it, its name, the `=` and its value with the quotes. */
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export interface OpenTag {
  /** The tag name, in lower case. */
  readonly name: string;
  /** The names of the elements it stands in, outermost first (within the HTML given). */
  readonly ancestors: readonly string[];
  /** For a script, style, title or textarea: the text inside it, as written. */
  readonly text: string | undefined;
  /** The names of its attributes, in lower case, in the order written. */
  attributes(): string[];
  /** An attribute's value as written, without its quotes; undefined when it is absent or has no value. */
  get(name: string): string | undefined;
  /** Writes `value` (already escaped for a double-quoted attribute) as the attribute's value; adds it when absent. */
  set(name: string, value: string): void;
  /**
   * Passes each attribute that has a value (its name in lower case, its value as written) to `next`, and writes what
   * `next` returns (escaped, as for set) as its new value; undefined leaves it as it is.
   */
  rewrite(next: (name: string, value: string) => string | undefined): void;
}

/** One open tag, its attributes read when first asked for. */
class Tag implements OpenTag {
  readonly name: string;
  readonly text: string | undefined;
  /** The tag as written, then as edited. */
  source: string;
  #stack: readonly string[];
  #found: RegExpMatchArray[] | undefined;
  constructor(source: string, name: string, stack: readonly string[], text: string | undefined) {
    this.source = source;
    this.name = name.toLowerCase();
    this.#stack = stack;
    this.text = text;
  }
  get ancestors() {
    return this.#stack.slice();
  }
  #attributes() {
    return (this.#found ??= [...this.source.slice(1 + this.name.length).matchAll(ATTRIBUTE)]);
  }
  attributes() {
    return this.#attributes().map((m) => m[2]!.toLowerCase());
  }
  get(name: string) {
    const value = this.#attributes().find((m) => m[2]!.toLowerCase() === name)?.[4];
    return value === undefined
      ? undefined
      : value.startsWith('"') || value.startsWith("'")
        ? value.slice(1, -1)
        : value;
  }
  set(name: string, value: string) {
    const m = this.#attributes().find((a) => a[2]!.toLowerCase() === name);
    if (!m) {
      const close = this.source.search(/\s*\/?>$/);
      this.source = `${this.source.slice(0, close)} ${name}="${value}"${this.source.slice(close)}`;
    } else {
      const at = 1 + this.name.length + m.index!;
      this.source = `${this.source.slice(0, at)}${m[1]}${m[2]}${m[3] ?? '='}"${value}"${this.source.slice(at + m[0].length)}`;
    }
    this.#found = undefined;
  }
  rewrite(next: (name: string, value: string) => string | undefined) {
    const at = 1 + this.name.length;
    const attributes = this.source
      .slice(at)
      .replace(ATTRIBUTE, (whole, space: string, name: string, eq?: string, raw?: string) => {
        if (raw === undefined) return whole;
        const value = next(name.toLowerCase(), raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw);
        return value === undefined ? whole : `${space}${name}${eq}"${value}"`;
      });
    this.source = this.source.slice(0, at) + attributes;
    this.#found = undefined;
  }
}

/** The text inside each `name` element whose content is raw text (style, script, title, textarea), in order. */
export function rawTexts(html: string, name: 'style' | 'script' | 'title' | 'textarea'): string[] {
  return [...html.matchAll(RAW)].filter((m) => m[1]?.toLowerCase() === name).map((m) => m[2]!);
}

/** Each open tag of `html`, in document order: `visit` may read and change its attributes. */
export function editTags(html: string, visit: (tag: OpenTag) => void): string {
  let out = '';
  let last = 0;
  const stack: string[] = [];
  const open = (source: string, name: string, text?: string) => {
    const tag = new Tag(source, name, stack, text);
    visit(tag);
    return tag.source;
  };
  const markup = (part: string) =>
    part.replace(TAG, (source, closing: string, name: string, _attributes: string, selfClosing: string) => {
      const lower = name.toLowerCase();
      if (closing) {
        const at = stack.lastIndexOf(lower);
        if (at !== -1) stack.length = at;
        return source;
      }
      const edited = open(source, name);
      if (!selfClosing && !VOID.has(lower)) stack.push(lower);
      return edited;
    });
  for (const m of html.matchAll(RAW)) {
    out += markup(html.slice(last, m.index));
    // A raw-text element: only its opening tag is markup.
    out += m[1] ? m[0].replace(/^<(?:"[^"]*"|'[^']*'|[^>"'])*>/, (source) => open(source, m[1]!, m[2])) : m[0];
    last = m.index + m[0].length;
  }
  return out + markup(html.slice(last));
}
