// The slice of a part's chapters the sidebar lists: all of them in a small part, else a window around the
// current chapter. Keeps each page's size independent of how many chapters the guide has.

export const NAV_WINDOW = 12;

export function navWindow<T extends { id: string }>(chapters: T[], currentId: string | undefined, size = NAV_WINDOW) {
  if (chapters.length <= size) return { items: chapters, hiddenBefore: 0, hiddenAfter: 0 };
  const at = Math.max(
    0,
    chapters.findIndex((c) => c.id === currentId),
  );
  const start = Math.min(Math.max(0, at - Math.floor(size / 2)), chapters.length - size);
  return {
    items: chapters.slice(start, start + size),
    hiddenBefore: start,
    hiddenAfter: chapters.length - start - size,
  };
}
