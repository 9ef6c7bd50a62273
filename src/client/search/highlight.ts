// On a page opened from a search result: mark the searched words in the content and bring the
// matched heading (the URL's #hash) or else the first match into view.

export function highlightFromUrl() {
  const params = new URLSearchParams(location.search);
  const query = params.get('highlight') ?? '';
  const words = [
    ...new Set(
      query
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w.length >= 2),
    ),
  ];
  const root = document.querySelector('[data-pagefind-body]');
  if (!root || words.length === 0) return;
  // At the start of a word, as Pagefind matches: "ai" marks "AI" and "aims", not the middle of "said".
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
    'giu',
  );
  const tester = new RegExp(pattern.source, 'iu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script, style, mark, [data-pagefind-ignore], .sr-only')
        ? NodeFilter.FILTER_REJECT
        : tester.test(n.nodeValue ?? '')
          ? NodeFilter.FILTER_ACCEPT
          : NodeFilter.FILTER_SKIP,
  });
  const hits: Text[] = [];
  while (walker.nextNode()) hits.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const text of hits) {
    const frag = document.createDocumentFragment();
    for (const piece of (text.nodeValue ?? '').split(pattern)) {
      if (!piece) continue;
      if (words.includes(piece.toLowerCase())) {
        const mark = document.createElement('mark');
        mark.dataset.searchHit = '';
        mark.textContent = piece;
        first ??= mark;
        frag.append(mark);
      } else frag.append(piece);
    }
    text.replaceWith(frag);
  }
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : first;
  target?.scrollIntoView({ block: 'start' });
}
