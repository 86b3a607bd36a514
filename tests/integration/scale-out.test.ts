import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { invalidationNotice } from '@/db/invalidation';
import { reconcileTallies } from '@/lib/petitions/tally';
import { ensureProductionBuild, exitCode } from '@/scripts/production-build';
import { useTestDatabase } from '../support/database';
import { freePort, startPgBouncer, type PgBouncer } from '../support/pgbouncer';
import { startResendServer, type ResendTestServer } from '../support/resend-server';

// The platform grown past one machine, as docs/deploy.md describes it: two web servers and two
// workers, each its own process, against one PostgreSQL through PgBouncer in transaction mode
// (prepared statements off, LISTEN and migrations on the direct address). Signatures and
// confirmations go to both web servers in turn; one worker is SIGKILLed while it delivers. Every
// signature must be stored once, every mail sent once, and the public count be exact.

const PETITION = 'zhanaozen-inquiry';
const SIGNERS = 40;
const RUN = randomBytes(3).toString('hex');
const SECRET = 'scale-out-test-secret-of-at-least-32-chars';

const database = useTestDatabase({ seed: true });
let bouncer: PgBouncer;
let resend: ResendTestServer;
const webs: { url: string; child: ChildProcess }[] = [];
const workers: ChildProcess[] = [];
let output = '';

function run(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only.mjs', script], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept for the failure message: what each process said.
  const keep = (c: Buffer) => (output = (output + c.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return child;
}

async function until<T>(what: string, ms: number, check: () => T | Promise<T>): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${output.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const email = (i: number) => `scale-${RUN}-${i}@mail${i % 8}.example`;

beforeAll(async () => {
  // One production build, shared with the end-to-end tests (built here only when the sources changed).
  expect(await ensureProductionBuild({ ...process.env, NODE_ENV: 'production' })).toBe(0);
  bouncer = await startPgBouncer(database.url());
  resend = await startResendServer({ latencyMs: 250 });

  const shared = {
    DATABASE_URL: bouncer.url,
    DATABASE_DIRECT_URL: database.url(),
    APP_SECRET: SECRET,
    RESEND_API_KEY: 're_scale_out_test',
    RESEND_BASE_URL: resend.url,
    NODE_ENV: 'production',
  };
  const ports = [await freePort(), await freePort()];
  const appUrl = `http://127.0.0.1:${ports[0]}`;
  for (const port of ports) {
    const child = run('scripts/server.ts', {
      ...shared,
      APP_URL: appUrl,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      WEB_CONCURRENCY: '1',
      // As behind one proxy: each signer comes from an address of its own.
      TRUSTED_PROXIES: '1',
    });
    webs.push({ url: `http://127.0.0.1:${port}`, child });
  }
  for (let i = 0; i < 2; i++) {
    workers.push(
      run('scripts/worker.ts', {
        ...shared,
        APP_URL: appUrl,
        MAIL_RATE_PER_SECOND: '4',
        MAIL_CONCURRENCY: '2',
        // A killed worker's job is taken for dead after this and handed to the other worker.
        MAIL_JOB_TIMEOUT_SECONDS: '4',
        MAIL_RETRY_DELAY_SECONDS: '1',
      }),
    );
  }
  for (const web of webs) {
    // Generous: a production server starts in seconds, but on a loaded CI machine in much more.
    await until(`${web.url} to serve`, 300_000, async () => {
      if (web.child.exitCode !== null) throw new Error(`a web server exited\n${output}`);
      return fetch(`${web.url}/api/health`).then((r) => r.ok, () => false);
    });
  }
  await until('both workers to start', 300_000, () => (output.match(/\[mail\] worker started/g) ?? []).length >= 2);
}, 900_000);

afterAll(async () => {
  const children = [...webs.map((w) => w.child), ...workers].filter((c) => c.exitCode === null && c.signalCode === null);
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map(exitCode));
  await bouncer?.stop();
  await resend?.close();
}, 60_000);

const counts = async (web: string) => ((await (await fetch(`${web}/api/petitions/${PETITION}`)).json()) as { signatures: number }).signatures;

describe('two web servers and two workers behind PgBouncer in transaction mode', () => {
  it('stores every signature once, sends every mail once and counts exactly, with a worker killed mid-delivery', async () => {
    const before = await counts(webs[0]!.url);

    // Signatures, every other one through each web server, all at once.
    const statuses = await Promise.all(
      Array.from({ length: SIGNERS }, async (_, i) => {
        const response = await fetch(`${webs[i % 2]!.url}/api/petitions/${PETITION}/signatures`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i + 1}` },
          body: JSON.stringify({ name: 'Scale Signer', email: email(i), country: ['KZ', 'DE', 'FR'][i % 3], locale: 'en', publicName: i % 2 === 0 }),
        });
        return response.status;
      }),
    );
    expect(statuses, output.slice(-4000)).toEqual(Array(SIGNERS).fill(202));

    // One worker dies while the confirmation mails go out.
    await until('the first confirmation mails', 60_000, () => resend.delivered.length >= 8);
    workers[0]!.kill('SIGKILL');
    const confirmMails = await until('every confirmation mail', 90_000, () => {
      const mails = resend.delivered.filter((m) => m.to.startsWith(`scale-${RUN}-`));
      return mails.length >= SIGNERS ? mails : null;
    });

    // Each signer follows the link in their mail; every other one on each web server.
    const links = confirmMails.map((m) => /\/en\/confirm\/([A-Za-z0-9_-]+)/.exec(m.html ?? m.text ?? '')?.[1]);
    expect(links.every(Boolean)).toBe(true);
    let refused = '';
    const pages = await Promise.all(
      links.map(async (token, i) => {
        const response = await fetch(`${webs[i % 2]!.url}/en/confirm/${token}`);
        if (response.status !== 200) refused ||= `${response.status}: ${(await response.text()).slice(0, 500)}`;
        return response.status;
      }),
    );
    expect(pages, `${refused}\n${output.slice(-6000)}`).toEqual(Array(SIGNERS).fill(200));
    await until('every "signature confirmed" mail', 90_000, () => resend.delivered.filter((m) => m.to.startsWith(`scale-${RUN}-`)).length >= 2 * SIGNERS);
    // A moment more, so a duplicate sent late would be seen.
    await new Promise((r) => setTimeout(r, 2_000));

    // Every signature stored once, and confirmed.
    const rows = await db().execute<{ email: string; n: number; confirmed: number }>(
      sql`select email, count(*)::int as n, count(*) filter (where status = 'confirmed')::int as confirmed
          from signatures where email like ${`scale-${RUN}-%`} group by email`,
    );
    expect(rows.length).toBe(SIGNERS);
    expect(rows.every((r) => r.n === 1 && r.confirmed === 1)).toBe(true);

    // Every mail sent once: for each signer one confirmation request and one thank-you, whatever the kill did.
    const perSigner = new Map<string, string[]>();
    for (const mail of resend.delivered.filter((m) => m.to.startsWith(`scale-${RUN}-`))) {
      perSigner.set(mail.to, [...(perSigner.get(mail.to) ?? []), mail.subject]);
    }
    expect(perSigner.size).toBe(SIGNERS);
    for (const subjects of perSigner.values()) {
      expect(subjects.length).toBe(2);
      expect(new Set(subjects).size).toBe(2);
    }

    // The public count is exact on both web servers after the reconcile job's work.
    await reconcileTallies(db());
    for (const web of webs) await until(`the count on ${web.url}`, 5_000, async () => (await counts(web.url)) === before + SIGNERS);
  }, 300_000);

  it('drops the petition both web servers keep in memory when a change is announced', async () => {
    await db().execute(sql`update petitions set status = 'closed' where slug = ${PETITION}`);
    const { channel, payload } = invalidationNotice('petition', PETITION);
    // Through the pooler, as the dashboard of any web server would announce it.
    await db().execute(sql`select pg_notify(${channel}, ${payload})`);
    for (const web of webs) {
      // Well inside the 5 s a web process keeps the petition for signing.
      await until(`${web.url} to refuse signatures`, 2_000, async () => {
        const response = await fetch(`${web.url}/api/petitions/${PETITION}/signatures`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'Late Signer', email: `late-${RUN}@example.org`, country: 'KZ' }),
        });
        return response.status === 409;
      });
    }
  }, 30_000);

  it('answers the sign endpoint itself with the guards and headers of every API route', async () => {
    const web = webs[1]!.url;
    const health = await fetch(`${web}/api/health`);
    const post = (body: string, type = 'application/json') =>
      fetch(`${web}/api/petitions/${PETITION}/signatures`, { method: 'POST', headers: { 'content-type': type }, body });
    const invalid = await post(JSON.stringify({ name: '', email: 'nope', country: 'XX', locale: 'ru' }));
    expect(invalid.status).toBe(422);
    const answer = (await invalid.json()) as { errors: Record<string, { code: string; message: string }[]> };
    expect(answer.errors.email?.[0]?.code).toBe('invalidEmail');
    expect(answer.errors.email?.[0]?.message).toMatch(/[а-яё]/i); // in Russian
    for (const header of ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) {
      expect(invalid.headers.get(header), header).toBe(health.headers.get(header));
    }
    expect(invalid.headers.get('cache-control')).toBe('no-store, no-transform');
    expect((await post('{}', 'text/plain')).status).toBe(415);
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ name: 'x'.repeat(20_000) }))).status).toBe(413);
    expect((await fetch(`${web}/api/petitions/no-such-petition/signatures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'A', email: 'a@example.org', country: 'KZ' }) })).status).toBe(404);
  }, 30_000);
});
