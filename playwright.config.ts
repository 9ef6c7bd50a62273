import { defineConfig, devices } from '@playwright/test';
import { normaliseBase } from './src/lib/routes';
import { CHROMIUM_FLAGS, ENGINES, chromiumPath, type EngineName } from './scripts/lib/browsers.mjs';

// Debian's Chromium where it is installed (this project's machines; its headless shell first), else Playwright's own browser.
const systemChromium = chromiumPath({ shell: true });
const port = Number(process.env.E2E_PORT ?? 4321);
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig<object, { engine: EngineName }>({
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Every wait is for a signal, never a fixed time; on a loaded 2-core machine (CI runs two workers beside the flows'
  // lane) a signal can take several seconds, so a wait gives up after 15 s rather than Playwright's default 5 s.
  expect: { timeout: 15_000 },
  // Each run its own folder for failure artifacts: a run empties its folder when it starts, and scripts/test.sh
  // runs the flows beside the Chromium suite.
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON ?? 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    // A failed test keeps its trace (actions, console, network) and a screenshot. DOM snapshots and the screencast
    // are left out of the trace: recording them for every test cost about 40% more CPU on the interactive specs.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false, sources: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e', use: { ...devices['Desktop Chrome'] } },
    // The reader's core flows again in each engine (tests/cross-engine/, one flow written once). E2E_ENGINES picks
    // engines (e.g. E2E_ENGINES=webkit); scripts/test.sh runs them once, against the build at /.
    ...ENGINES.filter((engine) => (process.env.E2E_ENGINES ?? ENGINES.join(',')).split(',').includes(engine)).map(
      (engine) => ({
        name: engine === 'chromium' ? 'flows-chromium' : engine,
        testDir: 'tests/cross-engine',
        // The offline copy's flow (issue 24) runs in Chromium and Firefox. It passes in WebKit too (2026-12-06), where it
        // costs about 9 CPU seconds and 30 s of a worker: E2E_OFFLINE_WEBKIT=1 runs it there.
        testIgnore: engine === 'webkit' && !process.env.E2E_OFFLINE_WEBKIT ? /offline-flow\.spec\.ts$/ : undefined,
        // Firefox and WebKit are driven over WebDriver, each step a round trip: a flow takes longer on a busy machine.
        timeout: 60_000,
        use: { engine },
      }),
    ),
  ],
  // Always the built site: `astro preview` serves dist/ (GUIDE_OUT_DIR) exactly as a static host would.
  // --ignore-lock: Astro 7 tracks one server per project; suites against different builds may run side by side.
  webServer: {
    command: `npx astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
