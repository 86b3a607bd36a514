import { expect, expectAccessible, test } from './fixtures';

test('mail sent with no Resend key shows in the local mailbox, and its unsubscribe link asks before it acts', async ({ page }) => {
  // 27 previews (9 templates × 3 languages) go through the same rate limit as real mail (2 a second by default).
  test.setTimeout(90_000);
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Local mailbox' })).toBeVisible();
  await page.getByRole('button', { name: 'Send every template here, in English, Russian and Kazakh' }).click();

  // The worker delivers within seconds; the mailbox is a plain page, so look again until it is there.
  // One preview per language; the subject reads the same in all three.
  const update = page.getByRole('link', { name: 'Erzhan Elshibayev: Sample update (template preview)' }).first();
  await expect(async () => {
    await page.reload();
    await expect(update).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expectAccessible(page);

  await update.click();
  await expect(page.getByText('List-Unsubscribe-Post: List-Unsubscribe=One-Click')).toBeVisible();
  const mail = page.frameLocator('iframe');
  // Whichever language's preview was listed first.
  const unsubscribe = mail.getByRole('link', { name: /^(Unsubscribe|Отписаться|Жазылымнан бас тарту)$/ });
  const href = await unsubscribe.getAttribute('href');
  expect(href).toMatch(/\/api\/unsubscribe\?token=/);

  // Opening the link (as a mail scanner would) only shows a question.
  await page.goto(href!);
  // The link opens in the language of the mail; read it in English.
  if (!page.url().includes('/en/')) await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unsubscribe' })).toBeVisible();
  await expect(page.getByText('Nothing changes until you press the button.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('status')).toContainText('will no longer receive these emails');
});

test('a tampered unsubscribe link is explained, not a server error', async ({ page }) => {
  const response = await page.goto('/ru/unsubscribe?token=forged');
  expect(response?.status()).toBeLessThan(500);
  await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
});
