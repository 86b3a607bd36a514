import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test gets a page that records requests to any origin but our own; the test fails if
 * one is made. Supporters may be at risk: a page must never call out to a CDN, font host or tracker.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) foreign.push(url);
    });
    await use(foreign);
    expect(foreign, 'requests that left the origin').toEqual([]);
  },
});

export { expect };

/** Runs axe with the WCAG 2.1 A and AA rules and fails on any violation, listing them. */
export async function expectAccessible(page: Page) {
  // After a client-side navigation the new page's <title> streams in with its metadata, a moment
  // after the heading: check the page once it has settled, and fail if it never gets a title.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
