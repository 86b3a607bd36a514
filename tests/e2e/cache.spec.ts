import { randomBytes } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { organiserWithSession, SESSION_COOKIE, useSession } from './admin-support';
import { expect, test } from './fixtures';

// The public pages come from the page cache and say so, with a Cache-Control a CDN may act on;
// nothing in them depends on who asks; an organiser's edit shows at once.

const SHARED = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/;

const PAGES = ['', '/cases', '/cases/aron-atabek', '/petitions', '/petitions/zhanaozen-inquiry', '/pickets', '/updates', '/zhanaozen-2011', '/about'];

/**
 * Asks until the page comes from the cache: the first visit may render it, and an edit by a test
 * running alongside (the specs run in parallel) may expire it in between; a few tries at most.
 */
async function cached(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  let response = await request.get(path, { headers });
  for (let tries = 0; tries < 5 && !/^(HIT|STALE)$/.test(response.headers()['x-nextjs-cache'] ?? ''); tries++) {
    response = await request.get(path, { headers });
  }
  return response;
}

test('every public page in every language is served from the cache with a shared Cache-Control', async ({ request }) => {
  for (const locale of ['en', 'ru', 'kk']) {
    for (const page of PAGES) {
      const path = `/${locale}${page}`;
      const response = await cached(request, path);
      expect(response.status(), path).toBe(200);
      // From the cache either way: STALE when its time bound has passed (it renders again behind).
      expect(response.headers()['x-nextjs-cache'], path).toMatch(/^(HIT|STALE)$/);
      expect(response.headers()['cache-control'], path).toMatch(SHARED);
      expect(response.headers()['set-cookie'], path).toBeUndefined();
      // The hashes of Next's inline scripts; none on a page served without them (lib/http/script-free-pages.ts).
      expect(response.headers()['content-security-policy'], path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    }
  }
});

test('a cached page is the same for a signed-in organiser, another language cookie and anyone else', async ({ request, baseURL }) => {
  const organiser = await organiserWithSession('admin');
  for (const path of ['/en', '/en/petitions/zhanaozen-inquiry', '/ru/cases/aron-atabek', '/kk/pickets']) {
    const anonymous = await cached(request, path);
    const signedIn = await request.get(path, { headers: { cookie: `${SESSION_COOKIE}=${organiser.sessionToken}; NEXT_LOCALE=ru` } });
    expect(signedIn.headers()['x-nextjs-cache'], path).toMatch(/^(HIT|STALE)$/);
    const strip = (html: string) => html.replace(/<progress[^>]*>/g, '').replace(/\d[\d,. ]* signature/g, '');
    expect(strip(await signedIn.text()), path).toBe(strip(await anonymous.text()));
    expect(await signedIn.text(), path).not.toContain(organiser.email);
  }
  // The forms on a cached page start empty, whatever was sent before.
  const page = await (await request.get('/en/petitions/zhanaozen-inquiry')).text();
  expect(page).not.toMatch(/aria-invalid="true"/);
  expect(page).not.toContain('role="alert"');
  expect(baseURL).toBeTruthy();
});

test('a filtered list is rendered per request and never shared; the same list without a query is cached', async ({ request }) => {
  const filtered = await request.get('/en/cases?status=imprisoned');
  expect(filtered.status()).toBe(200);
  expect(filtered.headers()['cache-control']).toMatch(/no-store/);
  expect(filtered.headers()['x-nextjs-cache']).toBeUndefined();
  const pickets = await request.get('/en/pickets?past=1');
  expect(pickets.headers()['cache-control']).toMatch(/no-store/);
  expect(await pickets.text()).toContain('Past pickets');
  expect((await cached(request, '/en/cases')).headers()['x-nextjs-cache']).toBe('HIT');
});

test('an organiser edits a petition: the cached page shows the new title at once, in every language', async ({ page, context, baseURL, request }) => {
  const organiser = await organiserWithSession('organiser');
  await useSession(context, baseURL!, organiser.sessionToken);
  const slug = `cache-${randomBytes(4).toString('hex')}`;
  const title = `Release the striking teachers ${slug}`;

  await page.goto('/admin/petitions');
  const form = page.getByRole('group', { name: 'Petition texts and dates' });
  await form.getByLabel('Slug (in the address) (required)').fill(slug);
  await form.getByRole('group', { name: /^Title/ }).getByLabel('English').fill(title);
  await form.getByRole('group', { name: /^Addressed to/ }).getByLabel('English').fill('The Minister of Education');
  await form.getByRole('group', { name: /^Summary/ }).getByLabel('English').fill('Drop the charges against the teachers.');
  await form.getByRole('group', { name: /^Text/ }).getByLabel('English').fill('They stopped work for a fair wage.');
  await form.getByLabel('Goal (signatures) (required)').fill('1000');
  await form.getByRole('button', { name: 'Create petition' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByRole('button', { name: 'Open for signing' }).click();
  await expect(page.getByRole('status')).toHaveText('Petition opened.');

  // Cached in each language, and on the list.
  for (const locale of ['en', 'ru', 'kk']) {
    const response = await cached(request, `/${locale}/petitions/${slug}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(title);
  }
  expect(await (await cached(request, '/en/petitions')).text()).toContain(title);

  const renamed = `Free the striking teachers ${slug}`;
  const texts = page.getByRole('group', { name: 'Petition texts and dates' });
  await texts.getByRole('group', { name: /^Title/ }).getByLabel('English').fill(renamed);
  await texts.getByRole('button', { name: 'Save petition' }).click();
  await expect(page.getByText('Petition saved.')).toBeVisible();

  // No waiting: the first visit after the save already has it (rendered again, then cached again).
  for (const locale of ['en', 'ru', 'kk']) {
    const first = await request.get(`/${locale}/petitions/${slug}`);
    expect(await first.text(), locale).toContain(renamed);
    expect((await request.get(`/${locale}/petitions/${slug}`)).headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
  }
  expect(await (await request.get('/en/petitions')).text()).toContain(renamed);
  await page.goto(`/en/petitions/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
});
