// The "Read it offline" panel on the home and progress pages (src/components/OfflinePanel.astro): save the whole
// guide on this device, watch the download, see when it was saved, update it when a newer build is online, or
// remove it. The button's label, with the download's size, is in the page as built; this code only changes it when
// part of the guide is already saved.
import {
  bytesToSave,
  canSave,
  canSaveFrom,
  onlineManifest,
  removeCopy,
  saveCopy,
  savedCopy,
  savedDay,
  type SavedCopy,
} from './copy';
import { formatSize } from '../../lib/offline-copy.mjs';

export async function initPanel(panel: HTMLElement) {
  const $ = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[data-offline-${name}]`)!;
  const status = $('status');
  const bar = $<HTMLProgressElement>('progress');
  const save = $<HTMLButtonElement>('save');
  const remove = $<HTMLButtonElement>('remove');
  const label = save.textContent?.trim() ?? '';
  bar.tabIndex = -1;
  status.tabIndex = -1;
  $('nojs').hidden = true;
  $('js').hidden = false;
  if (!canSave()) {
    save.hidden = true;
    status.textContent =
      'This browser cannot keep a copy of the guide here: it allows no service workers on this page (some private windows and older browsers do not).';
    return;
  }

  const show = async (saved: SavedCopy | undefined) => {
    bar.hidden = true;
    remove.hidden = !saved;
    if (!saved) {
      save.hidden = false;
      save.textContent = label;
      status.textContent = '';
      return;
    }
    const when = savedDay(saved.savedAt);
    const online = await onlineManifest();
    if (!online) {
      save.hidden = true;
      status.textContent = `You are offline, reading the copy of the guide saved on this device on ${when}.`;
    } else if (online.build === saved.manifest.build) {
      save.hidden = true;
      status.textContent = `The guide is saved on this device (${when}) and up to date: it works without a connection.`;
    } else {
      save.hidden = false;
      save.textContent = `Update the saved copy (${formatSize(bytesToSave(saved, online))})`;
      status.textContent = `A newer version of the guide is online. The copy saved on this device is from ${when}.`;
    }
  };

  save.addEventListener('click', async () => {
    save.hidden = true;
    remove.hidden = true;
    status.textContent = 'Starting the download…';
    const manifest = await onlineManifest();
    if (!manifest || !canSaveFrom(manifest)) {
      status.textContent = manifest
        ? 'The guide online has changed since this page opened. Reload the page, then save it.'
        : 'The guide’s site cannot be reached, so nothing was downloaded. Try again when you are online.';
      save.hidden = false;
      return;
    }
    bar.hidden = false;
    // The button goes while the download runs: the reader's focus moves to the bar that replaces it, then to the outcome.
    bar.focus();
    try {
      const saved = await saveCopy(manifest, ({ done, total }) => {
        bar.max = Math.max(total, 1);
        bar.value = done;
        status.textContent = `Saving the guide on this device: ${formatSize(done)} of ${formatSize(total)}.`;
      });
      await show(saved);
      status.textContent = `Saved. Every chapter, data page, the offer calculator, the study plan and search now work on this device without a connection (saved ${savedDay(saved.savedAt)}).`;
      status.focus();
    } catch {
      bar.hidden = true;
      save.hidden = false;
      save.focus();
      status.textContent =
        'The download stopped before it finished. What was saved is kept: press the button again to finish.';
    }
  });

  remove.addEventListener('click', async () => {
    await removeCopy();
    await show(undefined);
    status.textContent = 'The saved copy is removed from this device.';
    save.focus();
  });

  const saved = await savedCopy();
  await show(saved);
}
