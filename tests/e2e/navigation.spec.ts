import { test, expect } from '@playwright/test';
import { BASE_PATH, sidewaysScrollers } from './helpers';

test('a reader goes from the home page to a chapter and back', BASE_PATH, async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link', { name: /what an ai engineer is/i })
    .first()
    .click();
  await expect(page).toHaveURL(/chapters\/what-is-an-ai-engineer\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/AI engineer/i);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/AI engineer/i);
});

test('the home page leads a reader weighing a switch to "Should I switch?"', BASE_PATH, async ({ page }) => {
  await page.goto('./');
  await page.getByRole('main').getByRole('link', { name: 'Should I switch?', exact: true }).click();
  await expect(page).toHaveURL(/chapters\/what-is-an-ai-engineer\/#should-i-switch$/);
  const heading = page.getByRole('heading', { level: 2, name: 'Should I switch?' });
  await expect(heading).toBeInViewport();
  // Effort, payoff, odds and fit, each with its evidence and a link to the chapter that treats it in full.
  const section = page.locator('h2#should-i-switch + p + ul > li');
  await expect(section).toHaveCount(4);
  for (const [i, name] of ['Effort.', 'Payoff.', 'Odds.', 'Fit.'].entries()) {
    const item = section.nth(i);
    await expect(item).toContainText(name);
    expect(await item.getByRole('link').count(), `${name} links to its home`).toBeGreaterThan(0);
  }
  await expect(section.nth(0)).toContainText(/\d+ hours, about \d+ weeks/);
  await expect(section.nth(1)).toContainText(/\$\d/);
});

test('the table of contents jumps to each heading it lists', BASE_PATH, async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('chapters/skills/');
  const toc = page.getByRole('navigation', { name: 'On this page' }).last();
  const links = toc.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(3);
  for (const i of [1, count - 1]) {
    const link = links.nth(i);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const target = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
    await expect(target).toBeInViewport();
  }
});

test('previous and next follow the reading order and are inverse of each other', BASE_PATH, async ({ page }) => {
  await page.goto('chapters/what-is-an-ai-engineer/');
  const nav = page.getByRole('navigation', { name: 'Previous and next chapter' });
  await expect(nav.getByRole('link', { name: /previous/i })).toHaveCount(0);
  const first = page.url();
  await nav.getByRole('link', { name: /next/i }).click();
  await expect(page).not.toHaveURL(first);
  const secondTitle = await page.getByRole('heading', { level: 1 }).textContent();
  await page
    .getByRole('navigation', { name: 'Previous and next chapter' })
    .getByRole('link', { name: /previous/i })
    .click();
  await expect(page).toHaveURL(first);
  await page
    .getByRole('navigation', { name: 'Previous and next chapter' })
    .getByRole('link', { name: /next/i })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondTitle!);
});

test('the sidebar marks the current chapter and lists its part', BASE_PATH, async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('chapters/salary/');
  const nav = page.getByRole('navigation', { name: 'Guide' });
  await expect(nav).toBeVisible();
  await expect(nav.locator('[aria-current="page"]')).toHaveText(
    await page.getByRole('heading', { level: 1 }).innerText(),
  );
});

test('the phone-width menu opens, lists the parts, and navigates', BASE_PATH, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('chapters/skills/');
  const nav = page.getByRole('navigation', { name: 'Guide' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: 'Pay' }).click();
  await expect(page).toHaveURL(/parts\/pay\/$/);
  await expect(page.getByRole('navigation', { name: 'Guide' })).toBeHidden();
});

test('nothing on a chapter overflows a 360 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['', 'chapters/salary/', 'chapters/hiring-companies/', 'chapters/what-is-an-ai-engineer/']) {
    await page.goto(path);
    expect(await sidewaysScrollers(page), `horizontal overflow on /${path}`).toEqual([]);
  }
});

test('an unknown address shows the 404 page with ways back', BASE_PATH, async ({ page }) => {
  const response = await page.goto('chapters/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/does not exist/);
  await expect(page.getByRole('link', { name: /every chapter/i })).toBeVisible();
});
