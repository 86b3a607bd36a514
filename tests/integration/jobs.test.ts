import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/db/client';
import { defineJob } from '@/lib/jobs/define';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { closeProducer } from '@/lib/jobs/producer';
import { startJobWorker } from '@/lib/worker/start';
import { useTestDatabase } from '../support/database';

const database = useTestDatabase();
afterAll(closeProducer);

const seen: string[] = [];
const note = defineJob<{ text: string }>({
  name: 'test-note',
  payload: z.object({ text: z.string() }),
  policy: { policy: 'short' },
  async run({ text }) {
    seen.push(text);
  },
});

describe('the job runner', () => {
  it('runs a job queued in a committed transaction once, and never one whose transaction rolled back', async () => {
    const stop = await startJobWorker(database.url(), { kinds: [note], pollingIntervalSeconds: 0.5, log: () => {} });
    try {
      await db()
        .transaction(async (tx) => {
          await enqueueJob(tx, note, { text: 'rolled back' });
          tx.rollback();
        })
        .catch(() => {});
      await db().transaction(async (tx) => {
        await enqueueJob(tx, note, { text: 'committed' });
      });
      await expect.poll(() => seen.includes('committed'), { timeout: 10_000 }).toBe(true);
      // Give a stray job time to show up if there were one.
      await new Promise((r) => setTimeout(r, 1000));
      expect(seen).toEqual(['committed']);
    } finally {
      await stop();
    }
  });

  it('keeps one waiting job per singleton key and holds a job until its start time', async () => {
    const first = await enqueueJob(db(), note, { text: 'later' }, { singletonKey: 'k1', startAfter: 3600 });
    const second = await enqueueJob(db(), note, { text: 'later again' }, { singletonKey: 'k1', startAfter: 3600 });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    const rows = await db().execute<{ state: string; start_after: Date }>(
      sql`select state, start_after from pgboss.job where name = ${note.name} and singleton_key = 'k1'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.state).toBe('created');
    expect(new Date(rows[0]!.start_after).getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });

  it('refuses to queue a job whose payload its kind does not accept', async () => {
    await expect(enqueueJob(db(), note, { text: 42 } as unknown as { text: string })).rejects.toThrow(/test-note: invalid payload \(text:/);
    const rows = await db().execute(sql`select 1 from pgboss.job where name = ${note.name} and data->>'text' = '42'`);
    expect(rows).toHaveLength(0);
  });
});
