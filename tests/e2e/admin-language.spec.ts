import { organiserWithSession, useSession } from './admin-support';
import { expect, expectAccessible, test } from './fixtures';

// The case editor is a long page; axe needs time on it. The sign-in mail comes through the worker.
test.describe.configure({ timeout: 120_000 });

test('an organiser switches the dashboard to Russian, works in it, and finds it in Russian in another browser; then in Kazakh', async ({
  page,
  context,
  browser,
  baseURL,
  foreignRequests,
}) => {
  const organiser = await organiserWithSession('organiser');
  await useSession(context, baseURL!, organiser.sessionToken);

  await page.goto('/admin');
  const languages = page.getByRole('group', { name: 'Language of the dashboard' });
  await languages.getByRole('button', { name: 'Русский' }).click();

  // The dashboard home, in Russian.
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const nav = page.getByRole('navigation', { name: 'Кабинет' });
  await expect(nav.getByRole('link', { name: 'Обзор' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(`Вы вошли как ${organiser.email} (организатор)`);
  await expect(page.getByRole('group', { name: 'Язык кабинета' }).getByText('Русский')).toHaveAttribute('aria-current', 'true');
  await expectAccessible(page);

  // A case editor: headings and labels in Russian; saving says so in Russian.
  await nav.getByRole('link', { name: 'Дела', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Дела');
  await expect(page).toHaveTitle(/^Дела · Кабинет организатора$/);
  await page.getByRole('link', { name: 'Редактировать: Amin Yeleusinov' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Личность и тексты' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'История статуса' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Хронология' })).toBeVisible();
  const identity = page.getByRole('group', { name: 'Личность и тексты' });
  await expect(identity.getByLabel('Год рождения')).toBeVisible();
  // A field error reads in Russian too: it comes from the same schema as the English one.
  await identity.getByLabel('Год рождения').fill('тысяча');
  await identity.getByLabel(/^Короткое имя/).fill('Amin Yeleusinov');
  await identity.getByRole('button', { name: 'Сохранить' }).click();
  await expect(identity.getByRole('alert')).toHaveText('Некоторые поля нужно исправить; ничего не сохранено.');
  await expect(identity.getByLabel('Год рождения')).toHaveAccessibleDescription('Введите целое число.');
  await expect(identity.getByLabel(/^Короткое имя/)).toHaveAccessibleDescription(/Строчные латинские буквы, цифры и одиночные дефисы, например nurbek-kushakbayev\./);
  await identity.getByLabel(/^Короткое имя/).fill('amin-yeleusinov');
  await identity.getByLabel('Год рождения').fill('1971');
  await identity.getByRole('button', { name: 'Сохранить' }).click();
  await expect(identity.getByRole('status')).toHaveText('Сохранено.');
  await expectAccessible(page);

  // The audit log: its heading and columns, dates written the Russian way.
  await nav.getByRole('link', { name: 'Журнал изменений' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Журнал изменений');
  await expect(page.getByRole('columnheader', { name: 'Что произошло' })).toBeVisible();
  const mine = page.getByRole('row').filter({ hasText: organiser.email }).first();
  await expect(mine.locator('time')).toHaveText(/^\d{1,2} [а-я]{3,4}\.? \d{4} г\., \d{2}:\d{2}:\d{2} UTC$/);
  await expectAccessible(page);

  // The choice stays: on reload, and in a browser that never chose (it is on the organiser's record).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Журнал изменений');
  const other = await browser.newContext({ locale: 'en-GB' });
  await useSession(other, baseURL!, organiser.sessionToken);
  const elsewhere = await other.newPage();
  await elsewhere.goto(`${baseURL}/admin/cases`);
  await expect(elsewhere.getByRole('heading', { level: 1 })).toHaveText('Дела');
  await other.close();

  // Kazakh.
  await page.getByRole('group', { name: 'Язык кабинета' }).getByRole('button', { name: 'Қазақша' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Өзгерістер журналы');
  await expect(page.getByRole('navigation', { name: 'Кабинет' }).getByRole('link', { name: 'Істер', exact: true })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Не болды' })).toBeVisible();
  await expectAccessible(page);
  expect(foreignRequests).toEqual([]);
});

test('the sign-in page and its mail follow the browser’s language before any choice', async ({ browser, baseURL }) => {
  // An organiser who has never chosen a language, on a browser set to Russian.
  const organiser = await organiserWithSession('organiser');
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(`${baseURL}/admin/sign-in`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вход для организаторов');
  await page.getByLabel('Адрес электронной почты').fill(organiser.email);
  await page.getByRole('button', { name: 'Прислать ссылку для входа' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Если этот адрес принадлежит организатору, ссылка для входа уже в пути. Она действует 15 минут и только один раз.',
  );
  await expectAccessible(page);

  // The mail is in Russian too.
  await expect(async () => {
    await page.goto(`${baseURL}/dev/mailbox`);
    await expect(page.getByRole('row').filter({ hasText: organiser.email }).filter({ hasText: 'Ссылка для входа в Yntymaq' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });

  // Choosing Kazakh on the sign-in page changes it at once.
  await page.goto(`${baseURL}/admin/sign-in`);
  await page.getByRole('group', { name: 'Язык кабинета' }).getByRole('button', { name: 'Қазақша' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ұйымдастырушылардың кіруі');
  await expect(page.getByLabel('Электрондық пошта мекенжайы')).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
