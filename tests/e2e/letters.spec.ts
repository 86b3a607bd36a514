import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { and, eq } from 'drizzle-orm';
import { auditLog, embassies, letterDeliveries, letterOffices, letters, resolutions } from '@/db/schema';
import { e2eDatabase } from '../support/e2e-database';
import { organiserWithSession, useSession } from './admin-support';
import { expect, expectAccessible, test } from './fixtures';

// Writing, two confirmations through the worker, and the mailbox take a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

const ACTION = 'write-for-erzhan-elshibayev';
// Fixed: every worker's beforeAll writes the same, and each e2e run has a database of its own.
const PROSECUTOR = 'prosecutor-general@e2e.test';
const EMBASSY = 'berlin-embassy@e2e.test';
const unique = (label: string) => `${label}-${randomBytes(5).toString('hex')}`;

test.beforeAll(async () => {
  // The seeded offices and missions carry no address until an organiser has checked one.
  const { db, close } = e2eDatabase();
  try {
    await db.update(letterOffices).set({ email: PROSECUTOR, checkedOn: '2026-12-01' }).where(eq(letterOffices.slug, 'prosecutor-general'));
    await db.update(embassies).set({ email: EMBASSY, emailSourceUrl: 'https://example.org/contacts' }).where(and(eq(embassies.city, 'Berlin'), eq(embassies.country, 'DE')));
  } finally {
    await close();
  }
});

async function mailboxRows(page: Page, to: string, subject: RegExp) {
  await page.goto('/dev/mailbox');
  return page.getByRole('row').filter({ hasText: to }).getByRole('link', { name: subject });
}

/** Opens the newest mail to `to` whose subject matches, once the worker has delivered it. */
async function openMail(page: Page, to: string, subject: RegExp) {
  await expect(async () => {
    await expect((await mailboxRows(page, to, subject)).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await (await mailboxRows(page, to, subject)).first().click();
  return page.frameLocator('iframe');
}

async function writeLetter(page: Page, slug: string, writer: { name: string; email: string; words: string; targets: string[] }) {
  await page.goto(`/en/letters/${slug}`);
  const recipients = page.getByRole('group', { name: 'Send my letter to' });
  for (const box of await recipients.getByRole('checkbox').all()) await box.uncheck();
  for (const target of writer.targets) await recipients.getByLabel(target).check();
  const letter = page.getByRole('textbox', { name: 'Your letter' });
  await expect(letter).toHaveValue(/Dear Sir or Madam/);
  await letter.fill(`Dear Sir or Madam,\n\n${writer.words}\n\nPlease release Erzhan Elshibayev and tell his family where he is held.`);
  await page.getByLabel('Your name').fill(writer.name);
  await page.getByLabel('Email', { exact: true }).fill(writer.email);
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Germany' });
  await page.getByRole('button', { name: 'Send — I will confirm by email' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
}

/** Confirms the newest letter to `email`, once the `expected`-th confirmation mail has arrived. */
async function confirmFromMailbox(page: Page, email: string, expected = 1) {
  const links = page.getByRole('row').filter({ hasText: email }).getByRole('link', { name: /Confirm your letter/ });
  await expect(async () => {
    await page.goto('/dev/mailbox');
    await expect(links).toHaveCount(expected, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const mail = await openMail(page, email, /Confirm your letter/);
  const href = await mail.getByRole('link', { name: 'Confirm and send my letter' }).getAttribute('href');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/en\/letters\/confirm\//);
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you: your letter is confirmed');
  return href!;
}

const total = async (page: Page, slug: string) => {
  await page.goto(`/en/letters/${slug}`);
  const text = (await page.locator('#letters-total').textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0] ?? 0);
};

test('a visitor in Germany writes to the Kazakh embassy in Berlin and the Prosecutor General; both letters arrive, once', async ({ page, foreignRequests }) => {
  const before = await total(page, ACTION);
  await expectAccessible(page);
  const email = `${unique('lena')}@example.org`;
  const words = `I write from Leipzig, in my own words (${unique('words')}).`;
  await writeLetter(page, ACTION, {
    name: 'Lena Fischer',
    email,
    words,
    targets: ['The Prosecutor General of the Republic of Kazakhstan', 'The Kazakh embassy in my country'],
  });
  const confirmUrl = await confirmFromMailbox(page, email);
  await expect(page.getByRole('listitem').filter({ hasText: 'Embassy of the Republic of Kazakhstan, Berlin' })).toBeVisible();
  await expectAccessible(page);

  for (const target of [PROSECUTOR, EMBASSY]) {
    const letter = await openMail(page, target, /Write for Erzhan Elshibayev — a letter from Lena, Germany/);
    await expect(letter.getByText(words)).toBeVisible();
    await expect(letter.getByText('Lena, Germany', { exact: true })).toBeVisible();
    await expect(letter.getByText('Fischer')).toHaveCount(0);
    await expect(letter.getByText(email)).toHaveCount(0);
  }

  // Writing again — and following the first link once more — sends nothing twice.
  await writeLetter(page, ACTION, { name: 'Lena Fischer', email, words: `Again (${unique('again')}).`, targets: ['The Prosecutor General of the Republic of Kazakhstan', 'The Kazakh embassy in my country'] });
  await confirmFromMailbox(page, email, 2);
  await expect(page.getByRole('heading', { name: /You had already written to these recipients/ })).toBeVisible();
  await page.goto(confirmUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you: your letter is confirmed');
  const { db, close } = e2eDatabase();
  try {
    const mine = await db.select({ id: letterDeliveries.id }).from(letterDeliveries).where(eq(letterDeliveries.canonicalEmail, email));
    expect(mine).toHaveLength(2);
  } finally {
    await close();
  }
  for (const target of [PROSECUTOR, EMBASSY]) expect(await (await mailboxRows(page, target, /a letter from Lena, Germany/)).count()).toBe(1);

  // The counts rose by the two letters, in all and per recipient; nothing of the writer is shown.
  await expect(async () => expect(await total(page, ACTION)).toBe(before + 2)).toPass({ timeout: 10_000 });
  await expect(page.getByRole('row', { name: /Embassy of the Republic of Kazakhstan, Berlin/ })).toBeVisible();
  await expect(page.getByText(/Lena Fischer|Lena, Germany/)).toHaveCount(0);
  await expect(page.getByText(email)).toHaveCount(0);
  expect(foreignRequests).toEqual([]);
});

test('bad letters are refused with field errors: in the form, and as a 4xx from the API', async ({ page, request }) => {
  await page.goto(`/en/letters/${ACTION}`);
  await page.getByRole('textbox', { name: 'Your letter' }).fill('https://spam.example/a https://spam.example/b https://spam.example/c');
  await page.getByRole('button', { name: 'Send — I will confirm by email' }).click();
  await expect(page.getByText('Please write the letter in words: it cannot be only links.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your letter' })).toBeFocused();

  const letter = { name: 'Lena', email: `${unique('api')}@example.org`, country: 'DE', targets: ['embassy'], locale: 'en' };
  for (const [body, code] of [
    ['', 'required'],
    ['<script>alert(1)</script> '.repeat(5), 'html'],
    ['x'.repeat(5001), 'tooLong'],
  ] as const) {
    const response = await request.post(`/api/letters/${ACTION}`, { data: { ...letter, body } });
    expect(response.status()).toBe(422);
    expect((await response.json()).errors.body[0].code).toBe(code);
  }
  const unknown = await request.post(`/api/letters/${ACTION}`, { data: { ...letter, body: 'Dear Sir or Madam, please release Erzhan Elshibayev now.', targets: ['president-of-mars'] } });
  expect((await unknown.json()).errors.targets[0].code).toBe('unknownTarget');
  expect((await request.post('/api/letters/no-such-action', { data: letter })).status()).toBe(404);
  // Hostile bodies, sent as bytes (a string would be encoded as JSON): broken JSON, a form a cross-site page could send, a NUL, a forged type.
  const raw = (data: string, type = 'application/json') => request.post(`/api/letters/${ACTION}`, { data: Buffer.from(data), headers: { 'content-type': type } });
  expect((await raw('{"name": "Lena",')).status()).toBe(400);
  expect((await raw('name=Lena', 'application/x-www-form-urlencoded')).status()).toBe(415);
  const nul = await raw(JSON.stringify({ ...letter, body: 'Dear Sir or Madam,\u0000 please release Erzhan Elshibayev now.' }));
  expect(nul.status()).toBe(422);
  expect((await nul.json()).errors.body[0].code).toBe('controlCharacters');
  const forged = await request.post(`/api/letters/${ACTION}`, { data: { ...letter, body: 42, targets: 'embassy' } });
  expect(forged.status()).toBe(422);
  expect((await forged.json()).errors.body[0].code).toBe('required');
});

test('with JavaScript, the count follows the typing and a letter the server would refuse is not sent; a good one is sent once', async ({ page, foreignRequests }) => {
  const posts: string[] = [];
  // The post is held until the test lets it go, so that a second click falls while the page is on its way.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/en/letters/${ACTION}`, async (route) => {
    if (route.request().method() === 'POST') {
      posts.push(route.request().url());
      await held;
    }
    await route.continue();
  });
  await page.goto(`/en/letters/${ACTION}`);
  const letter = page.getByRole('textbox', { name: 'Your letter' });
  await letter.fill('x'.repeat(60));
  await expect(page.locator('#body-count')).toHaveText('60 of 5000 characters.');
  await letter.fill('Too short.');
  await expect(page.locator('#body-count')).toHaveText('10 of 5000 characters.');
  await page.getByRole('button', { name: 'Send — I will confirm by email' }).click();
  await expect(letter).toHaveAccessibleDescription(/A letter needs at least 50 characters\./);
  await expect(letter).toHaveAttribute('aria-invalid', 'true');
  await expect(letter).toBeFocused();
  await expect(page.getByRole('alert')).toHaveText('Please correct the fields marked below.');
  await expectAccessible(page);
  expect(posts).toEqual([]);

  const email = `${unique('once')}@example.org`;
  await letter.fill(`Dear Sir or Madam,\n\nI write once (${unique('once')}): please release Erzhan Elshibayev.`);
  await page.getByLabel('Your name').fill('Ada Once');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Germany' });
  // Two clicks, the second a moment after the first, while the page is on its way: in the page
  // itself, as Playwright waits for a navigation to finish before it looks at the page again.
  const button = await page.evaluate(async () => {
    const button = document.querySelector<HTMLButtonElement>('form.letter-form button[type="submit"]')!;
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = { label: button.textContent, disabled: button.getAttribute('aria-disabled') };
    button.click();
    return seen;
  });
  expect(button).toEqual({ label: 'Sending…', disabled: 'true' });
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
  expect(posts).toHaveLength(1);
  const { db, close } = e2eDatabase();
  try {
    expect(await db.select({ id: letters.id }).from(letters).where(eq(letters.email, email))).toHaveLength(1);
  } finally {
    await close();
  }
  expect(foreignRequests).toEqual([]);
});

test('without JavaScript, a letter comes back with its errors by field in Russian, the values kept and the first in error focused; corrected, it is stored once', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `${unique('nojs')}@example.org`;
  await page.goto(`/ru/letters/${ACTION}`);
  const letter = page.getByRole('textbox', { name: 'Ваше письмо' });
  await letter.fill('https://spam.example/a https://spam.example/b https://spam.example/c');
  await page.getByLabel('Электронная почта', { exact: true }).fill('не адрес');
  await page.getByLabel('Страна', { exact: true }).selectOption('DE');
  await page.getByRole('button', { name: 'Отправить — подтвержу по почте' }).click();

  await expect(page.getByRole('alert').first()).toHaveText('Пожалуйста, исправьте отмеченные поля.');
  await expect(letter).toHaveAccessibleDescription(/Пожалуйста, напишите письмо словами: оно не может состоять из одних ссылок\./);
  await expect(letter).toBeFocused();
  await expect(letter).toHaveValue('https://spam.example/a https://spam.example/b https://spam.example/c');
  await expect(page.getByLabel('Ваше имя')).toHaveAccessibleDescription('Пожалуйста, заполните это поле.');
  await expect(page.getByLabel('Электронная почта', { exact: true })).toHaveValue('не адрес');
  await expect(page.getByLabel('Электронная почта', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Страна', { exact: true })).toHaveValue('DE');

  await letter.fill(`Уважаемые господа,\n\nпрошу освободить Ержана Элшибаева (${unique('ru')}).`);
  await page.getByLabel('Ваше имя').fill('Анна');
  await page.getByLabel('Электронная почта', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Отправить — подтвержу по почте' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Проверьте почту');
  const { db, close } = e2eDatabase();
  try {
    expect(await db.select({ id: letters.id }).from(letters).where(eq(letters.email, email))).toHaveLength(1);
  } finally {
    await close();
  }
  await context.close();
});

test('an organiser creates and opens a digest action; it delivers one mail per recipient, listing every letter, the texts attached', async ({ page, context, baseURL }) => {
  const slug = unique('digest');
  const title = `Digest test ${slug}`;
  const admin = await organiserWithSession('organiser');
  await useSession(context, baseURL!, admin.sessionToken);
  await page.goto('/admin/letters');
  const form = page.getByRole('group', { name: 'Texts, recipients and delivery' });
  await form.getByLabel('Slug (in the address) (required)').fill(slug);
  await form.getByRole('group', { name: /^Title/ }).getByLabel('English').fill(title);
  await form.getByRole('group', { name: /^The ask/ }).getByLabel('English').fill('Ask for his release.');
  await form.getByRole('group', { name: /^Suggested letter/ }).getByLabel('English').fill('Free him.');
  await form.getByLabel('Offices written to').selectOption({ label: 'The Prosecutor General of the Republic of Kazakhstan' });
  await form.getByLabel('Delivery', { exact: true }).selectOption({ label: 'One digest a day per recipient' });
  await form.getByRole('button', { name: 'Create letter action' }).click();
  // The suggested letter must be one a supporter could send as it is.
  await expect(form.getByText(/The suggested letter must be a letter supporters may send/)).toBeVisible();
  await form
    .getByRole('group', { name: /^Suggested letter/ })
    .getByLabel('English')
    .fill('Dear Sir or Madam,\n\nPlease release Erzhan Elshibayev, whose detention the UN found arbitrary.');
  await form.getByRole('button', { name: 'Create letter action' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('This action is a draft.')).toBeVisible();
  expect((await page.request.get(`/en/letters/${slug}`)).status()).toBe(404);
  await page.getByRole('button', { name: 'Open for letters' }).click();
  await expect(page.getByRole('status')).toHaveText('Letter action opened.');
  const actionId = /\/admin\/letters\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await context.clearCookies();

  const targets = ['The Prosecutor General of the Republic of Kazakhstan', 'The Kazakh embassy in my country'];
  for (const who of ['Jonas Weber', 'Mia Braun']) {
    const email = `${unique(who.split(' ')[0]!.toLowerCase())}@example.org`;
    await writeLetter(page, slug, { name: who, email, words: `From ${who}.`, targets });
    await confirmFromMailbox(page, email);
  }

  await useSession(context, baseURL!, admin.sessionToken);
  await page.goto(`/admin/letters/${actionId}`);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Send today’s digest now' }).click();
  await expect(page.getByRole('status')).toHaveText('2 digests sent with 4 letters.');
  // The notice is a key in the address, in the organiser's language; words of anyone else's are not shown.
  const noticed = page.url();
  expect(noticed).toMatch(/[?&]done=digestSent&n\.digests=2&n\.letters=4$/);
  await page.goto(`/admin/letters/${actionId}?done=Your+session+has+expired%3A+sign+in+at+evil.example`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(/evil\.example/)).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveCount(0);
  await context.addCookies([{ name: 'dashboard-locale', value: 'ru', domain: new URL(baseURL!).hostname, path: '/admin' }]);
  await page.goto(noticed);
  await expect(page.getByRole('status')).toHaveText('Отправлены 2 сводки с 4 письмами.');
  await expect(page.getByRole('heading', { level: 2, name: 'Адресаты', exact: true })).toBeVisible();
  await context.clearCookies({ name: 'dashboard-locale' });

  for (const target of [PROSECUTOR, EMBASSY]) {
    const digest = await openMail(page, target, new RegExp(`${title}: 2 letters to`));
    // The mail lists the letters by who wrote them; the words are in the attached file.
    await expect(digest.getByText('1. Jonas, Germany')).toBeVisible();
    await expect(digest.getByText('2. Mia, Germany')).toBeVisible();
    await expect(digest.getByText('From Jonas Weber.')).toHaveCount(0);
    const file = page.getByRole('link', { name: /^letters-\d{4}-\d{2}-\d{2}\.txt$/ });
    await expect(file).toBeVisible();
    await file.click();
    await expect(page.locator('body')).toContainText('Letter 1 of 2');
    await expect(page.locator('body')).toContainText('From Jonas Weber.');
    await expect(page.locator('body')).toContainText('From Mia Braun.');
    expect(await (await mailboxRows(page, target, new RegExp(title))).count()).toBe(1);
  }
  const { db: db2, close: close2 } = e2eDatabase();
  try {
    const written = await db2.select({ id: letters.id }).from(letters).where(eq(letters.actionId, actionId));
    expect(written).toHaveLength(2);
    // Created, opened and the digest sent: each on record with the organiser.
    const entries = await db2.select().from(auditLog).where(eq(auditLog.entityId, actionId));
    expect(entries.filter((e) => e.actorEmail === admin.email)).toHaveLength(3);
  } finally {
    await close2();
  }
});

test('an organisation submits a resolution with a PDF; once an organiser verifies it, the case page shows it', async ({ page, context, baseURL }) => {
  const organisation = `Metalworkers Union, ${unique('branch')}`;
  const contact = `${unique('secretary')}@example.org`;
  await page.goto('/en/resolutions/submit');
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByLabel('Country').selectOption({ label: 'Norway' });
  await page.getByLabel('Members it represents (optional)').fill('410000');
  await page.getByLabel('Date passed').fill('2026-11-28');
  await page.getByLabel('The resolution as a PDF (optional)').setInputFiles({ name: 'resolution.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await page.getByLabel('Erzhan Elshibayev').check();
  await page.getByLabel('Your name (private)').fill('Ingrid Dahl');
  await page.getByLabel('Your email (private)').fill(contact);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Send for verification' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you');

  await page.goto('/en/cases/erzhan-elshibayev');
  await expect(page.getByText(organisation)).toHaveCount(0);

  const admin = await organiserWithSession('organiser');
  await useSession(context, baseURL!, admin.sessionToken);
  await page.goto('/admin/resolutions');
  await page.getByRole('button', { name: `Approve ${organisation}` }).click();
  await expect(page.getByRole('status')).toHaveText('Resolution approved and published.');
  await openMail(page, contact, /Your resolution of solidarity is published/);

  await page.goto('/en/cases/erzhan-elshibayev');
  const section = page.getByRole('region', { name: 'Resolutions of solidarity' });
  await expect(section.getByText(organisation)).toBeVisible();
  await expect(section.getByText(/Supported by \d+ organisations? representing [\d,]+ members?, in \d+ countr/)).toBeVisible();
  await expect(section.getByRole('listitem').filter({ hasText: organisation })).toContainText('Norway, 410,000 members');
  await expect(page.getByText(contact)).toHaveCount(0);
  await expectAccessible(page);
});

test('with JavaScript, a PDF over the limit is refused as soon as it is chosen and never sent', async ({ page, foreignRequests }) => {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await page.goto('/en/resolutions/submit');
  const file = page.getByLabel('The resolution as a PDF (optional)');
  await file.setInputFiles({ name: 'large.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(6 * 1024 * 1024)]) });
  await expect(file).toHaveAccessibleDescription('The PDF is larger than 5 MB.');
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Organisation').focus();
  await page.getByRole('button', { name: 'Send for verification' }).click();
  await expect(file).toBeFocused();
  await expect(page.getByRole('alert')).toHaveText('Please correct the fields marked below.');
  await expectAccessible(page);
  await file.setInputFiles({ name: 'resolution.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect(file).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('The PDF is larger than 5 MB.')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(posts).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('without JavaScript, a resolution comes back with its errors by field in Kazakh, the values kept, the file named to choose again; corrected, it is stored once with its PDF', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const organisation = `Мұнайшылар одағы, ${unique('kk')}`;
  const contact = `${unique('kk-secretary')}@example.org`;
  const pdf = { name: 'қарар.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };
  await page.goto('/kk/resolutions/submit');
  await page.getByLabel('Ұйым', { exact: true }).fill(organisation);
  await page.getByLabel('Ел', { exact: true }).selectOption('NO');
  await page.getByLabel('Қабылданған күні').fill('2099-01-01');
  const file = page.getByLabel('Қарар PDF түрінде (міндетті емес)');
  await file.setInputFiles(pdf);
  await page.getByLabel('Атыңыз (жарияланбайды)').fill('Айгүл');
  await page.getByLabel('Электрондық поштаңыз (жарияланбайды)').fill('мекенжай емес');
  await page.getByRole('button', { name: 'Тексеруге жіберу' }).click();

  await expect(page.getByRole('alert').first()).toHaveText('Төменде белгіленген өрістерді түзетіңіз.');
  const passedOn = page.getByLabel('Қабылданған күні');
  await expect(passedOn).toHaveAccessibleDescription('Күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз, бүгіннен кешіктірмей.');
  await expect(passedOn).toBeFocused();
  await expect(page.getByLabel('Электрондық поштаңыз (жарияланбайды)')).toHaveAccessibleDescription(/name@example\.org/);
  await expect(page.getByLabel('Ұйым', { exact: true })).toHaveValue(organisation);
  await expect(page.getByLabel('Ел', { exact: true })).toHaveValue('NO');
  await expect(file).toHaveAccessibleDescription('Сіз қарар.pdf файлын таңдаған едіңіз: форма түзетілгенше файл сақталмайды, сондықтан оны қайта таңдаңыз.');

  await passedOn.fill('2026-11-20');
  await file.setInputFiles(pdf);
  await page.getByLabel('Электрондық поштаңыз (жарияланбайды)').fill(contact);
  await page.getByRole('button', { name: 'Тексеруге жіберу' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Рақмет');
  const { db, close } = e2eDatabase();
  try {
    const rows = await db.select().from(resolutions).where(eq(resolutions.contactEmail, contact));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ organisation, country: 'NO', passedOn: '2026-11-20' });
    expect(rows[0]!.pdfPath).not.toBeNull();
  } finally {
    await close();
  }
  await context.close();
});
