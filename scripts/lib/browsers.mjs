// The one place that knows how to start a browser on these machines, for the tests, the screenshots, Lighthouse
// and the benchmark. Three engines:
//   chromium  Debian's Chromium (CHROME_PATH; for tests its headless shell, else /usr/bin/chromium) or Playwright's own,
//             driven by Playwright
//   firefox   Debian's Firefox ESR (FIREFOX_PATH, /usr/bin/firefox-esr), driven by puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser (Safari's engine), driven by selenium-webdriver through WebKitWebDriver
//             under Xvfb (WEBKIT_BROWSER, WEBKIT_DRIVER to override the paths)
// Playwright cannot download its own Firefox or WebKit here, so the two are driven through their own protocols.
// `openEngine()` hides the three behind one small page interface, so a reader's flow is written once
// (tests/cross-engine/) and runs in each.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';

/** Flags for Chromium on a closed network: without the background-networking ones it floods it with refused connections. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Debian's Chromium (or CHROME_PATH) when present; undefined lets Playwright use its own browser. With `shell`, its
 * headless shell first (package chromium-headless-shell): the same engine without the desktop browser around it, as
 * Playwright's own headless Chromium is; it takes less than half the CPU of the full browser for the same page loads
 * here, which is what the test suite needs on two cores. Lighthouse and the benchmark keep the full browser.
 */
export function chromiumPath({ shell = false } = {}) {
  const debian = shell ? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'] : ['/usr/bin/chromium'];
  return [process.env.CHROME_PATH, ...debian, '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
}

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);
/** @typedef {(typeof ENGINES)[number]} EngineName */

const FIREFOX = () => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_BROWSER = () => process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = () => process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';

/** Why an engine cannot start here, in words a person can act on; undefined when it can. */
export function missingEngine(/** @type {EngineName} */ name) {
  const need = (path, pkg) =>
    existsSync(path)
      ? undefined
      : `${path} is missing: install Debian's ${pkg} package (apt-get install -y --no-install-recommends ${pkg}).`;
  if (name === 'firefox') return need(FIREFOX(), 'firefox-esr');
  if (name === 'webkit')
    return (
      need(WEBKIT_DRIVER(), 'webkit2gtk-driver') ??
      need(WEBKIT_BROWSER(), 'webkit2gtk-driver') ??
      need('/usr/bin/xvfb-run', 'xvfb')
    );
  return undefined;
}

/**
 * @typedef {object} Web  One open page, the same in every engine.
 * @property {EngineName} engine
 * @property {(url: string) => Promise<void>} goto        load a URL and wait for the load event
 * @property {() => Promise<void>} reload
 * @property {<T, A>(fn: (arg: A) => T, arg?: A) => Promise<Awaited<T>>} run   run a function in the page (serialised: it sees only its argument)
 * @property {(css: string) => Promise<void>} click        a real click on the first element matching css
 * @property {(text: string) => Promise<void>} type        type into the focused element, key by key
 * @property {(key: string, modifier?: 'Control') => Promise<void>} press   ArrowDown, Enter, Escape, Tab, or a letter
 * @property {(width: number, height: number) => Promise<void>} resize
 * @property {(path: string) => Promise<void>} screenshot  a PNG of the viewport
 * @property {((on: boolean) => Promise<void>) | undefined} print  show the page as printed (print media) or as on screen; undefined where the driver cannot (Firefox over BiDi, WebKit)
 * @property {((offline: boolean) => Promise<void>) | undefined} setOffline  take the network away and give it back, in the
 *           engines whose driver can (Chromium); elsewhere undefined, and a test stops its server instead
 * @property {() => Promise<string[]>} errors  console errors and uncaught exceptions seen so far
 * @property {() => Promise<void>} close
 */

/** @typedef {{ engine: EngineName, newPage: () => Promise<Web>, close: () => Promise<void> }} Session */

/**
 * Starts an engine with the system set to the dark theme when `dark` (each engine takes it only at start:
 * a Chromium context, a Firefox preference, MiniBrowser's --dark-mode).
 * @param {EngineName} name
 * @returns {Promise<Session>}
 */
export async function openEngine(name, { dark = false } = {}) {
  const missing = missingEngine(name);
  if (missing) throw new Error(`${name}: cannot start. ${missing}`);
  if (name === 'chromium') return openChromium(dark);
  if (name === 'firefox') return openFirefox(dark);
  return openWebkit(dark);
}

const KEY_NAMES = { ArrowDown: 'ArrowDown', ArrowUp: 'ArrowUp', Enter: 'Enter', Escape: 'Escape', Tab: 'Tab' };

async function openChromium(dark) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromiumPath({ shell: true }), args: CHROMIUM_FLAGS });
  return {
    engine: 'chromium',
    close: () => browser.close(),
    async newPage() {
      const context = await browser.newContext({
        colorScheme: dark ? 'dark' : 'light',
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      return {
        engine: 'chromium',
        goto: async (url) => void (await page.goto(url)),
        reload: async () => void (await page.reload()),
        run: (fn, arg) => page.evaluate(fn, arg),
        click: (css) => page.locator(css).first().click(),
        type: (text) => page.keyboard.type(text),
        press: (key, modifier) => page.keyboard.press(modifier ? `${modifier}+${key}` : key),
        resize: (width, height) => page.setViewportSize({ width, height }),
        screenshot: async (path) => void (await page.screenshot({ path })),
        print: (on) => page.emulateMedia({ media: on ? 'print' : 'screen' }),
        setOffline: (offline) => context.setOffline(offline),
        errors: async () => [...errors],
        close: () => context.close(),
      };
    },
  };
}

async function openFirefox(dark) {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX(),
    headless: true,
    // Firefox reads the system theme from this preference; 0 is light, 1 dark.
    extraPrefsFirefox: { 'ui.systemUsesDarkTheme': dark ? 1 : 0, 'browser.download.start_downloads_in_tmp_dir': true },
  });
  return {
    engine: 'firefox',
    close: () => browser.close(),
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      return {
        engine: 'firefox',
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        run: (fn, arg) => page.evaluate(fn, arg),
        click: async (css) => {
          const el = await page.waitForSelector(css, { visible: true });
          await el.click();
        },
        type: (text) => page.keyboard.type(text),
        press: async (key, modifier) => {
          if (modifier) await page.keyboard.down(modifier);
          await page.keyboard.press(KEY_NAMES[key] ?? key);
          if (modifier) await page.keyboard.up(modifier);
        },
        resize: (width, height) => page.setViewport({ width, height }),
        screenshot: async (path) => void (await page.screenshot({ path })),
        // WebDriver BiDi cannot emulate print media yet (puppeteer's emulateMediaType needs CDP).
        print: undefined,
        // puppeteer-core's offline mode over WebDriver BiDi leaves the service worker's own requests online.
        setOffline: undefined,
        errors: async () => [...errors],
        close: () => context.close(),
      };
    },
  };
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve) => {
    import('node:net').then(({ createServer }) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
        s.close(() => resolve(port));
      });
    });
  });
}

/** Resolves once something listens on the port (the driver is up), or rejects after `ms`. */
async function waitForPort(port, ms) {
  const until = Date.now() + ms;
  for (;;) {
    const up = await new Promise((ok) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        ok(true);
      });
      socket.on('error', () => ok(false));
    });
    if (up) return;
    if (Date.now() > until)
      throw new Error(`webkit: WebKitWebDriver did not listen on port ${port} within ${ms / 1000} s.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * WebKitWebDriver has no log endpoint and no BiDi, and MiniBrowser's automation views do not print their console,
 * so errors are caught by listeners the page gets as soon as it has loaded: anything thrown or logged as an error
 * after that is reported; a script that failed while the page loaded shows as a flow that does not work.
 */
const WATCH = `if (!window.__engineErrors) {
  window.__engineErrors = [];
  const keep = (m) => window.__engineErrors.push(String(m));
  const original = console.error.bind(console);
  console.error = (...a) => { keep(a.join(' ')); original(...a); };
  addEventListener('error', (e) => keep(e.message || 'resource failed to load: ' + (e.target && (e.target.src || e.target.href))), true);
  addEventListener('unhandledrejection', (e) => keep('unhandled rejection: ' + (e.reason && e.reason.message || e.reason)));
  addEventListener('securitypolicyviolation', (e) => keep('CSP blocked ' + e.blockedURI + ' (' + e.violatedDirective + ')'));
}`;

async function openWebkit(dark) {
  const { Builder, By, Key } = await import('selenium-webdriver');
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', WEBKIT_DRIVER(), `--port=${port}`], { stdio: 'ignore', detached: true });
  const stopDriver = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  try {
    await waitForPort(port, 20_000);
  } catch (error) {
    stopDriver();
    throw error;
  }
  const keys = {
    ArrowDown: Key.ARROW_DOWN,
    ArrowUp: Key.ARROW_UP,
    Enter: Key.ENTER,
    Escape: Key.ESCAPE,
    Tab: Key.TAB,
    Control: Key.CONTROL,
  };
  const sessions = [];
  return {
    engine: 'webkit',
    async close() {
      await Promise.allSettled(sessions.map((d) => d.quit()));
      stopDriver();
    },
    async newPage() {
      // One WebDriver session per page: each starts with empty storage, like a new browser context. Starting one
      // now and then never answers on a busy machine (MiniBrowser does not come up): after 20 s, one more try.
      const start = () =>
        new Builder()
          .usingServer(`http://127.0.0.1:${port}`)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {
              binary: WEBKIT_BROWSER(),
              args: ['--automation', ...(dark ? ['--dark-mode'] : [])],
            },
          })
          .build();
      const within = (/** @type {Promise<any>} */ p, /** @type {number} */ ms) =>
        Promise.race([
          p,
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error(`webkit: no WebDriver session after ${ms / 1000} s`)), ms),
          ),
        ]);
      const first = start();
      const d = await within(first, 20_000).catch(async (error) => {
        first.then((late) => late.quit()).catch(() => {}); // if the first one comes up after all, close it
        console.warn(`${error.message}; starting another`);
        return within(start(), 30_000);
      });
      sessions.push(d);
      const seen = [];
      const collect = async () => {
        const found = await d
          .executeScript('const e = window.__engineErrors || []; window.__engineErrors = []; return e;')
          .catch(() => []);
        seen.push(...found);
      };
      const watch = () => d.executeScript(WATCH);
      const loaded = () =>
        d.wait(
          () => d.executeScript('return document.readyState === "complete"'),
          30_000,
          'webkit: the page did not finish loading in 30 s',
        );
      return {
        engine: 'webkit',
        // WebKitWebDriver can return from a navigation before the load event on a busy machine: wait for it, so a
        // flow never acts before the page's scripts have run.
        goto: async (url) => {
          await collect();
          await d.get(url);
          await loaded();
          await watch();
        },
        reload: async () => {
          await collect();
          await d.navigate().refresh();
          await loaded();
          await watch();
        },
        run: async (fn, arg) => {
          const result = await d.executeScript(`return (${fn.toString()}).apply(null, arguments)`, arg);
          await watch(); // the function may have navigated
          return result;
        },
        click: async (css) => {
          await d.findElement(By.css(css)).click();
          await watch().catch(() => {});
        },
        type: (text) => d.actions().sendKeys(text).perform(),
        press: async (key, modifier) => {
          const k = keys[key] ?? key;
          const actions = d.actions();
          if (modifier) actions.keyDown(keys[modifier]);
          actions.sendKeys(k);
          if (modifier) actions.keyUp(keys[modifier]);
          await actions.perform();
          await watch().catch(() => {});
        },
        setOffline: undefined,
        // MiniBrowser's window has a minimum width (about 450 px, its toolbar): narrower requests get that.
        resize: (width, height) => d.manage().window().setRect({ width, height }),
        screenshot: async (path) => {
          const { writeFileSync } = await import('node:fs');
          writeFileSync(path, Buffer.from(await d.takeScreenshot(), 'base64'));
        },
        print: undefined,
        errors: async () => {
          await collect();
          return [...seen];
        },
        close: async () => {
          await collect();
          await d.quit();
          sessions.splice(sessions.indexOf(d), 1);
        },
      };
    },
  };
}
