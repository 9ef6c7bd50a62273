// Takes screenshots of built pages in Chromium (desktop light and dark, phone width light and dark) into
// reports/screens/, for a person to look at. Needs `astro preview` running (npm start) or E2E_PORT pointing
// at one. With no paths it covers the home page and every page that shows data (the data pages and the
// chapters that place a data component), so phone layouts get looked at.
//   node scripts/screenshots.mjs [path ...]
import { chromium } from '@playwright/test';
import { mkdirSync, existsSync } from 'node:fs';

const port = process.env.E2E_PORT ?? 4321;
const DATA_PAGES = [
  'data/salaries/',
  'data/skills/',
  'data/roles/',
  'data/companies/',
  'chapters/salary/',
  'chapters/skills/',
  'chapters/roles-compared/',
  'chapters/hiring-companies/',
  'chapters/learning-path/',
];
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'chapters/what-is-an-ai-engineer/', ...DATA_PAGES];
const desktop = { width: 1440, height: 1000 };
const phone = { width: 360, height: 780 };
const shots = [
  ['light', desktop, 'light'],
  ['dark', desktop, 'dark'],
  ['phone', phone, 'light'],
  ['phone-dark', phone, 'dark'],
];
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
mkdirSync('reports/screens', { recursive: true });
for (const path of paths) {
  for (const [name, viewport, scheme] of shots) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    await page.goto(`http://localhost:${port}/${path}`);
    const file = `reports/screens/${(path || 'home').replace(/\/$/, '').replace(/\//g, '_')}-${name}.png`;
    await page.screenshot({ path: file, fullPage: name.startsWith('phone') });
    console.log(file);
    await page.close();
  }
}
await browser.close();
