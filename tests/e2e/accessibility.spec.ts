import { expect, expectAccessible, test } from './fixtures';

const paths = [
  '',
  '/cases',
  '/cases?status=paroled',
  '/cases/erzhan-elshibayev',
  '/cases/nurbek-kushakbayev',
  '/cases/amin-yeleusinov',
  '/cases/aron-atabek',
  '/zhanaozen-2011',
  '/pickets',
  '/pickets/propose',
  '/letters/write-for-erzhan-elshibayev',
  '/resolutions/submit',
  '/about',
];

for (const locale of ['en', 'ru', 'kk']) {
  for (const path of paths) {
    test(`/${locale}${path} has no WCAG 2.1 AA violations and no foreign requests`, async ({ page, foreignRequests }) => {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(200);
      await expectAccessible(page);
      expect(foreignRequests).toEqual([]);
    });
  }
}

test('the profile fits a 375 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/ru/cases/aron-atabek');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the keyboard reaches the main content first through the skip link', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
