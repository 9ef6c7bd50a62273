// The only search code a page loads up front (a few hundred bytes): it waits for the reader to show
// intent (click, focus, Ctrl/Cmd+K, "/") and only then loads the dialog and Pagefind.
// It also loads the highlighter when the page was opened from a search result (?highlight=...).

let opening: Promise<unknown> | undefined;

function open(trigger: HTMLElement | null) {
  opening ??= import('./dialog');
  return opening.then((m) => (m as typeof import('./dialog')).openSearchDialog(trigger));
}

export function bootSearch() {
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const onSearchPage = Boolean(document.querySelector('[data-search-page]'));
  if (button && !onSearchPage) {
    button.addEventListener('click', (event) => {
      event.preventDefault();
      void open(button);
    });
    // Warm up on intent: hovering or focusing the button starts loading before the click lands.
    const warm = () => {
      opening ??= import('./dialog');
    };
    button.addEventListener('pointerenter', warm, { once: true });
    button.addEventListener('focus', warm, { once: true });
  }
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof HTMLElement &&
      (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    if (shortcut || (event.key === '/' && !typing)) {
      event.preventDefault();
      if (onSearchPage) document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]')?.focus();
      else void open(button);
    }
  });
  if (new URLSearchParams(location.search).has('highlight'))
    import('./highlight').then((m) => m.highlightFromUrl(), console.warn);
}
