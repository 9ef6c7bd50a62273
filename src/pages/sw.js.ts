// The service worker, at the site's root so its scope is the whole guide: the offline copy's worker, or with
// GUIDE_OFFLINE=off the one that removes itself (src/client/offline/worker.ts). Browsers look for a new version of
// this file when a reader opens a page, so the switch reaches every reader who saved the guide.
import type { APIRoute } from 'astro';
import { workerScript } from '../client/offline/worker';
import { offlineEnabled } from '../lib/offline-copy.mjs';

export const GET: APIRoute = () =>
  new Response(workerScript(offlineEnabled()), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
