// Pagefind excerpts are HTML with <mark> around matches. Build them as DOM nodes, never innerHTML,
// so nothing in an indexed page or a query can become markup or script.

export function excerptNodes(html: string): Node[] {
  const nodes: Node[] = [];
  const parts = html.split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === '<mark>') {
      inMark = true;
      continue;
    }
    if (part === '</mark>') {
      inMark = false;
      continue;
    }
    if (!part) continue;
    const text = decodeEntities(part);
    if (inMark) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(text));
  }
  return nodes;
}

function decodeEntities(s: string): string {
  // Only entities remain after splitting on <mark>; strip any stray tag, then decode the five HTML entities.
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
