// Takes screenshots of built pages (desktop light and dark, phone width light and dark, and as printed on A4 from
// either theme in Chromium, whose driver can show print media) into reports/screens/,
// for a person to look at, in Chromium by default or in Firefox or WebKit (the engines of
// scripts/lib/browsers.mjs). Needs `astro preview` running (npm start) or E2E_PORT pointing at one. With no paths
// it covers the home page, a chapter, the tools and every page that shows data, so phone layouts get looked at;
// the posting reader is shown with its example posting read.
//   node scripts/screenshots.mjs [--engine chromium|firefox|webkit|all] [path ...]
import { mkdirSync } from 'node:fs';
import { ENGINES, openEngine } from './lib/browsers.mjs';

const args = process.argv.slice(2);
const flag = args.indexOf('--engine');
const wanted = flag >= 0 ? args.splice(flag, 2)[1] : 'chromium';
const engines = wanted === 'all' ? [...ENGINES] : [wanted];
for (const engine of engines)
  if (!ENGINES.includes(engine)) throw new Error(`--engine takes ${ENGINES.join(', ')} or all, not "${engine}".`);
const port = process.env.E2E_PORT ?? 4321;
const DATA_PAGES = [
  'data/salaries/',
  'data/skills/',
  'data/roles/',
  'data/companies/',
  'data/offer/',
  'data/roadmap/',
  'data/posting/',
  'progress/',
  'chapters/salary/',
  'chapters/skills/',
  'chapters/roles-compared/',
  'chapters/hiring-companies/',
  'chapters/learning-path/',
];
const paths = args.length ? args : ['', 'chapters/what-is-an-ai-engineer/', ...DATA_PAGES];
/** What a page needs before its picture says anything: the posting reader shows its result for the example posting. */
const PREPARE = {
  'data/posting/': async (web) => {
    for (let i = 0; i < 100 && !(await web.run(() => Boolean(document.querySelector('form[data-ready]')))); i++)
      await new Promise((r) => setTimeout(r, 100));
    await web.click('[data-example]');
    await web.run(() => window.scrollTo(0, 0));
  },
};
/** Name, dark system, width and height, printed. The print shots are A4 less print.css's margins (673 x 1000 CSS px). */
const shots = [
  ['light', false, 1440, 1000, false],
  ['dark', true, 1440, 1000, false],
  ['phone', false, 360, 780, false],
  ['phone-dark', true, 360, 780, false],
  ['print', false, 673, 1000, true],
  ['print-dark', true, 673, 1000, true],
];
mkdirSync('reports/screens', { recursive: true });

for (const engine of engines) {
  // The system theme is fixed when an engine starts, so each theme gets its own start.
  for (const dark of [false, true]) {
    const session = await openEngine(engine, { dark });
    for (const [name, , width, height, printed] of shots.filter(([, d]) => d === dark)) {
      for (const path of paths) {
        const web = await session.newPage();
        if (printed && !web.print) {
          console.log(`${engine}: no ${name} screenshots (its driver cannot show print media)`);
          await web.close();
          break;
        }
        await web.resize(width, height);
        await web.goto(`http://localhost:${port}/${path}`);
        if (printed) await web.print(true);
        await PREPARE[path]?.(web);
        const file = `reports/screens/${(path || 'home').replace(/\/$/, '').replace(/\//g, '_')}-${name}${engine === 'chromium' ? '' : `-${engine}`}.png`;
        await web.screenshot(file);
        console.log(file);
        await web.close();
      }
    }
    await session.close();
  }
}
