// The reading record on a chapter page (part of the reader's progress, src/client/progress/seen-record.ts). Started
// once the page is idle (src/client/progress/controls.ts -> ready.ts):
// - if the reader read this chapter before and some sections they read have changed since, it loads the marks
//   (marks.ts: a quiet mark on each such section, a line under the title), and nothing else does. It decides from
//   the saved entry as it is, like the controls' peek, without the store;
// - it notes each section the reader reads now, with the fingerprint it has in this build, through the store
//   (store.ts, with zod), which it loads when the first section has been read: a page only glanced at loads none of it.
// What "read" means: a section (from its `##` heading to the next) has been on screen for DWELL_MS without a break,
// in a visible tab, covering at least a third of the window, or all of the section if it is shorter than that. A
// section scrolled past, or left in a background tab, is not read; one never reached is not in the record, so it is
// never marked as changed.
import { changedSections, peekSeenChapter, recordReading } from '../progress/seen-record';
import { localDay } from '../../lib/dates';
import { VERSION, savedEntry } from '../progress/peek';

/** The progress entry's key and format, read as the controls' peek reads them (a test checks they agree with the store). */
export { KEY, VERSION } from '../progress/peek';

/** How long a section must stay on screen to count as read. */
export const DWELL_MS = 2000;

interface PageSections {
  chapter: string;
  /** Section id -> fingerprint, in page order (src/components/ChapterBody.astro). */
  sections: Record<string, string>;
}

function readPage(): PageSections | undefined {
  const data = document.querySelector('script[data-section-fingerprints]')?.textContent;
  if (!data) return undefined;
  try {
    const page = JSON.parse(data) as PageSections;
    return typeof page.chapter === 'string' && page.sections && typeof page.sections === 'object' ? page : undefined;
  } catch {
    return undefined;
  }
}

export function watchReading() {
  const page = readPage();
  const body = document.querySelector<HTMLElement>('[data-seen-chapter]');
  if (!page || !body) return;
  const entry = savedEntry();
  // Only an entry in this format has a reading record; an older one is migrated by the store when it next saves.
  const before =
    (entry as { version?: unknown } | undefined)?.version === VERSION
      ? peekSeenChapter(entry, page.chapter)
      : undefined;
  const changed = changedSections(before, page.sections);
  if (before && changed.length > 0) import('./marks').then((m) => m.showMarks(changed, before.at), console.warn);
  watchSections(page, body);
}

function watchSections(page: PageSections, body: HTMLElement) {
  const headings = Object.keys(page.sections)
    .map((id) => document.getElementById(id))
    .filter((h): h is HTMLElement => h !== null && body.contains(h));
  const read = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** Whether the i-th section is on screen as much as reading it takes. */
  const onScreen = (i: number) => {
    if (document.visibilityState !== 'visible') return false;
    const top = headings[i]!.getBoundingClientRect().top;
    const bottom = headings[i + 1]?.getBoundingClientRect().top ?? body.getBoundingClientRect().bottom;
    const shown = Math.min(bottom, innerHeight) - Math.max(top, 0);
    return shown > 0 && shown >= Math.min(innerHeight / 3, bottom - top) - 1;
  };

  const save = (id: string) => {
    read.add(id);
    if (read.size === headings.length) stop();
    import('../progress/store').then((store) => {
      const saved = store.updateProgress((p) => ({
        ...p,
        seen: recordReading(p.seen, page.chapter, page.sections, [id], localDay()),
      }));
      // Storage that is blocked, damaged or newer is never written: stop noting what is read (the store says why).
      if (!saved.ok) stop();
    }, console.warn);
  };

  const check = () => {
    headings.forEach((heading, i) => {
      const id = heading.id;
      if (read.has(id)) return;
      const timer = timers.get(id);
      if (!onScreen(i)) {
        if (timer !== undefined) clearTimeout(timer);
        timers.delete(id);
      } else if (timer === undefined) {
        timers.set(
          id,
          setTimeout(() => {
            timers.delete(id);
            if (onScreen(i)) save(id);
          }, DWELL_MS),
        );
      }
    });
  };

  const stop = () => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    removeEventListener('scroll', check);
    document.removeEventListener('visibilitychange', check);
  };
  // A window resized or a phone turned moves the sections too; the next scroll, or the check already running for a
  // section on screen, catches it.
  addEventListener('scroll', check, { passive: true });
  document.addEventListener('visibilitychange', check);
  check();
  // For tests and the curious: the page is keeping its reading record.
  body.dataset.reading = 'on';
}
