// The reader's core flows in every engine: read with the table of contents, the phone menu, search by keyboard,
// /search/?q=, the salary filters, progress (with the record of what was read) kept across a reload and carried by a
// file, ticking from the roadmap, and the theme.
import { test, expect, until, downloadedText } from './fixtures';

test('a chapter reads with its table of contents, and a contents link brings its heading into view', async ({
  web,
  at,
}) => {
  await web.goto(at('chapters/salary/'));
  const links = await web.run(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('nav[data-toc] a')].map((a) => a.getAttribute('href')),
  );
  expect(links.length, `${web.engine}: table of contents links`).toBeGreaterThan(3);
  const target = links[Math.min(3, links.length - 1)]!;
  await web.run(() => {
    document.querySelector<HTMLDetailsElement>('nav[data-toc] details')!.open = true;
  });
  await web.click(`nav[data-toc] a[href="${target}"]`);
  const landed = await until(
    web,
    `the heading ${target} in view`,
    (hash: string) => {
      const heading = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (location.hash !== hash || !heading) return false;
      const top = heading.getBoundingClientRect().top;
      return top >= -1 && top < innerHeight ? { top } : false;
    },
    target,
  );
  expect(landed.top, `${web.engine}: heading position`).toBeGreaterThanOrEqual(-1);
});

test('at phone width the guide menu opens as a popover and its links navigate', async ({ web, at }) => {
  await web.resize(390, 844);
  await web.goto(at(''));
  const width = await web.run(() => innerWidth);
  expect(width, `${web.engine}: a narrow window`).toBeLessThan(1024);
  expect(
    await web.run(() => document.querySelector('#sidebar')!.matches(':popover-open')),
    `${web.engine}: menu closed at first`,
  ).toBe(false);
  await web.click('button[popovertarget="sidebar"]');
  await until(web, 'the menu to open', () => document.querySelector('#sidebar')!.matches(':popover-open'));
  const href = await web.run(() =>
    document.querySelector<HTMLAnchorElement>('#sidebar a[href*="/chapters/"]')!.getAttribute('href')!,
  );
  await web.click(`#sidebar a[href="${href}"]`);
  await until(
    web,
    `the page ${href}`,
    (h: string) => location.pathname === h && document.readyState === 'complete',
    href,
  );
});

test('the search dialog works by keyboard: open, type, arrow down, Enter, and the words are marked on arrival', async ({
  web,
  at,
}) => {
  await web.goto(at('chapters/what-is-an-ai-engineer/'));
  // A key pressed before the page's scripts have run (WebKit's driver can return from a load early on a busy
  // machine) or before the window has the keyboard goes nowhere: wait for both.
  await until(
    web,
    'the page loaded, with the keyboard',
    () => document.readyState === 'complete' && document.hasFocus(),
  );
  await web.press('k', 'Control');
  // The dialog's code loads on this first press: on a busy machine that can take WebKit several seconds.
  await until(
    web,
    'the search dialog with its box focused',
    () => {
      const dialog = document.querySelector('dialog[open]');
      return (
        dialog && document.activeElement?.matches('input[type="search"]') && dialog.contains(document.activeElement)
      );
    },
    undefined,
    30_000,
  );
  await web.type('retrieval');
  // Results come while the reader types: wait for those of the whole word (the status names it), settled.
  const first = await until(web, 'the results for the whole word', () => {
    const dialog = document.querySelector('dialog[open]');
    const list = dialog?.querySelector('[aria-label="Search results"]');
    const link = list?.querySelector('a');
    const forWord = dialog?.querySelector('[role="status"]')?.textContent?.includes('“retrieval”');
    return forWord && list?.getAttribute('aria-busy') !== 'true' && link ? link.getAttribute('href')! : false;
  });
  await web.press('ArrowDown');
  const focused = await web.run(() => document.activeElement?.getAttribute('href'));
  expect(focused, `${web.engine}: ArrowDown moves to the first result`).toBe(first);
  await web.press('Enter');
  const marked = await until(
    web,
    'the result page with the searched word marked',
    (path: string) =>
      location.pathname === new URL(path, location.href).pathname &&
      document.querySelector('mark[data-search-hit]')?.textContent,
    first as string,
  );
  expect(marked.toLowerCase(), `${web.engine}: marked text`).toContain('retriev');
});

test('/search/?q= shows results for the query in the address', async ({ web, at }) => {
  await web.goto(at('search/?q=salary'));
  const value = await until(
    web,
    'the box filled from the address',
    () => document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]')?.value,
  );
  expect(value, `${web.engine}: box`).toBe('salary');
  const titles = await until(web, 'results on /search/', () => {
    const list = document.querySelector('[aria-label="Search results"]');
    const links = [...(list?.querySelectorAll('li a') ?? [])].map((a) => a.textContent ?? '');
    return list?.getAttribute('aria-busy') !== 'true' && links.length ? links : false;
  });
  expect(titles.join(' | '), `${web.engine}: results`).toMatch(/salar/i);
});

test('the salary explorer filters its table by level from the keyboard', async ({ web, at }) => {
  await web.goto(at('data/salaries/'));
  await until(
    web,
    'the filters to be enabled',
    () => !document.querySelector<HTMLFieldSetElement>('[data-filter-controls]')!.disabled,
  );
  const all = await web.run(() => document.querySelectorAll('tr[data-band]:not([hidden])').length);
  await web.run(() => document.querySelector<HTMLSelectElement>('[data-salary-filters] select[name="level"]')!.focus());
  await web.press('ArrowDown');
  const shown = await until(
    web,
    'the table to narrow to one level',
    (before: number) => {
      const select = document.querySelector<HTMLSelectElement>('[data-salary-filters] select[name="level"]')!;
      const rows = [...document.querySelectorAll<HTMLElement>('tr[data-band]')].filter(
        (r) => !r.hidden && r.offsetParent !== null,
      );
      return select.value && rows.length > 0 && rows.length < before
        ? { level: select.value, rows: rows.length }
        : false;
    },
    all,
  );
  expect(shown.rows, `${web.engine}: rows for ${shown.level}`).toBeLessThan(all);
});

test('a ticked milestone and the record of what was read survive a reload, and go out to a file and back in', async ({
  web,
  at,
}) => {
  // The reading record (src/client/seen/): the chapter's first screen, read for two seconds, is noted.
  await web.goto(at('chapters/salary/'));
  const read = () =>
    JSON.parse(localStorage.getItem('aieg-progress') ?? 'null')?.seen?.salary?.sections?.['short-answer'];
  const print = await until(web, 'the short answer noted as read', read);
  await web.goto(at('progress/'));
  const id = await until(web, 'the milestones to be ready', () => {
    const box = document.querySelector<HTMLInputElement>('#path input[type="checkbox"]:not(:disabled)');
    return box?.id || box?.name || box?.dataset.milestone || false;
  });
  await web.click('#path input[type="checkbox"]');
  await until(
    web,
    'the milestone ticked',
    () => document.querySelector<HTMLInputElement>('#path input[type="checkbox"]')!.checked,
  );
  await web.reload();
  await until(
    web,
    'the milestone still ticked after a reload',
    () => document.querySelector<HTMLInputElement>('#path input[type="checkbox"]')?.checked,
  );

  const file = await downloadedText(web, '[data-export]', 'the exported file');
  expect(JSON.parse(file), `${web.engine}: exported progress`).toMatchObject({
    version: 3,
    milestones: expect.anything(),
    seen: { salary: { sections: { 'short-answer': print } } },
  });

  // Reset, then import the file through the file picker's change event.
  await web.run(() => localStorage.clear());
  await web.reload();
  await until(
    web,
    'an empty path after the reset',
    () =>
      document.querySelector<HTMLInputElement>('#path input[type="checkbox"]:not(:disabled)') &&
      !document.querySelector<HTMLInputElement>('#path input[type="checkbox"]:checked'),
  );
  await web.run((text: string) => {
    const picker = document.querySelector<HTMLInputElement>('[data-import]')!;
    const files = new DataTransfer();
    files.items.add(new File([text], 'progress.json', { type: 'application/json' }));
    picker.files = files.files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
  }, file);
  await until(
    web,
    'the milestone ticked again from the file',
    () => document.querySelector<HTMLInputElement>('#path input[type="checkbox"]')!.checked,
  );
  expect(
    await until(web, 'the reading record back from the file', read),
    `${web.engine}: the reading record imported`,
  ).toBe(print);
  expect(id, `${web.engine}: milestone`).toBeTruthy();
});

test('a milestone ticked on the roadmap is ticked in the progress page’s list, and the next one is marked', async ({
  web,
  at,
}) => {
  await web.goto(at('data/roadmap/'));
  const [first, second] = await until(web, 'the roadmap with its progress drawn', () => {
    const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-roadmap] input[data-milestone]')];
    return document.querySelector('[data-roadmap][data-progress-shown]') && boxes.length > 1 && !boxes[0]!.disabled
      ? boxes.slice(0, 2).map((b) => b.dataset.milestone!)
      : false;
  });
  const state = (id: string) =>
    document.querySelector<HTMLInputElement>(`[data-roadmap] input[data-milestone="${id}"]`)!.closest('li')!.dataset
      .state;
  expect(await web.run(state, first!), `${web.engine}: the first milestone is next`).toBe('next');
  await web.click(`[data-roadmap] input[data-milestone="${first}"]`);
  await until(
    web,
    'the first milestone done and the second next',
    ([a, b]: string[]) => {
      const at = (id: string) =>
        document.querySelector<HTMLInputElement>(`[data-roadmap] input[data-milestone="${id}"]`)!.closest('li')!;
      return at(a!).dataset.state === 'done' && at(b!).dataset.state === 'next' && at(b!).textContent!.includes('Next');
    },
    [first!, second!],
  );
  // The tick is saved once the store's code has loaded: leaving before then would lose it.
  await until(
    web,
    'the tick saved',
    (id: string) => JSON.parse(localStorage.getItem('aieg-progress') ?? '{}').milestones?.[id],
    first!,
  );
  await web.goto(at('progress/'));
  await until(
    web,
    'the milestone ticked in the list',
    (id: string) => {
      const box = document.querySelector<HTMLInputElement>(`#path input[data-milestone="${id}"]`);
      return box && !box.disabled && box.checked;
    },
    first!,
  );
});

test('a dark system gets the dark theme, and the toggle switches to light and keeps it across a reload', async ({
  web,
  at,
}) => {
  const background = () => {
    const [r, g, b] = getComputedStyle(document.body)
      .backgroundColor.match(/\d+(\.\d+)?/g)!
      .map(Number);
    return {
      dark: document.documentElement.classList.contains('dark'),
      luminance: (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255,
    };
  };
  await web.goto(at('chapters/skills/'));
  const system = await web.run(background);
  expect(system, `${web.engine}: the system's dark theme`).toMatchObject({ dark: true });
  expect(system.luminance, `${web.engine}: dark background`).toBeLessThan(0.3);
  await web.click('[data-theme-toggle]');
  await until(web, 'the light theme', () => !document.documentElement.classList.contains('dark'));
  await web.reload();
  const after = await web.run(background);
  expect(after, `${web.engine}: the choice kept after a reload`).toMatchObject({ dark: false });
  expect(after.luminance, `${web.engine}: light background`).toBeGreaterThan(0.7);
});
