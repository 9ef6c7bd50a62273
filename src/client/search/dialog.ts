// The search dialog: a native modal <dialog> (focus stays inside, Esc closes), created on first use.
import { mountSearch } from './ui';

let dialog: HTMLDialogElement | undefined;
let search: ReturnType<typeof mountSearch> | undefined;
let returnTo: HTMLElement | null = null;

function create() {
  const d = document.createElement('dialog');
  d.setAttribute('aria-label', 'Search the guide');
  d.className =
    'm-auto mt-[8vh] w-[min(42rem,calc(100vw-1.5rem))] max-h-[84vh] overflow-y-auto rounded-xl border border-zinc-200 bg-paper p-4 text-ink shadow-2xl backdrop:bg-black/50 dark:border-zinc-700 dark:bg-night dark:text-zinc-100';
  const header = document.createElement('div');
  header.className = 'mb-3 flex items-center justify-between';
  const title = document.createElement('h2');
  title.className = 'text-lg font-semibold';
  title.textContent = 'Search';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'min-h-11 rounded-md px-3 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800';
  close.textContent = 'Close';
  close.addEventListener('click', () => d.close());
  header.append(title, close);
  const body = document.createElement('div');
  d.append(header, body);
  d.addEventListener('close', () => returnTo?.focus());
  // Esc closes at once, even from a search field that still holds text (which would otherwise clear it first).
  d.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      d.close();
    }
  });
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  document.body.append(d);
  search = mountSearch(body, { idPrefix: 'search-dialog' });
  return d;
}

export function openSearchDialog(trigger: HTMLElement | null) {
  returnTo = trigger ?? (document.activeElement as HTMLElement | null);
  dialog ??= create();
  if (!dialog.open) dialog.showModal();
  search!.input.focus();
  search!.input.select();
}
