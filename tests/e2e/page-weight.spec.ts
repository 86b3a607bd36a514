import { expect, expectAccessible, test } from './fixtures';

// Pages whose client components only render markup are served without the framework's scripts
// (lib/http/script-free-pages.ts); pages with a form keep them (the petition page's sign form
// posts as a plain form: tests/e2e/petitions.spec.ts).

test('a list loads no framework script, and its language links keep the filter and record the choice', async ({ page, foreignRequests }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/cases?status=deceased');
  await expect(page.getByRole('status')).toHaveText('1 profile');
  await expectAccessible(page);
  expect(scripts).toEqual(['/language-links.js']);

  const kazakh = page.getByRole('link', { name: 'Қазақша' });
  await expect(kazakh).toHaveAttribute('href', '/kk/cases?status=deceased');
  await kazakh.click();
  await expect(page).toHaveURL(/\/kk\/cases\?status=deceased$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('status')).toHaveText('1 профиль');
  expect((await page.context().cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('kk');
  await page.goto('/');
  await expect(page).toHaveURL(/\/kk$/);
  expect(foreignRequests).toEqual([]);
});

test('a page with a form keeps its scripts, and its language links are the React ones', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/cases/aron-atabek');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Aron Atabek');
  expect(scripts.some((s) => s.startsWith('/_next/static/chunks/'))).toBe(true);
  expect(scripts).not.toContain('/language-links.js');
});
