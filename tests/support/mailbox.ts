// What end-to-end tests do with the local mailbox (/dev/mailbox), written once: a fresh address,
// opening the newest mail to someone, following its links as a reader would, and signing a
// petition through the public form and the confirmation mail.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export { uniqueEmail } from './unique-email';

/**
 * Opens the newest mail to `to` whose subject matches, looking again until the worker has delivered
 * it (the mailbox is a plain page). Returns the rendered mail's frame.
 */
export async function openMail(page: Page, to: string, subject: RegExp | string, timeout = 15_000): Promise<FrameLocator> {
  const link = page.getByRole('row').filter({ hasText: to }).getByRole('link', { name: subject }).first();
  await expect(async () => {
    await page.goto('/dev/mailbox');
    await expect(link).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout });
  await link.click();
  return page.frameLocator('iframe');
}

/** The address a mail's link points at, which must be this platform's own. */
export async function hrefOf(link: Locator): Promise<string> {
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  return href!;
}

/** Follows a link of a mail the way a reader does: mail links open in a browser tab of their own. */
export async function follow(page: Page, link: Locator): Promise<string> {
  const href = await hrefOf(link);
  await page.goto(href);
  return href;
}

export type Signer = { name: string; email: string; country: string; publicName?: boolean };

export async function fillSignForm(page: Page, values: Signer) {
  await page.getByLabel('Your name').fill(values.name);
  await page.getByLabel('Email', { exact: true }).fill(values.email);
  await page.getByLabel('Country', { exact: true }).selectOption({ label: values.country });
  if (values.publicName) await page.getByLabel('Show my first name and country among the signers').check();
}

/** Signs `petition` (a slug) through its public page and confirms from the mailbox; the confirmation link. */
export async function signAndConfirm(page: Page, petition: string, signer: Signer): Promise<string> {
  await page.goto(`/en/petitions/${petition}`);
  await fillSignForm(page, signer);
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
  const mail = await openMail(page, signer.email, /Confirm your signature/);
  const confirmUrl = await follow(page, mail.getByRole('link', { name: 'Confirm my signature' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for signing');
  return confirmUrl;
}
