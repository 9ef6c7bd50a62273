// What a returning reader sees on a chapter whose sections changed since they read them (watch.ts decides which):
// a quiet mark on each such section's heading (with words for screen readers), and a line under the title with the
// day of their last visit and a link to the first changed section. Loaded only then; its styles come with it.
import marksCss from './marks.css?url';
import { formatDate } from '../../lib/dates';
import { loadStylesheet } from '../stylesheet';

export async function showMarks(changed: string[], lastVisit: string) {
  await loadStylesheet(marksCss);
  const headings = changed.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  const first = headings[0]!;
  const title = first.textContent?.trim() ?? '';
  for (const heading of headings) {
    heading.dataset.changed = '';
    heading.append(
      Object.assign(document.createElement('span'), {
        className: 'sr-only',
        textContent: ' (changed since your last visit)',
      }),
    );
  }
  const note = document.querySelector<HTMLElement>('[data-changed-note]');
  if (!note) return;
  const day = formatDate(new Date(`${lastVisit}T00:00:00Z`));
  const link = Object.assign(document.createElement('a'), {
    href: `#${first.id}`,
    className: 'link',
    textContent: title,
  });
  note.replaceChildren(
    headings.length === 1
      ? `Changed since your last visit on ${day}: `
      : `${headings.length} sections changed since your last visit on ${day}, starting with `,
    link,
    '.',
  );
}
