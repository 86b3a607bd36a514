import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { organiserWithSession, useSession } from './admin-support';
import { hrefOf, openMail as openMailWithin, uniqueEmail } from '../support/mailbox';
import { expect, expectAccessible, test } from './fixtures';

/** Mail in a picket's life passes the worker more than once: give each a little longer. */
const openMail = (page: Page, to: string, subject: RegExp) => openMailWithin(page, to, subject, 20_000);

// A whole picket's life through the mailbox and the worker takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** The one event of a calendar file, read with ical.js (not the library that wrote it). */
function eventOf(text: string) {
  const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  return {
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: String(event.getFirstPropertyValue('status')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate(),
    text,
  };
}

async function calendarAt(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/calendar');
  return eventOf(await response.text());
}

function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function fillProposal(page: Page, values: { title: string; email: string; day: string; address?: string; endsAt?: string }) {
  await page.getByLabel('Title', { exact: true }).fill(values.title);
  await page.getByLabel('What the picket is about').fill('We stand for the oil workers jailed since Zhanaozen.');
  await page.getByLabel('At an embassy or consulate').selectOption({ label: 'Embassy of the Republic of Kazakhstan (Kazakhstan House), London (United Kingdom)' });
  await page.getByLabel('Venue').fill('Outside the embassy');
  await page.getByLabel('Address', { exact: true }).fill(values.address ?? '125 Pall Mall, London SW1Y 5EA');
  await page.getByLabel('City', { exact: true }).fill('London');
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'United Kingdom' });
  await page.getByLabel('Starts').fill(`${values.day}T12:00`);
  await page.getByLabel('Ends').fill(values.endsAt ?? `${values.day}T14:00`);
  await page.getByLabel('Time zone of the place').selectOption('Europe/London');
  await page.getByLabel('Your name').fill('Dana Proposer');
  await page.getByLabel('Your email').fill(values.email);
}

test('bad input in a proposal gets field errors, and what was typed stays', async ({ page }) => {
  await page.goto('/en/pickets/propose');
  const day = dayAhead(30);
  await fillProposal(page, { title: 'Too long an address', email: uniqueEmail('bad'), day, address: 'x'.repeat(5000), endsAt: `${day}T11:00` });
  await page.getByLabel('How many people can come (optional)').fill('0');
  await page.getByRole('button', { name: 'Propose the picket' }).click();
  await expect(page.getByRole('alert').first()).toHaveText('Please correct the fields marked below.');
  await expect(page.getByText('This is too long.')).toBeVisible();
  await expect(page.getByText('The end must come after the start.')).toBeVisible();
  await expect(page.getByText('The number of people must be at least 1.')).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Too long an address');
  await expect(page.getByLabel('Address', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
});

test('propose, confirm, approve; a visitor finds it on the list and the map, registers, gets the .ics; a move and a cancellation reach them', async ({
  page,
  browser,
  baseURL,
  foreignRequests,
}) => {
  const title = `Picket ${randomBytes(3).toString('hex')} for the Zhanaozen prisoners`;
  const proposer = uniqueEmail('proposer');
  const day = dayAhead(30);

  // Anyone proposes; nothing is public until it is approved.
  await page.goto('/en/pickets/propose');
  await expectAccessible(page);
  await fillProposal(page, { title, email: proposer, day });
  await page.getByRole('button', { name: 'Propose the picket' }).click();
  await expect(page.getByRole('status')).toContainText('confirm your proposal');
  let mail = await openMail(page, proposer, /Confirm your picket proposal/);
  await page.goto(await hrefOf(mail.getByRole('link', { name: 'Confirm the proposal' })));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proposal confirmed');
  await page.goto('/en/pickets');
  await expect(page.getByText(title)).toHaveCount(0);

  // An organiser approves it.
  const organiser = await organiserWithSession('organiser');
  const admin = await browser.newContext({ baseURL });
  await useSession(admin, baseURL!, organiser.sessionToken);
  const adminPage = await admin.newPage();
  await adminPage.goto('/admin/pickets?status=proposed');
  await adminPage.getByRole('link', { name: title }).click();
  await expect(adminPage.getByText('Dana Proposer')).toBeVisible();
  await adminPage.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(adminPage.getByRole('definition').filter({ hasText: /^Approved$/ })).toBeVisible();
  await expectAccessible(adminPage);
  mail = await openMail(page, proposer, /Approved:/);
  await expect(mail.getByRole('link', { name: 'See the picket' })).toBeVisible();

  // Another visitor finds it on the list and on the map, and registers without an account.
  const attendee = uniqueEmail('attendee');
  await page.context().clearCookies();
  await page.goto('/en/pickets?country=GB');
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  const mark = page.getByRole('group', { name: 'Map of upcoming pickets in Europe' }).getByRole('link', { name: `London: ${title}` });
  await expect(mark).toBeVisible();
  await expectAccessible(page);
  await mark.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const picketUrl = page.url();
  const picketId = picketUrl.split('/').pop()!;
  await expect(page.getByText('nobody has registered yet')).toBeVisible();
  await expect(page.getByText('Dana Proposer')).toHaveCount(0);
  await expect(page.getByText(proposer)).toHaveCount(0);
  await page.getByLabel('Your email').fill(attendee);
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByRole('status')).toContainText('confirm that you are coming');
  mail = await openMail(page, attendee, /Confirm that you are coming/);
  await page.goto(await hrefOf(mail.getByRole('link', { name: 'Confirm that I am coming' })));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are registered');
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Add to your calendar (.ics)' }).click();
  const first = eventOf(readFileSync(await (await download).path(), 'utf8'));
  expect(first.sequence).toBe(0);
  expect(first.status).toBe('CONFIRMED');
  expect(first.start.toISOString()).toBe(`${day}T12:00:00.000Z`); // London in winter is UTC
  expect(first.text).not.toContain(proposer);
  expect(first.text).not.toContain('Dana');
  await page.goto(picketUrl);
  await expect(page.getByText('1 person is coming')).toBeVisible();

  // The organiser moves it an hour later: the attendee gets a notice and a newer calendar file.
  await adminPage.reload();
  const editor = adminPage.getByRole('region', { name: 'Edit' });
  await editor.getByLabel('Starts').fill(`${day}T13:00`);
  await editor.getByLabel('Ends').fill(`${day}T15:00`);
  await editor.getByLabel('Note to attendees (optional)').fill('One hour later: the square is free then.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('status')).toHaveText('Saved.');
  mail = await openMail(page, attendee, /Changed:/);
  await expect(mail.getByText('One hour later: the square is free then.')).toBeVisible();
  const moved = await calendarAt(page.request, await hrefOf(mail.getByRole('link', { name: 'Add to your calendar (.ics)' })));
  expect(moved.uid).toBe(first.uid);
  expect(moved.sequence).toBeGreaterThan(first.sequence);
  expect(moved.start.toISOString()).toBe(`${day}T13:00:00.000Z`);

  // Cancelled: STATUS:CANCELLED, a notice, and no more registrations.
  await adminPage.getByRole('button', { name: 'Cancel the picket and tell the attendees' }).click();
  await expect(adminPage.getByRole('definition').filter({ hasText: /^Cancelled$/ })).toBeVisible();
  mail = await openMail(page, attendee, /Cancelled:/);
  const cancelled = await calendarAt(page.request, `/api/pickets/${picketId}/calendar`);
  expect(cancelled.status).toBe('CANCELLED');
  expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
  const feed = await page.request.get('/api/pickets/calendar?country=GB');
  expect(await feed.text()).toContain(first.uid);
  await page.goto(picketUrl);
  await expect(page.getByText('This picket is cancelled, so registration is closed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Register' })).toHaveCount(0);
  await admin.close();
  expect(foreignRequests).toEqual([]);
});

test('the picket kit: a placard with a QR code to the petition, and an A4 sheet with numbered lines', async ({ page, foreignRequests }) => {
  await page.goto('/ru/pickets/kit/erzhan-elshibayev');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Свободу');
  const qr = page.getByRole('img', { name: /Подпишите петицию: http:\/\/127\.0\.0\.1:\d+\/ru\/petitions\/free-erzhan-elshibayev/ });
  await expect(qr).toBeVisible();
  // A real QR code: version 3 or more for a URL this long (29+ modules and the quiet zone).
  const viewBox = (await qr.getAttribute('viewBox'))!.split(' ').map(Number);
  expect(viewBox[2]).toBeGreaterThanOrEqual(29 + 8);
  await expectAccessible(page);

  await page.goto('/en/petitions/free-erzhan-elshibayev/sheet');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('rowheader')).toHaveCount(20);
  await expect(page.getByRole('rowheader').last()).toHaveText('20');
  await expect(page.getByRole('columnheader', { name: 'Signature' })).toBeVisible();
  await expectAccessible(page);
  expect(foreignRequests).toEqual([]);
});
