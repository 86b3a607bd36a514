import { eq } from 'drizzle-orm';
import { verificationTokens } from '@/db/schema';
import { e2eDatabase, E2E_ADMIN_EMAIL } from '../support/e2e-database';
import { organiserWithSession } from './admin-support';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

// Sign-in mails come through the real pipeline: the worker renders them into the local mailbox.
test.describe.configure({ timeout: 90_000 });

async function askForLink(page: Page, email: string) {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'If this address belongs to an organiser, a sign-in link is on its way. It works for 15 minutes, once.',
  );
}

/** The sign-in link in the newest sign-in mail to `email`, as the local mailbox shows it. */
async function linkFromMailbox(page: Page, email: string): Promise<string> {
  let href = '';
  await expect(async () => {
    await page.goto('/dev/mailbox');
    const rows = page.getByRole('row').filter({ hasText: email }).filter({ hasText: 'Your sign-in link to Yntymaq' });
    await expect(rows.first()).toBeVisible({ timeout: 1000 });
    await rows.first().getByRole('link').click();
    href = (await page.frameLocator('iframe').getByRole('link', { name: 'Sign in' }).getAttribute('href')) ?? '';
  }).toPass({ timeout: 30_000 });
  return href;
}

test('an admin signs in through the emailed link; opening the link uses nothing, and it works once', async ({ page, browser, playwright, baseURL }) => {
  await askForLink(page, E2E_ADMIN_EMAIL);
  await expectAccessible(page);
  const link = await linkFromMailbox(page, E2E_ADMIN_EMAIL);
  expect(link).toMatch(new RegExp(`^${baseURL}/admin/sign-in/confirm\\?token=`));

  // A mail scanner fetches the link, and even Auth.js's own callback URL: neither signs in or uses the token.
  const scanner = await playwright.request.newContext({ baseURL });
  expect((await scanner.get(link)).status()).toBe(200);
  const token = new URL(link).searchParams.get('token')!;
  expect((await scanner.get(`/api/auth/callback/email?token=${token}&email=${encodeURIComponent(E2E_ADMIN_EMAIL)}`)).status()).toBe(405);
  await scanner.dispose();

  await page.goto(link);
  await expect(page.getByText(`Signing in as ${E2E_ADMIN_EMAIL}.`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText(`Signed in as ${E2E_ADMIN_EMAIL} (admin)`)).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === 'authjs.session-token');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

  // The same link a second time, in another browser: refused.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await otherPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(otherPage).toHaveURL(/\/admin\/sign-in\?error=/);
  await expect(otherPage.getByRole('main').getByRole('alert')).toHaveText('That sign-in link has expired or was already used. Ask for a new one below.');
  await otherPage.goto('/admin');
  await expect(otherPage).toHaveURL(/\/admin\/sign-in$/);
  await other.close();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test('a link older than 15 minutes does not sign in', async ({ page }) => {
  const { email } = await organiserWithSession('organiser');
  await askForLink(page, email);
  const link = await linkFromMailbox(page, email);
  const { db, close } = e2eDatabase();
  await db.update(verificationTokens).set({ expires: new Date(Date.now() - 1000) }).where(eq(verificationTokens.identifier, email));
  await close();
  await page.goto(link);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?error=/);
});

test('an address that is no organiser gets the same answer and no mail', async ({ page }) => {
  const stranger = `stranger-${Date.now()}@e2e.test`;
  await askForLink(page, stranger);
  const { db, close } = e2eDatabase();
  // The same answer, and nothing for that address: no token, no message.
  expect(await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, stranger))).toEqual([]);
  await close();
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('row').filter({ hasText: stranger })).toHaveCount(0);
});
