// The note a page shows a reader who saved the guide (boot.ts loads it on pages their worker controls; the home and
// progress pages say the same in their panel instead): offline, that the page comes from the saved copy and from
// when; online with a newer build than the saved one, an offer to update the copy, with its size. Online with the
// copy up to date it shows nothing. A small box at the foot of the window, so nothing on the page moves.
import noticeCss from './notice.css?url';
import { loadStylesheet } from '../stylesheet';
import {
  bytesToSave,
  canSaveFrom,
  onlineManifest,
  saveCopy,
  savedCopy,
  savedDay,
  type Manifest,
  type SavedCopy,
} from './copy';
import { formatSize } from '../../lib/offline-copy.mjs';
import { url } from '../../lib/url';

/** The build whose update offer the reader put off, for this visit (tab): the offer comes back with a newer build or a new visit. */
const PUT_OFF = 'aieg-offline-put-off';

function button(label: string, onClick: () => void) {
  const b = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
  b.addEventListener('click', onClick);
  return b;
}

async function note(): Promise<{ box: HTMLElement; status: HTMLElement; actions: HTMLElement }> {
  await loadStylesheet(noticeCss);
  const box = Object.assign(document.createElement('section'), { className: 'offline-note' });
  box.setAttribute('aria-label', 'Saved copy of the guide');
  box.dataset.offlineNote = '';
  const status = Object.assign(document.createElement('p'), { className: 'offline-note-text' });
  status.setAttribute('role', 'status');
  const actions = Object.assign(document.createElement('div'), { className: 'offline-note-actions' });
  box.append(status, actions);
  document.body.append(box);
  return { box, status, actions };
}

function offerUpdate(saved: SavedCopy, online: Manifest, parts: Awaited<ReturnType<typeof note>>) {
  const { box, status, actions } = parts;
  if (!canSaveFrom(online)) {
    // This note is the saved copy's code; a newer build that keeps its list another way saves itself from its home page.
    status.textContent = `A newer version of the guide is online. The copy saved on this device is from ${savedDay(saved.savedAt)}; update it from the home page.`;
    actions.append(
      Object.assign(document.createElement('a'), { href: url(), textContent: 'Go to the home page' }),
      button('Not now', () => box.remove()),
    );
    return;
  }
  const size = formatSize(bytesToSave(saved, online));
  const finish = (message: string) => {
    status.textContent = message;
    const close = button('Close', () => box.remove());
    actions.replaceChildren(close);
    close.focus();
  };
  status.textContent = `A newer version of the guide is online. The copy saved on this device is from ${savedDay(saved.savedAt)}.`;
  const update = button(`Update the saved copy (${size})`, () => {
    actions.replaceChildren();
    const bar = Object.assign(document.createElement('progress'), { className: 'track', max: 1, value: 0 });
    bar.setAttribute('aria-label', 'Updating the saved copy');
    actions.append(bar);
    bar.tabIndex = -1;
    bar.focus();
    saveCopy(online, ({ done, total }) => {
      bar.max = Math.max(total, 1);
      bar.value = done;
      status.textContent = `Updating the saved copy: ${formatSize(done)} of ${formatSize(total)}.`;
    }).then(
      () => finish('The saved copy is up to date.'),
      () => finish('The update stopped before it finished. The saved copy you had still works; try again later.'),
    );
  });
  const later = button('Not now', () => {
    try {
      sessionStorage.setItem(PUT_OFF, online.build);
    } catch {
      /* storage blocked: the offer comes back on the next page */
    }
    box.remove();
  });
  actions.append(update, later);
}

export async function showNotice() {
  if (document.readyState !== 'complete')
    await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  const saved = await savedCopy();
  if (!saved) return;
  const online = await onlineManifest();
  if (online?.build === saved.manifest.build) return;
  if (online) {
    let putOff: string | null = null;
    try {
      putOff = sessionStorage.getItem(PUT_OFF);
    } catch {
      /* storage blocked */
    }
    if (putOff === online.build) return;
    offerUpdate(saved, online, await note());
    return;
  }
  const parts = await note();
  parts.status.textContent = `You are offline. This page comes from the copy of the guide saved on this device on ${savedDay(saved.savedAt)}.`;
  parts.actions.append(button('Close', () => parts.box.remove()));
}
