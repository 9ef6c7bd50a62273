// The offline copy's one up-front script, and it is on no page as built but the two that offer the copy (the home and
// progress pages, through OfflinePanel.astro): there it loads the panel. On every other page it arrives only with a
// worker the reader registered by saving the guide, which adds it to the pages it serves (worker.ts), and then
// loads the note that says where the page comes from. Readers who never saved the guide load none of it.
export function bootOffline() {
  const panel = document.querySelector<HTMLElement>('[data-offline-panel]');
  import('./reader').then((m) => (panel ? m.initPanel(panel) : m.showNotice()), console.warn);
}
