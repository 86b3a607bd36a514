import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { mailMessages } from '@/db/schema';
import { enqueueBulk, enqueueMail } from '@/lib/mail/enqueue';
import { closeProducer } from '@/lib/mail/queue';
import { until } from '../support/builders';
import { startResendServer } from '../support/resend-server';
import { useTestDatabase } from '../support/database';

const database = useTestDatabase();
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await closeProducer();
});

/** `npm run worker` as a real process, so that it can really be killed. */
function startWorker(resendUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only.mjs', path.join('scripts', 'worker.ts')], {
    env: {
      ...process.env,
      DATABASE_URL: database.url(),
      RESEND_API_KEY: 're_test_key',
      RESEND_BASE_URL: resendUrl,
      MAIL_CONCURRENCY: '3',
      MAIL_RATE_PER_SECOND: '20',
      MAIL_JOB_TIMEOUT_SECONDS: '4',
      MAIL_RETRY_DELAY_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output}`)), 30_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('[mail] worker started')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}:\n${output}`)));
    if (process.env.MAIL_TEST_VERBOSE) child.stdout!.on('data', (c: Buffer) => process.stdout.write(c));
  });
}

describe('mail worker crash', () => {
  it('delivers every message exactly once when the worker is killed with SIGKILL in the middle of a batch', async () => {
    // Each request is accepted, then answered 700 ms later: the kill lands between the two.
    const resend = await startResendServer({ latencyMs: 700 });
    try {
      const first = await startWorker(resend.url);
      const tag = randomBytes(4).toString('hex');
      const recipients = Array.from({ length: 600 }, (_, i) => `crash-${tag}-${i}@example.org`);
      const singles = Array.from({ length: 6 }, (_, i) => `crash-single-${tag}-${i}@example.org`);
      await db().transaction(async (tx) => {
        await enqueueBulk(tx, {
          template: 'case-update',
          list: { id: 'case-updates.crash', label: 'Crash test' },
          props: { caseName: 'Test', title: 'Update', body: 'Body', caseUrl: 'http://localhost:3000/en/cases/test' },
          recipients: recipients.map((to) => ({ to, locale: 'en' as const })),
        });
        for (const to of singles) {
          await enqueueMail(tx, { template: 'organiser-sign-in', to, locale: 'kk', props: { signInUrl: 'http://localhost:3000/s', expiresInMinutes: 15 } });
        }
      });

      await until(() => resend.delivered.length > 0 && resend.requests.some((r) => r.status === 0 && r.emails > 0), 20_000, 'a request in flight', 25);
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));
      const inFlight = resend.requests.filter((r) => r.status === 0).map((r) => r.idempotencyKey);
      expect(inFlight.length).toBeGreaterThan(0);
      const all = [...recipients, ...singles];
      const atKill = await db().select().from(mailMessages).where(inArray(mailMessages.to, all));
      expect(atKill.some((m) => m.status === 'queued' && m.attempts > 0)).toBe(true);

      await startWorker(resend.url);
      await until(
        async () => (await db().select({ status: mailMessages.status }).from(mailMessages).where(inArray(mailMessages.to, all))).every((m) => m.status === 'sent'),
        45_000,
        'every message to be sent',
        25,
      );

      const counts = resend.countByRecipient();
      expect(counts.size).toBe(all.length);
      expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
      // The batch that was in flight at the kill went to the provider again, under the same key.
      const repeats = resend.requests.filter((r) => inFlight.includes(r.idempotencyKey));
      expect(repeats.length).toBeGreaterThan(inFlight.length);
    } finally {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await resend.close();
    }
  }, 90_000);
});
