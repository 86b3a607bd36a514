import { spawn } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { openPostgres } from '@/db/connection';
import { invalidationNotice, listenForInvalidations, stopListening } from '@/db/invalidation';
import { petitions, signatures } from '@/db/schema';
import { closeProducer } from '@/lib/mail/queue';
import { createPetition, openPetition } from '@/lib/petitions/organise';
import { recentPetitionPage } from '@/lib/petitions/queries';
import { signPetition } from '@/lib/petitions/sign';
import { useTestDatabase } from '../support/database';
import { makeActor } from '../support/organisers';

// The web processes (on one machine or many) each keep the petition being signed and the block
// lists in memory for seconds. These tests change them from elsewhere — another client of the
// database, another process — and expect this process to drop its copy at once, well inside those
// seconds.

process.env.APP_SECRET = 'integration-test-secret-of-at-least-32-chars';

const database = useTestDatabase({ seed: true });
afterAll(async () => {
  await stopListening();
  await closeProducer();
});

let counter = 0;
async function openTestPetition() {
  counter += 1;
  const actor = await makeActor('organiser');
  const created = await createPetition(actor, {
    slug: `invalidation-${counter}-${Date.now()}`,
    target: { en: 'The Prosecutor General' },
    title: { en: 'A petition that changes' },
    summary: { en: 'Summary' },
    body: { en: 'Body' },
    goal: 10,
  });
  if (!created?.ok || !created.id) throw new Error(JSON.stringify(created));
  await openPetition(actor, created.id);
  const [row] = await db().select().from(petitions).where(eq(petitions.id, created.id));
  return { actor, petition: row! };
}

const form = (email: string) => ({ name: 'Aigerim', email, country: 'KZ', locale: 'en' });

/** Polls `check` for up to `ms` (the caches live 1–10 s: well under that proves a notification). */
async function within<T>(ms: number, check: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('in-process caches across processes', () => {
  it('drops the petition it keeps for signing when another client announces a change', async () => {
    const { petition } = await openTestPetition();
    await listenForInvalidations();
    expect(await signPetition(petition.slug, form('first@example.org'), { ip: null })).toEqual({ ok: true });

    // Another web process closed it: the row changes and the change is announced, on another connection.
    const other = openPostgres(database.url(), { max: 1 });
    try {
      await other`update petitions set status = 'closed' where id = ${petition.id}`;
      const { channel, payload } = invalidationNotice('petition', petition.slug);
      await other`select pg_notify(${channel}, ${payload})`;
    } finally {
      await other.end();
    }
    const outcome = await within(1_000, () => signPetition(petition.slug, form('second@example.org'), { ip: null }), (o) => !o.ok);
    expect(outcome).toEqual({ ok: false, error: 'closed' });
  });

  it('drops the petition page it shares between requests when another client announces a change', async () => {
    const { petition } = await openTestPetition();
    await listenForInvalidations();
    expect((await recentPetitionPage(petition.slug))?.petition.status).toBe('open');
    const other = openPostgres(database.url(), { max: 1 });
    try {
      await other`update petitions set status = 'closed' where id = ${petition.id}`;
      const { channel, payload } = invalidationNotice('petition', petition.slug);
      await other`select pg_notify(${channel}, ${payload})`;
    } finally {
      await other.end();
    }
    const page = await within(500, () => recentPetitionPage(petition.slug), (p) => p?.petition.status === 'closed');
    expect(page?.petition.status).toBe('closed');
  });

  it('sees a block added by another process at once, not after the block lists run out', async () => {
    const { petition } = await openTestPetition();
    await listenForInvalidations();
    await signPetition(petition.slug, form('before@blocked-later.example'), { ip: null });
    const [before] = await db().select().from(signatures).where(eq(signatures.email, 'before@blocked-later.example'));
    expect(before?.flagged).toBe(false);

    // A separate Node.js process adds the block as the dashboard does (addBlock) and exits.
    const script = `
      import { addBlock } from '@/lib/petitions/blocks';
      import { closeDb } from '@/db/client';
      const result = await addBlock(JSON.parse(process.env.ACTOR), { kind: 'domain', value: 'blocked-later.example', note: '' });
      if (!result.ok) { console.error(JSON.stringify(result)); process.exit(1); }
      await closeDb();
      process.exit(0);`;
    const actor = await makeActor('organiser');
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only.mjs', '--input-type=module', '-e', script], {
      env: { ...process.env, DATABASE_URL: database.url(), ACTOR: JSON.stringify(actor) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);

    let n = 0;
    const flagged = await within(
      1_000,
      async () => {
        const email = `after-${(n += 1)}@blocked-later.example`;
        await signPetition(petition.slug, form(email), { ip: null });
        const [row] = await db().select().from(signatures).where(eq(signatures.email, email));
        return row?.flagReason;
      },
      (reason) => reason === 'blocked_domain',
    );
    expect(flagged).toBe('blocked_domain');
  });

  it('drops every copy when its listening connection was lost, since a notice may have been missed', async () => {
    const { petition } = await openTestPetition();
    await listenForInvalidations();
    expect(await signPetition(petition.slug, form('early@example.org'), { ip: null })).toEqual({ ok: true });
    const other = openPostgres(database.url(), { max: 1 });
    try {
      // The change is made while this process is not listening, so no notice can reach it.
      await other`select pg_terminate_backend(pid) from pg_stat_activity
                  where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`;
      await other`update petitions set status = 'closed' where id = ${petition.id}`;
      // Within the 5 s the signing copy would otherwise live: the new LISTEN dropped it.
      const outcome = await within(3_000, () => signPetition(petition.slug, form('late@example.org'), { ip: null }), (o) => !o.ok);
      expect(outcome).toEqual({ ok: false, error: 'closed' });

      // And notices reach it again on the new connection.
      await other`update petitions set status = 'open' where id = ${petition.id}`;
      const { channel, payload } = invalidationNotice('petition', petition.slug);
      await other`select pg_notify(${channel}, ${payload})`;
      const reopened = await within(1_000, () => signPetition(petition.slug, form('again@example.org'), { ip: null }), (o) => o.ok);
      expect(reopened).toEqual({ ok: true });
    } finally {
      await other.end();
    }
  });
});
