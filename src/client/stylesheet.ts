// Links a stylesheet that code loaded on demand brings with it (the study plan's, the saved-copy note's), once, and
// resolves when it has loaded or failed to: what it styles shows either way. A <link> to one of the site's own files
// passes the strict Content Security Policy, where a <style> element written by a script would not.
export function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}
