import { expect, test } from './fixtures';

// The policy of cached pages: no nonce (the same page serves everyone), the hashes of Next's own
// inline scripts. /dev/csp-probe/… (served by the e2e server only) is a cached page whose content
// holds an inline script and an inline handler, as an injection would put them there.

test('a script and a handler injected into a cached page are blocked, while the page’s own scripts run', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const path = `/dev/csp-probe/${Date.now()}`;
  await page.request.get(path); // rendered and cached by this first visit
  const response = await page.goto(path);
  expect(response!.headers()['x-nextjs-cache']).toBe('HIT');
  const policy = response!.headers()['content-security-policy']!;
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(policy).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'nonce-)/);

  // The page's own scripts ran: React hydrated the client component.
  await expect(page.getByRole('status')).toHaveText('Scripts run');
  // The injected ones did not.
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
  expect(await page.evaluate(() => document.body.dataset.handler)).toBeUndefined();
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  // The server's marker never reaches the browser: not as an attribute, not in the RSC payload.
  const html = await response!.text();
  expect(html).not.toMatch(/nonce=/);
  expect(html).not.toMatch(/nonce\\*":\\*"[A-Za-z0-9_-]/);
  const rsc = await page.request.get(path, { headers: { rsc: '1' } });
  expect(await rsc.text()).not.toMatch(/nonce\\*":\\*"[A-Za-z0-9_-]/);
});

test('the public pages carry no nonce and their own scripts run under the hashed policy', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/en/petitions/zhanaozen-inquiry');
  // The live count's script runs (it has read count.json) only if scripts run.
  const read = page.waitForResponse((r) => r.url().endsWith('/api/petitions/zhanaozen-inquiry/count.json'));
  await page.reload();
  expect((await read).status()).toBe(200);
  expect(await (await page.request.get('/en/petitions/zhanaozen-inquiry')).text()).not.toContain('nonce=');
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});
