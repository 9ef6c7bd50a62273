// Takes screenshots of built pages in Chromium (light, dark, phone width) into reports/screens/,
// for a person to look at. Needs `astro preview` running (npm start) or E2E_PORT pointing at one.
//   node scripts/screenshots.mjs [path ...]
import { chromium } from '@playwright/test';
import { mkdirSync, existsSync } from 'node:fs';

const port = process.env.E2E_PORT ?? 4321;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'chapters/salary/', 'chapters/what-is-an-ai-engineer/'];
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
mkdirSync('reports/screens', { recursive: true });
for (const path of paths) {
  for (const [name, viewport, scheme] of [['light', { width: 1440, height: 1000 }, 'light'], ['dark', { width: 1440, height: 1000 }, 'dark'], ['phone', { width: 360, height: 780 }, 'light']]) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    await page.goto(`http://localhost:${port}/${path}`);
    const file = `reports/screens/${(path || 'home').replace(/\/$/, '').replace(/\//g, '_')}-${name}.png`;
    await page.screenshot({ path: file, fullPage: name === 'phone' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
