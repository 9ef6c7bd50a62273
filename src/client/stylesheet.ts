// A stylesheet that code loaded on demand brings with it, linked only then: a stylesheet a client module imports is
// otherwise added to every page that could load the module, up front (the study plan's, the change marks').
// Import it as `./x.css?url` and pass the URL.

/** Links the stylesheet (once) and resolves when it has loaded, or failed to: what it styles shows either way. */
export function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}
