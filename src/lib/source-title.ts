// A source's full title as the document states it: title and subtitle joined the way bibliographies do.
export function fullTitle(source: { title: string; subtitle?: string | undefined }): string {
  if (!source.subtitle) return source.title;
  const sep = /[?!:]$/.test(source.title) ? ' ' : ': ';
  return `${source.title}${sep}${source.subtitle}`;
}
