import { randomBytes, randomUUID } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import type { Page } from '@playwright/test';
import { pickets } from '@/db/schema';
import { localDate } from '@/lib/pickets/time';
import { e2eDatabase } from '../support/e2e-database';
import { organiserWithSession, useSession } from './admin-support';
import { openMail as openMailWithin } from '../support/mailbox';
import { expect, expectAccessible, test } from './fixtures';

/** A case update's mail waits for the fan-out job and then the mail worker. */
const openMail = (page: Page, to: string, subject: RegExp | string) => openMailWithin(page, to, subject, 60_000);

test.describe.configure({ timeout: 180_000 });

async function publishUpdate(page: Page, title: { en: string; ru: string }, link?: string) {
  await page.goto('/admin/updates');
  const form = page.getByRole('group', { name: 'Contents of the update' });
  await form.getByLabel('Case').selectOption({ label: 'Erzhan Elshibayev' });
  await form.getByRole('group', { name: 'English' }).getByLabel('Title').fill(title.en);
  await form.getByRole('group', { name: 'English' }).getByLabel('Text').fill('He was **moved** to another colony. <script>alert(1)</script>');
  await form.getByRole('group', { name: 'Russian' }).getByLabel('Title').fill(title.ru);
  await form.getByRole('group', { name: 'Russian' }).getByLabel('Text').fill('Его **этапировали** в другую колонию.');
  if (link) await form.getByLabel('Link to').selectOption({ label: link });
  await form.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title.en })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Preview of the page' }).locator('strong').first()).toHaveText('moved');
  // The email preview: the worker's template and renderer, in the reader's language, script removed.
  const editor = page.url();
  await page.getByRole('region', { name: 'Preview of the email' }).getByRole('link', { name: 'Email in Russian' }).click();
  await expect(page.getByText(title.ru)).toBeVisible();
  await expect(page.locator('strong', { hasText: 'этапировали' })).toBeVisible();
  expect(await page.content()).not.toContain('<script>alert');
  await page.goto(editor);
  const publish = page.getByRole('group', { name: 'When' });
  await publish.getByLabel('Now').check();
  const started = Date.now();
  await publish.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('region', { name: 'Sending' })).toBeVisible();
  await expect(page).toHaveTitle(/Update/);
  return Date.now() - started;
}

test('a supporter subscribes on a profile, confirms, gets an update in their language, unsubscribes with one click, and gets no more', async ({
  page,
  context,
  baseURL,
  request,
}) => {
  const email = `follower-${randomBytes(4).toString('hex')}@example.org`;

  // Subscribe on the profile, in Russian.
  await page.goto('/ru/cases/erzhan-elshibayev');
  const form = page.getByRole('form', { name: /Следить за делом/ });
  await form.getByLabel('Адрес электронной почты').fill('not an address');
  await form.getByRole('button', { name: 'Подписаться' }).click();
  await expect(form.getByText('Введите адрес электронной почты, например name@example.org.')).toBeVisible();
  await expect(form.getByLabel('Адрес электронной почты')).toHaveValue('not an address');
  await form.getByLabel('Адрес электронной почты').fill(email);
  await form.getByLabel('Язык писем').selectOption('ru');
  await form.getByRole('button', { name: 'Подписаться' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Проверьте почту' })).toBeVisible();
  // After a client-side navigation the title follows the page a moment later.
  await expect(page).toHaveTitle(/Проверьте почту/);
  await expectAccessible(page);

  // Confirm from the local mailbox.
  await openMail(page, email, /Подтвердите подписку/);
  const confirm = await page.frameLocator('iframe').getByRole('link', { name: 'Подтвердить подписку' }).getAttribute('href');
  await page.goto(confirm!);
  await expect(page.getByRole('heading', { level: 1, name: 'Подписка подтверждена' })).toBeVisible();
  await expectAccessible(page);
  // A second visit (the person after their mail scanner) says the same.
  await page.goto(confirm!);
  await expect(page.getByRole('heading', { level: 1, name: 'Подписка подтверждена' })).toBeVisible();

  // An organiser publishes; publishing returns at once, the mail goes out from the queue.
  const organiser = await organiserWithSession('organiser');
  await useSession(context, baseURL!, organiser.sessionToken);
  const first = { en: `Transferred ${randomBytes(3).toString('hex')}`, ru: `Этапирован ${randomBytes(3).toString('hex')}` };
  const took = await publishUpdate(page, first);
  expect(took).toBeLessThan(10_000);
  await expectAccessible(page);

  // The update is on the profile's timeline and on /updates, without the script.
  await page.goto('/ru/cases/erzhan-elshibayev');
  await expect(page.getByRole('heading', { level: 3, name: first.ru })).toBeVisible();
  await page.goto('/en/updates');
  await expect(page.getByRole('heading', { level: 2, name: first.en })).toBeVisible();
  expect(await page.locator('.update-body script').count()).toBe(0);
  await expectAccessible(page);

  // The mail arrives in Russian with the one-click unsubscribe headers.
  await openMail(page, email, new RegExp(first.ru));
  await expect(page.getByText('List-Unsubscribe-Post: List-Unsubscribe=One-Click')).toBeVisible();
  const headers = await page.getByText('List-Unsubscribe-Post: List-Unsubscribe=One-Click').textContent();
  const unsubscribeUrl = /List-Unsubscribe: <([^>]+)>/.exec(headers!)![1]!;
  await expect(page.frameLocator('iframe').getByText('этапировали', { exact: true })).toBeVisible();
  await expect(page.frameLocator('iframe').getByRole('link', { name: 'Читать на странице дела' }).first()).toBeVisible();
  // Their own signed link opens their preferences, with the case they follow ticked.
  const preferences = await page.frameLocator('iframe').getByRole('link', { name: 'управлять подпиской' }).getAttribute('href');
  await page.goto(preferences!);
  await expect(page.getByRole('heading', { level: 1, name: 'Ваши новости о делах' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Ержан/ })).toBeChecked();

  // One click, as a mail client does it (RFC 8058): a POST to the header's URL.
  const response = await request.post(unsubscribeUrl, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(response.status()).toBe(200);

  // The next update, calling people to an approved picket, does not reach them.
  const picket = { id: randomUUID(), title: `Picket ${randomBytes(3).toString('hex')}` };
  const start = new Date(Date.now() + 20 * 86_400_000);
  const { db, close } = e2eDatabase();
  await db.insert(pickets).values({
    id: picket.id,
    title: picket.title,
    description: 'Stand with Erzhan.',
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
    proposalTokenHash: `update-link-${picket.id}`,
  });
  await close();
  const second = { en: `Trial date ${randomBytes(3).toString('hex')}`, ru: `Дата суда ${randomBytes(3).toString('hex')}` };
  await publishUpdate(page, second, `Picket: ${picket.title} (${localDate(start, 'Europe/Berlin')}, Berlin)`);
  const sending = page.getByRole('region', { name: 'Sending' });
  await expect(async () => {
    await page.reload();
    await expect(sending.getByText('Every recipient is queued.')).toBeVisible({ timeout: 1000 });
    await expect(sending.getByTestId('progress-queued')).toHaveText('0', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  expect(Number(await sending.getByTestId('progress-suppressed').textContent())).toBeGreaterThanOrEqual(1);
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('row').filter({ hasText: email }).getByRole('link', { name: new RegExp(second.ru) })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: email }).getByRole('link', { name: new RegExp(first.ru) })).toHaveCount(1);
  // The page of that update sends readers to the picket's page.
  await page.goto('/en/updates');
  await page.getByRole('link', { name: `Come to the picket: ${picket.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: picket.title })).toBeVisible();
});

test('the Atom feeds are well-formed Atom 1.0 and a tampered preference link offers a new one', async ({ page, request }) => {
  for (const url of ['/api/feeds/updates/en', '/api/feeds/cases/aron-atabek/kk']) {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(await response.text(), 'application/xml');
    expect(errors).toEqual([]);
    expect(doc.documentElement!.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(doc.documentElement!.getElementsByTagName('id').length).toBeGreaterThan(0);
  }
  expect((await request.get('/api/feeds/cases/nobody/en')).status()).toBe(404);

  const response = await page.goto('/kk/subscriptions/preferences?token=00000000-0000-0000-0000-000000000000.zzzzzz.forged');
  expect(response!.status()).toBeLessThan(500);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Бұл сілтеме жарамсыз');
  await page.getByLabel('Электрондық пошта мекенжайыңыз').fill('nobody@example.org');
  await page.getByRole('button', { name: 'Сілтеме жіберу' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('жаңа сілтемесі бар хат жолда');
  await expectAccessible(page);
});
