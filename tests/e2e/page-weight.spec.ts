import { randomBytes, randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { pickets } from '@/db/schema';
import { e2eDatabase } from '../support/e2e-database';
import { expect, expectAccessible, test } from './fixtures';

// Pages whose client components only render markup are served without the framework's scripts
// (lib/http/script-free-pages.ts); pages with a form keep them, but for the forms that post as
// plain forms: the petition page's sign form (tests/e2e/petitions.spec.ts), the subscribe form
// and the RSVP form (below), the proposal, letter and resolution forms (below; what each does
// with and without JavaScript: tests/e2e/pickets.spec.ts, letters.spec.ts).

/** The scripts a page loads, and the Origin of each form it posts. */
function watch(page: Page) {
  const scripts: string[] = [];
  const postOrigins: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    if (request.method() === 'POST') postOrigins.push(request.headers()['origin']);
  });
  return { scripts, postOrigins };
}

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

test('a page with a form posted from a link in mail keeps its scripts, and its language links are the React ones', async ({ page }) => {
  const { scripts } = watch(page);
  // The withdrawal page: it sends no referrer, so its action keeps React (lib/http/script-free-pages.ts).
  await page.goto('/en/withdraw/not-a-token');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts.some((s) => s.startsWith('/_next/static/chunks/'))).toBe(true);
  expect(scripts).not.toContain('/language-links.js');
});

// Each form's own script, the module it shares with the others, and the server's rule it runs.
const FORM_SCRIPTS = {
  '/pickets/propose': ['/picket-place.js', '/plain-form.js', '/rules/zone-names.js'],
  '/letters/write-for-erzhan-elshibayev': ['/letter-check.js', '/plain-form.js', '/rules/letter-text.js'],
  '/resolutions/submit': ['/plain-form.js', '/resolution-upload.js'],
};
for (const [path, own] of Object.entries(FORM_SCRIPTS)) {
  test(`${path} loads no framework script in en, ru and kk: the language links and its form's own`, async ({ page, foreignRequests }) => {
    const { scripts } = watch(page);
    for (const locale of ['en', 'ru', 'kk']) {
      scripts.length = 0;
      await page.goto(`/${locale}${path}`);
      await expect(page.locator('form[method="POST"]')).toBeVisible();
      // Module scripts are fetched once loaded and imported: wait for the last one.
      await expect.poll(() => scripts.length).toBe(own.length + 1);
      expect(scripts.sort()).toEqual(['/language-links.js', ...own].sort());
    }
    expect(foreignRequests).toEqual([]);
  });
}

test('the subscribe form posts as a plain form from a page without React: errors in the visitor’s language, values kept, focus on the first error', async ({
  page,
  baseURL,
  foreignRequests,
}) => {
  const { scripts, postOrigins } = watch(page);
  await page.goto('/ru/cases/aron-atabek');
  const form = page.getByRole('form', { name: /Следить за делом/ });
  await form.getByLabel('Адрес электронной почты').fill('not an address');
  await form.getByLabel('Язык писем').selectOption('kk');
  await form.getByRole('button', { name: 'Подписаться' }).click();
  await expect(form.getByLabel('Адрес электронной почты')).toHaveAccessibleDescription('Введите адрес электронной почты, например name@example.org.');
  await expect(form.getByLabel('Адрес электронной почты')).toBeFocused();
  await expect(form.getByLabel('Адрес электронной почты')).toHaveValue('not an address');
  await expect(form.getByLabel('Язык писем')).toHaveValue('kk');
  await expectAccessible(page);
  // The page and its answer: no framework script; the post carries our Origin, which the guards accept.
  expect(scripts).toEqual(['/language-links.js', '/language-links.js']);
  expect(postOrigins).toEqual([new URL(baseURL!).origin]);

  await form.getByLabel('Адрес электронной почты').fill(`plain-${randomBytes(4).toString('hex')}@example.org`);
  await form.getByRole('button', { name: 'Подписаться' }).click();
  await expect(page).toHaveURL(/\/kk\/subscriptions\/requested$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts.filter((s) => s.startsWith('/_next/'))).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('the RSVP form posts as a plain form from a picket’s page without React: errors, values and focus, then the notice', async ({ page, baseURL, foreignRequests }) => {
  const picket = { id: randomUUID(), title: `Plain picket ${randomBytes(3).toString('hex')}` };
  const start = new Date(Date.now() + 20 * 86_400_000);
  const { db, close } = e2eDatabase();
  await db.insert(pickets).values({
    id: picket.id,
    title: picket.title,
    description: 'Stand with Aron.',
    country: 'DE',
    city: 'Berlin',
    venue: 'Embassy',
    address: 'Nordsternstraße 3, Berlin',
    startsAt: start,
    endsAt: new Date(start.getTime() + 3_600_000),
    timeZone: 'Europe/Berlin',
    status: 'approved',
    organiserName: 'E2E',
    organiserEmail: 'picket@e2e.test',
    locale: 'en',
    proposalTokenHash: `plain-rsvp-${picket.id}`,
  });
  await close();

  const { scripts, postOrigins } = watch(page);
  await page.goto(`/ru/pickets/${picket.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(picket.title);
  await page.getByLabel('Ваше имя (необязательно)').fill('Гүлнар');
  await page.getByLabel('Ваш email').fill('not an address');
  await page.getByRole('button', { name: 'Записаться' }).click();
  await expect(page.getByLabel('Ваш email')).toHaveAccessibleDescription(/Пожалуйста, укажите адрес email, например name@example.org\./);
  await expect(page.getByLabel('Ваш email')).toBeFocused();
  await expect(page.getByLabel('Ваш email')).toHaveValue('not an address');
  await expect(page.getByLabel('Ваше имя (необязательно)')).toHaveValue('Гүлнар');
  await expectAccessible(page);
  expect(scripts).toEqual(['/language-links.js', '/language-links.js']);

  await page.getByLabel('Ваш email').fill(`plain-${randomBytes(4).toString('hex')}@example.org`);
  await page.getByRole('button', { name: 'Записаться' }).click();
  await expect(page.getByRole('status')).toHaveText('Спасибо. Откройте письмо, которое мы вам отправили, и подтвердите, что придёте.');
  expect(scripts.filter((s) => s.startsWith('/_next/'))).toEqual([]);
  expect(postOrigins).toEqual([new URL(baseURL!).origin, new URL(baseURL!).origin]);
  expect(foreignRequests).toEqual([]);
});
