import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { eq } from 'drizzle-orm';
import { pickets } from '@/db/schema';
import { e2eDatabase, insertConfirmedProposal } from '../support/e2e-database';
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
  // The browser keeps to the limit (maxLength); a client that does not, or a script, still posts
  // 5,000 characters, which the server refuses saying the limit.
  await expect(page.getByLabel('Address', { exact: true })).toHaveValue('x'.repeat(300));
  await page.getByLabel('Address', { exact: true }).evaluate((input: HTMLInputElement, value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, 'x'.repeat(5000));
  await page.getByLabel('How many people can come (optional)').fill('0');
  await page.getByRole('button', { name: 'Propose the picket' }).click();
  await expect(page.getByRole('alert').first()).toHaveText('Please correct the fields marked below.');
  await expect(page.getByText('This is too long.')).toBeVisible();
  await expect(page.getByText('This is too long. The limit is 300 characters.')).toBeVisible();
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
  await expect(adminPage.getByRole('status')).toHaveText('Approved and published. The proposer is mailed the decision.');
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
  // Start and end in London's time, the zone named, and the whole place with its country.
  await expect(mail.getByText(/1:00\s*–\s*3:00\sPM \(Europe\/London\)/)).toBeVisible();
  await expect(mail.getByText(/Outside the embassy, 125 Pall Mall, London SW1Y 5EA, United Kingdom/)).toBeVisible();
  const moved = await calendarAt(page.request, await hrefOf(mail.getByRole('link', { name: 'Add to your calendar (.ics)' })));
  expect(moved.uid).toBe(first.uid);
  expect(moved.sequence).toBeGreaterThan(first.sequence);
  expect(moved.start.toISOString()).toBe(`${day}T13:00:00.000Z`);

  // Cancelled: STATUS:CANCELLED, a notice, and no more registrations.
  await adminPage.getByRole('button', { name: 'Cancel the picket and tell the attendees' }).click();
  // A second step says how many people the notice goes to before anything happens.
  await expect(adminPage.getByText('1 person (registered or on the waiting list) will be mailed that the picket is cancelled.')).toBeVisible();
  await expect(adminPage.getByRole('definition').filter({ hasText: /^Approved$/ })).toBeVisible();
  await expectAccessible(adminPage);
  await adminPage.getByRole('button', { name: 'Yes, cancel it and mail 1 person' }).click();
  await expect(adminPage.getByRole('definition').filter({ hasText: /^Cancelled$/ })).toBeVisible();
  await expect(adminPage.getByRole('status')).toHaveText('Cancelled. The notice is mailed to 1 person.');
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

test('choosing an embassy fills the place and the zone; the country chooses its zone; each limit is stated and kept', async ({ page, foreignRequests }) => {
  await page.goto('/en/pickets/propose');
  await page.getByLabel('At an embassy or consulate').selectOption({ label: 'Embassy of the Republic of Kazakhstan, Berlin (Germany)' });
  await expect(page.getByLabel('Venue')).toHaveValue('Embassy of the Republic of Kazakhstan');
  await expect(page.getByLabel('Address', { exact: true })).toHaveValue('Nordendstraße 14-17, 13156 Berlin');
  await expect(page.getByLabel('City', { exact: true })).toHaveValue('Berlin');
  await expect(page.getByLabel('Country', { exact: true })).toHaveValue('DE');
  const zone = page.getByLabel('Time zone of the place');
  await expect(zone).toHaveValue('Europe/Berlin');
  await expect(zone.locator('option:checked')).toHaveText('Berlin (Europe/Berlin)');
  // Still editable.
  await page.getByLabel('Venue').fill('The square opposite the embassy');
  await expect(page.getByLabel('Venue')).toHaveValue('The square opposite the embassy');

  // A country with one zone chooses it; one with several offers its own first and leaves the choice.
  await page.getByLabel('At an embassy or consulate').selectOption({ label: 'Not at an embassy' });
  await page.getByLabel('City', { exact: true }).fill('Paris');
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'France' });
  await expect(zone).toHaveValue('Europe/Paris');
  await page.getByLabel('City', { exact: true }).fill('Chicago');
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'United States' });
  await expect(zone).toHaveValue('America/Chicago');
  await page.getByLabel('City', { exact: true }).fill('Springfield');
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Canada' });
  await expect(zone).toHaveValue('');
  await expect(zone.locator('optgroup').first()).toHaveAttribute('label', 'Canada');
  await zone.selectOption({ label: 'Toronto (America/Toronto)' });
  await expect(zone).toHaveValue('America/Toronto');

  // Every text field states its limit, and the browser keeps to it.
  await expect(page.getByLabel('Address', { exact: true })).toHaveAccessibleDescription('At most 300 characters.');
  await expect(page.getByLabel('Title', { exact: true })).toHaveAccessibleDescription('At most 150 characters.');
  await page.getByLabel('Address', { exact: true }).fill('y'.repeat(301));
  await expect(page.getByLabel('Address', { exact: true })).toHaveValue('y'.repeat(300));
  await expectAccessible(page);
  expect(foreignRequests).toEqual([]);
});

test('without JavaScript, the server fills the place and the zone from the embassy', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const proposer = uniqueEmail('no-script');
  const title = `No-script picket ${randomBytes(3).toString('hex')}`;
  const day = dayAhead(33);
  await page.goto('/en/pickets/propose');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('What the picket is about').fill('For the oil workers of Zhanaozen.');
  await page.getByLabel('At an embassy or consulate').selectOption({ label: 'Consulate General of the Republic of Kazakhstan, Frankfurt am Main (Germany)' });
  await page.getByLabel('Starts').fill(`${day}T12:00`);
  await page.getByLabel('Ends').fill(`${day}T13:00`);
  await page.getByLabel('Your name').fill('Dana Proposer');
  await page.getByLabel('Your email').fill(proposer);
  await page.getByRole('button', { name: 'Propose the picket' }).click();
  await expect(page.getByRole('status')).toContainText('confirm your proposal');
  const { db, close } = e2eDatabase();
  const [row] = await db.select().from(pickets).where(eq(pickets.organiserEmail, proposer));
  await close();
  expect(row).toMatchObject({ venue: 'Consulate General of the Republic of Kazakhstan', city: 'Frankfurt am Main', country: 'DE', timeZone: 'Europe/Berlin' });
  await context.close();
});

test('without JavaScript, a proposal comes back with its errors by field in Russian, the values kept and the first in error focused; corrected, it is stored once', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const proposer = uniqueEmail('no-script-ru');
  const title = `Пикет ${randomBytes(3).toString('hex')}`;
  const day = dayAhead(34);
  await page.goto('/ru/pickets/propose');
  await page.getByLabel('Название', { exact: true }).fill(title);
  await page.getByLabel('О чём пикет').fill('За нефтяников Жанаозена.');
  await page.getByLabel('Место', { exact: true }).fill('Площадь у посольства');
  await page.getByLabel('Город', { exact: true }).fill('Берлин');
  await page.getByLabel('Страна', { exact: true }).selectOption('DE');
  await page.getByLabel('Начало').fill(`${day}T12:00`);
  await page.getByLabel('Окончание').fill(`${day}T14:00`);
  await page.getByLabel('Часовой пояс места').selectOption('Europe/Berlin');
  await page.getByLabel('Ваше имя').fill('Дана');
  await page.getByLabel('Ваш email').fill('не адрес');
  await page.getByRole('button', { name: 'Предложить пикет' }).click();

  await expect(page.getByRole('alert').first()).toHaveText('Пожалуйста, исправьте отмеченные поля.');
  const address = page.getByLabel('Адрес', { exact: true });
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription(/Пожалуйста, заполните это поле\./);
  await expect(address).toBeFocused();
  await expect(page.getByLabel('Ваш email')).toHaveAccessibleDescription(/Пожалуйста, укажите адрес email, например name@example\.org\./);
  await expect(page.getByLabel('Название', { exact: true })).toHaveValue(title);
  await expect(page.getByLabel('Ваш email')).toHaveValue('не адрес');
  await expect(page.getByLabel('Страна', { exact: true })).toHaveValue('DE');
  const zone = page.getByLabel('Часовой пояс места');
  await expect(zone).toHaveValue('Europe/Berlin');
  // The chosen country's zones first, as the script puts them.
  await expect(zone.locator('optgroup').first()).toHaveAttribute('label', 'Германия');

  await address.fill('Nordendstraße 14-17, 13156 Berlin');
  await page.getByLabel('Ваш email').fill(proposer);
  await page.getByRole('button', { name: 'Предложить пикет' }).click();
  await expect(page.getByRole('status')).toContainText('подтвердите предложение');
  const { db, close } = e2eDatabase();
  const rows = await db.select().from(pickets).where(eq(pickets.organiserEmail, proposer));
  await close();
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ title, city: 'Берлин', country: 'DE', timeZone: 'Europe/Berlin', locale: 'ru' });
  await context.close();
});

test('the local mailbox finds a message by address and by subject', async ({ page, foreignRequests }) => {
  const proposer = uniqueEmail('mailbox');
  const title = `Mailbox picket ${randomBytes(3).toString('hex')}`;
  await page.goto('/en/pickets/propose');
  await fillProposal(page, { title, email: proposer, day: dayAhead(34) });
  await page.getByRole('button', { name: 'Propose the picket' }).click();
  await expect(page.getByRole('status')).toContainText('confirm your proposal');
  const search = page.getByRole('search', { name: 'Search the mailbox' });
  await expect(async () => {
    await page.goto('/dev/mailbox');
    await search.getByLabel('Address (to or from)').fill(proposer.toUpperCase());
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('row').filter({ hasText: proposer })).toHaveCount(1, { timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText('Messages 1–1 of 1')).toBeVisible();
  await expectAccessible(page);
  await search.getByLabel('Address (to or from)').fill('');
  await search.getByLabel('Subject contains').fill(title);
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('link', { name: `Confirm your picket proposal: ${title}` })).toBeVisible();
  await search.getByLabel('Subject contains').fill(`${title} and nothing else`);
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No message matches this search.')).toBeVisible();
  expect(foreignRequests).toEqual([]);
});

test('a day of action counts the pickets that take place; cancelled ones are listed apart', async ({ page, foreignRequests }) => {
  // A date of its own, far ahead, so pickets of other tests do not share it.
  const days = 200 + Math.floor(Math.random() * 150);
  const start = new Date(`${dayAhead(days)}T12:00:00Z`);
  const quietStart = new Date(start.getTime() + 86_400_000);
  const tag = randomBytes(3).toString('hex');
  const row = (title: string, status: 'approved' | 'cancelled', at: Date, city = 'Berlin') => ({
    id: randomUUID(),
    title,
    description: 'Stand with the Zhanaozen prisoners.',
    country: 'DE',
    city,
    venue: 'Embassy',
    address: 'Nordendstraße 14-17',
    startsAt: at,
    endsAt: new Date(at.getTime() + 3_600_000),
    timeZone: 'Europe/Berlin',
    status,
    organiserName: 'E2E',
    organiserEmail: 'picket@e2e.test',
    locale: 'en',
    proposalTokenHash: `day-of-action-${randomUUID()}`,
  });
  const happening = ['Hamburg', 'Munich', 'Cologne'].map((city) => row(`Day ${tag} ${city}`, 'approved', start, city));
  const cancelled = ['Bonn', 'Kiel'].map((city) => row(`Day ${tag} ${city} (off)`, 'cancelled', start, city));
  const quiet = [row(`Quiet ${tag} going ahead`, 'approved', quietStart), row(`Quiet ${tag} called off`, 'cancelled', quietStart, 'Leipzig')];
  const { db, close } = e2eDatabase();
  await db.insert(pickets).values([...happening, ...cancelled, ...quiet]);
  await close();

  await page.goto('/en/pickets?country=DE');
  const day = page.getByRole('region').filter({ has: page.getByRole('link', { name: happening[0]!.title }) });
  await expect(day.getByRole('heading', { level: 3 })).toContainText('Day of action: 3 pickets');
  await expect(day.getByText('Cancelled: 2 pickets')).toBeVisible();
  await expect(day.getByRole('list', { name: 'Cancelled: 2 pickets' }).getByRole('link')).toHaveText(cancelled.map((c) => c.title));
  const next = page.getByRole('region').filter({ has: page.getByRole('link', { name: quiet[0]!.title }) });
  await expect(next.getByRole('heading', { level: 3 })).not.toContainText('Day of action');
  await expect(next.getByText('Cancelled: 1 picket')).toBeVisible();
  await expectAccessible(page);
  expect(foreignRequests).toEqual([]);
});

test('rejecting a proposal says that it worked, and that the proposer is told', async ({ browser, baseURL }) => {
  const title = `Rejected ${randomBytes(3).toString('hex')}`;
  const id = await insertConfirmedProposal(
    { title, description: 'A proposal to turn down.', country: 'DE', city: 'Berlin', venue: 'Embassy', address: 'Nordendstraße 14-17', timeZone: 'Europe/Berlin', organiserEmail: uniqueEmail('rejected') },
    40,
  );
  const organiser = await organiserWithSession('organiser');
  const admin = await browser.newContext({ baseURL });
  await useSession(admin, baseURL!, organiser.sessionToken);
  const page = await admin.newPage();
  await page.goto(`/admin/pickets/${id}`);
  await page.getByLabel('Reason').fill('Another picket is planned at the same embassy that day.');
  await page.getByRole('button', { name: 'Reject with this reason' }).click();
  await expect(page.getByRole('status')).toHaveText('Rejected. The proposer is mailed the reason.');
  await expect(page.getByRole('definition').filter({ hasText: /^Rejected$/ })).toBeVisible();
  await expectAccessible(page);
  await admin.close();
});

test('in the organisers’ editor, reached by a link, choosing an embassy fills the place as on the proposal page', async ({ browser, baseURL }) => {
  const title = `Editor place ${randomBytes(3).toString('hex')}`;
  await insertConfirmedProposal(
    { title, description: 'A proposal whose place is changed.', country: 'GB', city: 'London', venue: 'The square', address: '1 Pall Mall', timeZone: 'Europe/London', organiserEmail: uniqueEmail('editor-place') },
    41,
  );
  const organiser = await organiserWithSession('organiser');
  const admin = await browser.newContext({ baseURL });
  await useSession(admin, baseURL!, organiser.sessionToken);
  const page = await admin.newPage();
  await page.goto('/admin/pickets?status=proposed');
  // A client-side navigation: the dashboard keeps React, which loads the page's script itself.
  await page.getByRole('link', { name: title }).click();
  const editor = page.getByRole('region', { name: 'Edit' });
  await expect(editor.getByLabel('Venue')).toHaveValue('The square');
  // React loads the script once the page is shown, so a choice may come before it: choose again until it is there.
  await expect(async () => {
    await editor.getByLabel('At an embassy or consulate').selectOption({ label: 'Not at an embassy' });
    await editor.getByLabel('At an embassy or consulate').selectOption({ label: 'Embassy of the Republic of Kazakhstan, Berlin (Germany)' });
    await expect(editor.getByLabel('Venue')).toHaveValue('Embassy of the Republic of Kazakhstan', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(editor.getByLabel('Country', { exact: true })).toHaveValue('DE');
  await expect(editor.getByLabel('Time zone of the place')).toHaveValue('Europe/Berlin');
  await admin.close();
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
