import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { organiserWithSession, SESSION_COOKIE, useSession } from './admin-support';
import { signAndConfirm } from '../support/mailbox';
import { expect, expectAccessible, test } from './fixtures';

// The organiser's whole round: create, open, signatures in and one invalidated, a block list, paper
// signatures, delivery. Signing goes through the public form and the mailbox, as in petitions.spec.ts.
test.describe.configure({ timeout: 180_000 });

const unique = () => randomBytes(4).toString('hex');
const countOf = async (page: Page) => Number((await page.getByRole('progressbar').getAttribute('value')) ?? NaN);

test('an organiser creates and opens a petition, invalidates a signature, blocks a domain, adds paper signatures and records the delivery', async ({
  page,
  context,
  baseURL,
  foreignRequests,
}) => {
  const organiser = await organiserWithSession('organiser');
  await useSession(context, baseURL!, organiser.sessionToken);
  const slug = `e2e-petition-${unique()}`;
  const title = `Free the striking drivers ${slug}`;

  // Create: a bad goal comes back as a field error with everything typed kept.
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Petitions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Petitions');
  await expectAccessible(page);
  const form = page.getByRole('group', { name: 'Petition texts and dates' });
  await form.getByLabel('Slug (in the address) (required)').fill(slug);
  await form.getByRole('group', { name: /^Title/ }).getByLabel('English').fill(title);
  await form.getByRole('group', { name: /^Title/ }).getByLabel('Russian').fill('Свободу бастующим водителям');
  await form.getByRole('group', { name: /^Title/ }).getByLabel('Kazakh').fill('Ереуілдегі жүргізушілерге бостандық');
  await form.getByRole('group', { name: /^Addressed to/ }).getByLabel('English').fill('The Prosecutor General of Kazakhstan');
  await form.getByRole('group', { name: /^Summary/ }).getByLabel('English').fill('Drop the charges against the drivers.');
  await form.getByRole('group', { name: /^Text/ }).getByLabel('English').fill('They stopped work for a fair wage.');
  await form.getByLabel('Goal (signatures) (required)').fill('a thousand');
  await form.getByRole('button', { name: 'Create petition' }).click();
  await expect(form.getByText('Enter a whole number.')).toBeVisible();
  await expect(form.getByLabel('Goal (signatures) (required)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('group', { name: /^Title/ }).getByLabel('Kazakh')).toHaveValue('Ереуілдегі жүргізушілерге бостандық');
  await expectAccessible(page);
  await form.getByLabel('Goal (signatures) (required)').fill('1000');
  await form.getByRole('button', { name: 'Create petition' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const adminUrl = page.url();
  await expect(page.getByText('This petition is draft.')).toBeVisible();
  await expectAccessible(page);

  // A draft is not public; opened, it is.
  expect((await page.request.get(`/en/petitions/${slug}`)).status()).toBe(404);
  await page.getByRole('button', { name: 'Open for signing' }).click();
  await expect(page.getByRole('status')).toHaveText('Petition opened.');
  await page.goto('/en/petitions');
  await expect(page.getByRole('link', { name: new RegExp(title) }).first()).toBeVisible();

  // Two people sign; the map and the table show their countries.
  const keep = `keep-${unique()}@example.org`;
  const bot = `bot-${unique()}@example.net`;
  await signAndConfirm(page, slug, { name: 'Dana Serikbayeva', email: keep, country: 'Kazakhstan' });
  await signAndConfirm(page, slug, { name: 'Robo Tester', email: bot, country: 'Germany' });
  await expect(async () => {
    await page.goto(`/en/petitions/${slug}`);
    expect(await countOf(page)).toBe(2);
  }).toPass({ timeout: 5_000 });
  await expect(page.getByRole('img', { name: /Map of confirmed online signatures by country/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Germany/ })).toBeVisible();

  // Search by address (in another spelling), invalidate: the count drops.
  await page.goto(adminUrl);
  await page.getByRole('link', { name: 'Browse and search signatures' }).click();
  await page.getByLabel('Email address (any spelling)').fill(bot.toUpperCase());
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('1 signature found')).toBeVisible();
  await expect(page.getByRole('cell', { name: bot, exact: true })).toBeVisible();
  await expect(page.getByText(keep)).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('checkbox', { name: `Select the signature of ${bot}` }).check();
  await page.getByLabel('Reason for invalidating').fill('test bot');
  await page.getByRole('button', { name: 'Invalidate the selected signatures' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'invalidated' })).toHaveText('1 signature invalidated.');
  await expect(page.getByRole('row', { name: new RegExp(bot) })).toContainText('test bot');
  await expect(async () => {
    await page.goto(`/en/petitions/${slug}`);
    expect(await countOf(page)).toBe(1);
  }).toPass({ timeout: 5_000 });
  await expect(page.getByRole('row', { name: /Germany/ })).toHaveCount(0);

  // Block lists: a bad value is refused at the field; a good one is listed and can be removed.
  const domain = `bots-${unique()}.example`;
  await page.goto('/admin/petitions/blocks');
  const blockForm = page.getByRole('group', { name: 'Add to the block list' });
  await blockForm.getByLabel('Domain or IP range (required)').fill('not a domain');
  await blockForm.getByRole('button', { name: 'Add to the block list' }).click();
  await expect(blockForm.getByText('Enter a domain, like spam.example.')).toBeVisible();
  await expect(blockForm.getByLabel('Domain or IP range (required)')).toHaveValue('not a domain');
  await blockForm.getByLabel('Domain or IP range (required)').fill(domain.toUpperCase());
  await blockForm.getByRole('button', { name: 'Add to the block list' }).click();
  await expect(page.getByRole('cell', { name: domain, exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: `Remove ${domain}` }).click();
  await expect(page.getByRole('cell', { name: domain, exact: true })).toHaveCount(0);

  // Paper signatures from a picket, shown apart from the online count.
  await page.goto(adminUrl);
  const paper = page.getByRole('group', { name: 'Add paper signatures' });
  await paper.getByLabel('Signatures on the sheet (required)').fill('40');
  await paper.getByLabel('Country').selectOption({ label: 'Kazakhstan' });
  await paper.getByLabel('Place').fill('Picket in Almaty');
  await paper.getByRole('button', { name: 'Add paper signatures' }).click();
  await expect(paper.getByRole('status')).toHaveText('40 paper signatures added.');
  await expect(page.getByRole('row', { name: /Picket in Almaty/ })).toBeVisible();
  await expect(async () => {
    await page.goto(`/en/petitions/${slug}`);
    await expect(page.getByText('plus 40 signatures on paper, gathered at pickets')).toBeVisible({ timeout: 200 });
  }).toPass({ timeout: 5_000 });
  expect(await countOf(page)).toBe(1);

  // Close, then record the delivery; the public page says so.
  await page.goto(adminUrl);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status')).toHaveText('Petition closed.');
  const delivery = page.getByRole('group', { name: 'Record the delivery' });
  await delivery.getByLabel('Delivered on (required)').fill('2026-11-27');
  await delivery.getByLabel('Delivered to (required)').fill('Embassy of Kazakhstan in Berlin');
  await delivery.getByLabel('Signatures delivered (required)').fill('41');
  await delivery.getByLabel('Delivery note').fill('Handed over at the gate.');
  await delivery.getByRole('button', { name: 'Record the delivery' }).click();
  await expect(page.getByText('Delivered to Embassy of Kazakhstan in Berlin on 2026-11-27, with 41 signatures.')).toBeVisible();
  await expectAccessible(page);
  await expect(async () => {
    await page.goto(`/en/petitions/${slug}`);
    await expect(page.getByText(/Delivered to Embassy of Kazakhstan in Berlin on .*2026, with 41 signatures\./)).toBeVisible({ timeout: 200 });
  }).toPass({ timeout: 5_000 });

  // The CSV export for the delivery: organisers only, with the counted signature.
  const csv = await page.request.get(`${adminUrl}/export`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text).toContain(keep);
  expect(text).not.toContain(bot);
  // Who took the signers' data stays on record.
  await page.goto('/admin/audit');
  await expect(page.getByText(/exported the signatures of the petition/).first()).toBeVisible();
  expect(foreignRequests).toEqual([]);
});

test('the CSV export sends nobody signed in to the sign-in page', async ({ playwright, baseURL }) => {
  const organiser = await organiserWithSession('organiser');
  const signedIn = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `${SESSION_COOKIE}=${organiser.sessionToken}` } });
  const admin = await signedIn.get('/admin/petitions');
  const id = /\/admin\/petitions\/([0-9a-f-]{36})"/.exec(await admin.text())![1];
  await signedIn.dispose();
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get(`/admin/petitions/${id}/export`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/admin\/sign-in$/);
  await anonymous.dispose();
});

test('a petition page names its share card, a PNG with the live count drawn in the reader’s language', async ({ page, request }) => {
  await page.goto('/kk/petitions/justice-for-aron-atabek');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/kk\/petitions\/justice-for-aron-atabek\/share-image$/);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /петициясының/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image!);

  for (const locale of ['kk', 'ru', 'en']) {
    const response = await request.get(`/${locale}/petitions/justice-for-aron-atabek/share-image`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(response.headers()['cache-control']).toContain('max-age=300');
    const body = await response.body();
    expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 1200 × 630, from the PNG header.
    expect(body.readUInt32BE(16)).toBe(1200);
    expect(body.readUInt32BE(20)).toBe(630);
  }
  expect((await request.get('/en/petitions/no-such-petition/share-image')).status()).toBe(404);
});
