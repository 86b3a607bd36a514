import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { sessions } from '@/db/schema';
import { TAG_EXPIRIES_READ_EVERY_MS } from '@/lib/cache/tag-expiries';
import { closeProducer } from '@/lib/mail/queue';
import { createPetition, openPetition } from '@/lib/petitions/organise';
import { ensureProductionBuild, exitCode } from '@/scripts/production-build';
import { useTestDatabase } from '../support/database';
import { expireEarlierPages } from '../support/page-cache';
import { makeActor } from '../support/organisers';
import { freePort } from '../support/pgbouncer';

// Public pages are cached per web process (memory, then .next/ on disk) and expired by tag when an
// organiser changes what they show. Here two production web servers share one database, as the
// processes of one host or of several do: a page cached by both, an edit saved through one, and
// the other must show it at once, not after the page's 60 s `revalidate`. A server started after
// the edit must not serve the page stored before it, nor one whose listening connection was lost.

const SECRET = 'page-cache-test-secret-of-at-least-32-chars';
/** The petitions list: tagged `petitions`, rendered again by itself only after 60 s. */
const LIST = '/en/petitions';
/** At once: well inside the list's 60 s, and the time a notice and one read of a small table take. */
const within = 2_000;

const database = useTestDatabase({ seed: true });
type Web = { name: string; url: string; child: ChildProcess };
const webs: Web[] = [];
let output = '';

function startWeb(name: string, port: number, appUrl: string): Web {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only.mjs', 'scripts/server.ts'], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      DATABASE_URL: database.url(),
      APP_SECRET: SECRET,
      APP_URL: appUrl,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      WEB_CONCURRENCY: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (c: Buffer) => (output = (output + `[${name}] ${c.toString()}`).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const web = { name, url: `http://127.0.0.1:${port}`, child };
  webs.push(web);
  return web;
}

async function until<T>(what: string, ms: number, check: () => T | Promise<T>, every = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${output.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

async function serving(web: Web): Promise<void> {
  await until(`${web.name} to serve`, 300_000, async () => {
    if (web.child.exitCode !== null) throw new Error(`${web.name} exited\n${output}`);
    return fetch(`${web.url}/api/health`).then((r) => r.ok, () => false);
  });
}

async function stop(web: Web): Promise<void> {
  if (web.child.exitCode === null && web.child.signalCode === null) web.child.kill('SIGTERM');
  await exitCode(web.child);
}

/** The page as served, once it comes from the cache (the first visit renders it). */
async function cachedPage(web: Web, path: string): Promise<string> {
  return until(`${path} from the cache of ${web.name}`, 10_000, async () => {
    const response = await fetch(web.url + path);
    expect(response.status).toBe(200);
    return /^(HIT|STALE)$/.test(response.headers.get('x-nextjs-cache') ?? '') ? response.text() : null;
  });
}

/** An id of the build's server actions, as a browser would post it. */
function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string; filename: string }>;
  };
  const found = Object.entries(manifest.node).find(([, a]) => a.exportedName === name && a.filename.startsWith('app/admin/'));
  if (!found) throw new Error(`no server action ${name}`);
  return found[0];
}

let organiserCookie = '';

/** The dashboard's "Save petition", through `web`, as an organiser's browser sends it. */
async function renamePetition(web: Web, title: string): Promise<void> {
  const body = new FormData();
  const fields = { slug: petition.slug, 'title.en': title, 'target.en': 'The Prosecutor General', 'summary.en': 'Summary', 'body.en': 'Body', goal: '10' };
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.set('0', JSON.stringify([petition.id, null, '$K1']));
  const response = await fetch(`${web.url}/admin/petitions/${petition.id}`, {
    method: 'POST',
    headers: { Origin: webs[0]!.url, Cookie: organiserCookie, 'Next-Action': actionId('updatePetitionAction') },
    body,
    redirect: 'manual',
  });
  const text = await response.text();
  expect(response.status, text.slice(0, 500)).toBe(200);
  expect(text).toContain('"ok":true');
  petition.title = title;
}

let a: Web;
let b: Web;
/** One petition, renamed by each test; created before any page is cached (a command run here, outside a request, expires nothing). */
const petition = { id: '', slug: `across-${randomBytes(4).toString('hex')}`, title: 'Release the dockers' };
const rename = (words: string) => `${words} ${randomBytes(3).toString('hex')}`;

beforeAll(async () => {
  // One production build, shared with the end-to-end tests (built here only when the sources changed).
  expect(await ensureProductionBuild({ ...process.env, NODE_ENV: 'production' })).toBe(0);
  const actor = await makeActor('organiser');
  const created = await createPetition(actor, {
    slug: petition.slug,
    target: { en: 'The Prosecutor General' },
    title: { en: petition.title },
    summary: { en: 'Summary' },
    body: { en: 'Body' },
    goal: 10,
  });
  if (!created?.ok || !created.id) throw new Error(JSON.stringify(created));
  petition.id = created.id;
  await openPetition(actor, created.id);
  const token = randomBytes(32).toString('hex');
  await db().insert(sessions).values({ sessionToken: token, userId: actor.userId, expires: new Date(Date.now() + 86_400_000) });
  organiserCookie = `authjs.session-token=${token}`;

  await expireEarlierPages(db());
  const ports = [await freePort(), await freePort()];
  const appUrl = `http://127.0.0.1:${ports[0]}`;
  a = startWeb('A', ports[0]!, appUrl);
  b = startWeb('B', ports[1]!, appUrl);
  await Promise.all([serving(a), serving(b)]);
}, 900_000);

afterAll(async () => {
  await Promise.all(webs.map(stop));
  await closeProducer();
}, 60_000);

describe('the page cache of several web processes', () => {
  it('shows an edit saved through one process on the cached page of another at once', async () => {
    for (const web of [a, b]) expect(await cachedPage(web, LIST)).toContain(petition.title);
    const renamed = rename('Free the dockers');

    const saved = Date.now();
    await renamePetition(a, renamed);
    const answered = Date.now();
    // B's first visit after the save: already expired there (a MISS, rendered again) when the save is answered.
    const first = await fetch(b.url + LIST);
    const firstText = await first.text();
    const rendered = Date.now();
    const seen = firstText.includes(renamed) ? rendered : await until(`the new title on ${b.name}`, within, async () => ((await (await fetch(b.url + LIST)).text()).includes(renamed) ? Date.now() : null), 20);
    // For comparison, what rendering the list again takes on A, which made the change.
    const onA = await fetch(a.url + LIST);
    expect(await onA.text()).toContain(renamed);
    console.log(
      `[page cache] save answered in ${answered - saved} ms; B's first visit after it: ${first.headers.get('x-nextjs-cache')}, ` +
        `${firstText.includes(renamed) ? 'the new title' : 'the old title'}, answered in ${rendered - answered} ms; new title on B ${seen - answered} ms after the save was answered; ` +
        `A's first visit: ${onA.headers.get('x-nextjs-cache')}, ${Date.now() - seen} ms`,
    );

    // Rendered once again, then from the cache again, on both.
    for (const web of [a, b]) expect(await cachedPage(web, LIST)).toContain(renamed);
  }, 60_000);

  it('does not serve, from a process started later, a page stored before an expiry it never heard of', async () => {
    // B stores the list (in memory and on disk, which the processes of one host share) and stops.
    expect(await cachedPage(b, LIST)).toContain(petition.title);
    await stop(b);
    // The edit, through A, which then does not render the list again: the old one stays on disk.
    const renamed = rename('Free the drivers');
    await renamePetition(a, renamed);

    const port = await freePort();
    const c = startWeb('C', port, a.url);
    await serving(c);
    const first = await fetch(c.url + LIST);
    expect(await first.text()).toContain(renamed);
    expect(first.headers.get('x-nextjs-cache')).toBe('MISS');
    b = c;
  }, 360_000);

  it('catches up on an expiry whose notice it missed while its listening connection was lost', async () => {
    for (const web of [a, b]) expect(await cachedPage(web, LIST)).toContain(petition.title);
    // B stands still while every listening connection is cut and the edit is made: its notice
    // reaches nobody in B. When B runs again it finds its connection gone and listens again.
    b.child.kill('SIGSTOP');
    const renamed = rename('Free the miners');
    try {
      await db().execute(sql`select pg_terminate_backend(pid) from pg_stat_activity
                             where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`);
      await renamePetition(a, renamed);
    } finally {
      b.child.kill('SIGCONT');
    }
    const resumed = Date.now();
    let old = 0;
    const seen = await until(`the new title on ${b.name}`, TAG_EXPIRIES_READ_EVERY_MS + within, async () => {
      if ((await (await fetch(b.url + LIST)).text()).includes(renamed)) return Date.now();
      old += 1;
      return null;
    }, 20);
    console.log(`[page cache] with its notice missed, B showed the edit ${seen - resumed} ms after it ran again (${old} old answers before)`);
  }, 60_000);
});
