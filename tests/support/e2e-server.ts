// Serves the production build for the Playwright tests on a fresh database of its own, with the demo
// content, on the server named by DATABASE_URL or an embedded one. Drops the database on exit.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { dropDatabase, ensureDatabase, withDatabase } from '@/db/admin';
import { migrateDatabase } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoContent } from '@/db/seed';
import { startWorkers } from '@/lib/worker/start';
import { ensureProductionBuild, exitCode, runServer } from '@/scripts/production-build';
import { E2E_ADMIN_EMAIL, e2eDatabaseFile } from './e2e-database';
import { expireEarlierPages } from './page-cache';
import { testPostgresServer } from './postgres-server';

const port = Number(process.env.E2E_PORT ?? 3100);

async function main() {
  // One embedded PostgreSQL per e2e port, so runs on different ports (several engineers on one
  // machine) do not fight over it: 3100 → 54331 as before, 3140 → 54371.
  const server = await testPostgresServer(`e2e-postgres-${port}`, 54331 + (port - 3100));
  const name = `e2e_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(server.adminUrl, name);
  const url = withDatabase(server.adminUrl, name);
  await migrateDatabase(url);
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const database = drizzle(client, { schema, casing: 'snake_case' });
  await seedDemoContent(database);
  await expireEarlierPages(database);
  await client.end();

  // As under `npm start`: the worker delivers to the local mailbox, which tests read at /dev/mailbox.
  // The workers write links into mail (update fan-out, unsubscribe URLs): the same address as the site's.
  process.env.APP_URL = `http://127.0.0.1:${port}`;
  const stopWorker = await startWorkers(url);

  let child: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await exitCode(child);
    }
    await stopWorker();
    await dropDatabase(server.adminUrl, name).catch(() => {});
    await server.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const appUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: url,
    APP_URL: appUrl,
    NODE_ENV: 'production' as const,
    ADMIN_EMAILS: E2E_ADMIN_EMAIL,
    // Serves /dev/csp-probe/…, a cached page with injected scripts, for tests/e2e/csp.spec.ts.
    CSP_PROBE: '1',
  };
  // The dashboard tests read the database (sign-in links, sessions) to check what changed.
  mkdirSync('.data', { recursive: true });
  writeFileSync(e2eDatabaseFile(port), url);
  const built = await ensureProductionBuild(env, (c) => (child = c));
  if (built !== 0) return stop(built);
  // The production server of `npm start` (scripts/server.ts) with its defaults: loopback only; one
  // web process unless WEB_CONCURRENCY says otherwise, to keep the shared machine's cores for the browsers.
  child = runServer({ ...env, PORT: String(port), WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? '1' });
  await stop(await exitCode(child));
}

void main();
