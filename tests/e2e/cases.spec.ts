import { expect, expectAccessible, test } from './fixtures';

test('a visitor goes from home to a profile found by a Cyrillic spelling, then reads it in Kazakh', async ({ page, foreignRequests }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kazakhstan');
  for (const name of ['Erzhan Elshibayev', 'Nurbek Kushakbayev', 'Amin Yeleusinov', 'Aron Atabek']) {
    await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
  }

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page).toHaveURL(/\/en\/cases$/);
  await expect(page.getByRole('status')).toHaveText('4 profiles');

  await page.getByLabel('Status').selectOption({ label: 'Died' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status')).toHaveText('1 profile');
  await expect(page.getByRole('link', { name: 'Aron Atabek' })).toBeVisible();

  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page.getByRole('status')).toHaveText('4 profiles');
  await page.getByLabel('Name').fill('Кушакбаев');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status')).toHaveText('1 profile');
  await page.getByRole('link', { name: 'Nurbek Kushakbayev' }).click();

  await expect(page).toHaveURL(/\/en\/cases\/nurbek-kushakbayev$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nurbek Kushakbayev');
  await expect(page.getByRole('heading', { name: 'Charges' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();

  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(/\/kk\/cases\/nurbek-kushakbayev$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('heading', { name: 'Дереккөздер' })).toBeVisible();
  expect(foreignRequests).toEqual([]);
});

for (const q of ['Кушакбаев', 'Kushakbaev', 'kashakbayev', 'Qushaqbaev']) {
  test(`searching "${q}" finds Nurbek Kushakbayev`, async ({ page }) => {
    await page.goto(`/en/cases?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('status')).toHaveText('1 profile');
    await expect(page.getByRole('link', { name: 'Nurbek Kushakbayev' })).toBeVisible();
  });
}

test('the unconfirmed status of Erzhan Elshibayev is said, with its date', async ({ page }) => {
  await page.goto('/en/cases/erzhan-elshibayev');
  await expect(page.locator('.profile-status')).toContainText('Status not confirmed');
  await expect(page.locator('.profile-status')).toContainText('as of 15 December 2021');
});

test('Aron Atabek’s page is a memorial', async ({ page }) => {
  await page.goto('/ru/cases/aron-atabek');
  await expect(page.getByText('Светлая память')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Атабек');
});

test('nonsense filters are ignored and hostile search text is shown as text', async ({ page }) => {
  const response = await page.goto('/en/cases?status=bogus&sort=%27%3Bdrop&q=' + encodeURIComponent('<script>alert(1)</script>'));
  expect(response?.status()).toBe(200);
  let dialog = false;
  page.on('dialog', () => (dialog = true));
  await expect(page.getByRole('status')).toHaveText('No profiles match.');
  await expect(page.getByLabel('Name')).toHaveValue('<script>alert(1)</script>');
  expect(dialog).toBe(false);

  // 10,000 Latin letters fit in a URL and are answered; 10,000 Cyrillic ones (60 kB encoded) are
  // refused by the HTTP server with 431. Neither is a server error.
  const long = await page.request.get('/en/cases?q=' + 'k'.repeat(10_000));
  expect(long.status()).toBe(200);
  const longer = await page.request.get('/en/cases?q=' + encodeURIComponent('Ж'.repeat(10_000)));
  expect(longer.status()).toBeGreaterThanOrEqual(400);
  expect(longer.status()).toBeLessThan(500);
});

test('unknown pages answer 404 in the visitor’s language', async ({ page }) => {
  const missing = await page.goto('/ru/cases/nobody-here');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  await expectAccessible(page);

  const unknownPath = await page.goto('/kk/no-such-page');
  expect(unknownPath?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бет табылмады');
});

test('pages declare their language alternates', async ({ page }) => {
  await page.goto('/en/cases/aron-atabek');
  for (const lang of ['en', 'ru', 'kk']) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', new RegExp(`/${lang}/cases/aron-atabek$`));
  }
});
