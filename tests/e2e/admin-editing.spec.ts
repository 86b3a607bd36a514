import { organiserWithSession, useSession } from './admin-support';
import { expect, expectAccessible, test } from './fixtures';

// The case editor is a long page (every record of a case, each with its form); axe needs time on it.
test.describe.configure({ timeout: 120_000 });

test('an organiser changes a status and adds a timeline entry; the public page and the audit log show both at once', async ({
  page,
  context,
  baseURL,
  foreignRequests,
}) => {
  const organiser = await organiserWithSession('organiser');
  await useSession(context, baseURL!, organiser.sessionToken);

  await page.goto('/admin/cases');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Edit Amin Yeleusinov' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amin Yeleusinov');
  await expectAccessible(page);

  const statuses = page.getByRole('region', { name: 'Status history' });
  const newStatus = statuses.getByRole('group', { name: 'New entry' });
  await newStatus.getByLabel('Status', { exact: true }).selectOption({ label: 'Released' });
  await newStatus.getByLabel('Since', { exact: true }).fill('2031-03-04');
  await newStatus.getByLabel('Last reported on').fill('2031-03-01');
  await newStatus.getByRole('button', { name: 'Add' }).click();
  // Dates out of order: an error at the field, what was typed kept, nothing saved.
  await expect(newStatus.getByText('The date last reported cannot be before the status began.')).toBeVisible();
  await expect(newStatus.getByLabel('Since', { exact: true })).toHaveValue('2031-03-04');
  await expect(newStatus.getByLabel('Last reported on')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await newStatus.getByLabel('Last reported on').fill('2031-03-05');
  await newStatus.getByLabel('Confirmed by a recent source').check();
  await newStatus.getByRole('button', { name: 'Add' }).click();
  await expect(statuses.getByRole('status')).toHaveText('Added.');

  const timeline = page.getByRole('region', { name: 'Timeline' });
  const newEvent = timeline.getByRole('group', { name: 'New entry' });
  await newEvent.getByLabel('Date (required)').fill('2031-03-04');
  await newEvent.getByLabel('Kind').selectOption({ label: 'Release' });
  await newEvent.getByRole('group', { name: /^Title/ }).getByLabel('English').fill('Freed after a solidarity campaign');
  await newEvent.getByRole('button', { name: 'Add' }).click();
  await expect(timeline.getByRole('status')).toHaveText('Added.');

  await page.goto('/en/cases/amin-yeleusinov');
  await expect(page.locator('.profile-status')).toContainText('Released');
  await expect(page.locator('.profile-status')).toContainText('4 March 2031');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Freed after a solidarity campaign');

  await page.goto('/admin/cases');
  await page.getByRole('link', { name: 'Edit Amin Yeleusinov' }).click();
  await page.getByRole('link', { name: 'History of this case' }).click();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'added a timeline entry to the case of Amin Yeleusinov' })).toContainText(organiser.email);
  await expect(rows.filter({ hasText: 'added a status to the case of Amin Yeleusinov' })).toContainText(organiser.email);
  await expectAccessible(page);
  expect(foreignRequests).toEqual([]);
});

test('a duplicate slug is refused with a clear error and nothing is created', async ({ page, context, baseURL }) => {
  const organiser = await organiserWithSession('organiser');
  await useSession(context, baseURL!, organiser.sessionToken);
  await page.goto('/admin/cases');
  const form = page.getByRole('region', { name: 'New case' });
  await form.getByLabel(/^Slug/).fill('aron-atabek');
  await form.getByRole('group', { name: /^Name/ }).getByLabel('English').fill('Someone Else');
  await form.getByRole('group', { name: /^Summary/ }).getByLabel('English').fill('Summary');
  await form.getByRole('group', { name: /^Biography/ }).getByLabel('English').fill('Biography');
  await form.getByRole('button', { name: 'Create case' }).click();
  await expect(form.getByText('Another case already has this slug.')).toBeVisible();
  await expect(form.getByRole('group', { name: /^Name/ }).getByLabel('English')).toHaveValue('Someone Else');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Edit Someone Else' })).toHaveCount(0);
});

test('a file that is not an image is refused as a photo', async ({ page, context, baseURL }) => {
  const organiser = await organiserWithSession('organiser');
  await useSession(context, baseURL!, organiser.sessionToken);
  await page.goto('/admin/cases');
  await page.getByRole('link', { name: 'Edit Erzhan Elshibayev' }).click();
  await page.getByLabel(/^Image/).setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<svg onload=alert(1)>') });
  await page.getByRole('button', { name: 'Upload photo' }).click();
  await expect(page.getByRole('region', { name: 'Photo' }).getByRole('alert')).toHaveText('This file is not a JPEG, PNG or WebP image.');

  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await page.getByLabel(/^Image/).setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Upload photo' }).click();
  await expect(page.getByRole('region', { name: 'Photo' }).getByRole('status')).toHaveText('Photo uploaded.');
  const src = await page.getByRole('img', { name: 'Current photo' }).getAttribute('src');
  const served = await page.request.get(src!);
  expect(served.headers()['content-type']).toBe('image/png');
});

test('the dashboard screens have no WCAG 2.1 AA violations', async ({ page, context, baseURL }) => {
  const admin = await organiserWithSession('admin');
  await useSession(context, baseURL!, admin.sessionToken);
  for (const path of ['/admin', '/admin/sources', '/admin/organisers', '/admin/audit']) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await context.clearCookies();
  for (const path of ['/admin/sign-in', '/admin/sign-in/confirm?token=t&email=a%40b.c']) {
    await page.goto(path);
    await expectAccessible(page);
  }
});
