// Keys inside the search interface: the arrow keys move between the field and the result links, and
// Enter in the field opens the first result (searching at once if typing has not paused yet).
// Esc belongs to the dialog (dialog.ts); Ctrl/Cmd+K and "/" open search from anywhere, so they live in
// the few bytes every page loads up front (boot.ts).

/**
 * Where an arrow key moves focus from the result link at `index` (-1: the field or anything else) among
 * `count` links: a link's index, -1 for the field, or undefined when the key does nothing.
 */
export function arrowTarget(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowDown') return Math.min(index + 1, count - 1);
  if (key === 'ArrowUp') return index <= 0 ? -1 : index - 1;
  return undefined;
}

interface KeyOptions {
  /** Whether a search is waiting for typing to pause. */
  pending(): boolean;
  /** Runs the search for what is typed now. */
  searchNow(): Promise<void>;
}

/** Listens for the keys on the whole interface (`container`): the field, the filters and the results `list`. */
export function listenForKeys(
  container: HTMLElement,
  input: HTMLInputElement,
  list: HTMLElement,
  { pending, searchNow }: KeyOptions,
) {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  container.addEventListener('keydown', (event) => {
    const all = links();
    const target = arrowTarget(event.key, all.indexOf(document.activeElement as HTMLAnchorElement), all.length);
    if (target !== undefined) {
      event.preventDefault();
      (target < 0 ? input : all[target]!).focus();
    } else if (event.key === 'Enter' && document.activeElement === input) {
      event.preventDefault();
      if (pending()) void searchNow().then(() => links()[0]?.click());
      else all[0]?.click();
    }
  });
}
