// `npm start`: the whole platform from one command. Without DATABASE_URL it runs a real embedded
// PostgreSQL under .data/; then it migrates, seeds demo content once, builds when the sources changed
// since the last build, and serves the production build on every core (scripts/server.ts).
import type { ChildProcess } from 'node:child_process';
import { hostname as machineName } from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { openPostgres } from '@/db/connection';
import { ensureDatabase } from '@/db/admin';
import { startEmbeddedPostgres, type EmbeddedServer } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoContent } from '@/db/seed';
import { listenAddress, parseEnvOrExit } from '@/lib/env';
import { adminEmails } from '@/lib/auth/admins';
import { startWorkers } from '@/lib/worker/start';
import { ensureProductionBuild, exitCode, runServer } from './production-build';

async function main() {
  const config = parseEnvOrExit();

  let embedded: EmbeddedServer | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    console.log(`Starting the embedded PostgreSQL (data in ${path.join(config.DATA_DIR, 'postgres')}) …`);
    embedded = await startEmbeddedPostgres(path.join(config.DATA_DIR, 'postgres'));
    await ensureDatabase(embedded.adminUrl, 'yntymaq');
    databaseUrl = embedded.urlFor('yntymaq');
  }

  let child: ChildProcess | undefined;
  let stopWorker: (() => Promise<void>) | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await exitCode(child);
    }
    await stopWorker?.();
    if (embedded) {
      console.log('Stopping the embedded PostgreSQL …');
      await embedded.stop();
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    await migrateDatabase(databaseUrl);
    const client = openPostgres(databaseUrl, { max: 1 });
    const seeded = await seedDemoContent(drizzle(client, { schema, casing: 'snake_case' }));
    await client.end();
    console.log(seeded === 'seeded' ? 'Seeded the demo content.' : 'Database ready.');
    const appUrl = config.APP_URL ?? `http://localhost:${config.PORT}`;
    // The workers write links into mail: the site's own address.
    process.env.APP_URL = appUrl;
    stopWorker = await startWorkers(databaseUrl);

    const env = { ...process.env, DATABASE_URL: databaseUrl, APP_URL: appUrl, NODE_ENV: 'production' as const };
    const built = await ensureProductionBuild(env, (c) => (child = c));
    if (built !== 0) return shutdown(built);
    // One web process per core (WEB_CONCURRENCY), sharing PORT; the worker runs here, beside them.
    child = runServer(env);
    const host = listenAddress(config, machineName());
    console.log(`\nYntymaq is starting on ${appUrl}${host === '127.0.0.1' ? ' (this machine only; HOSTNAME=0.0.0.0 opens it to the network)' : ''}\n`);
    const admins = adminEmails({ ...config, APP_URL: appUrl });
    if (admins.length > 0) console.log(`Organiser dashboard: ${appUrl}/admin (admins: ${admins.join(', ')})\n`);
    const code = await exitCode(child);
    await shutdown(code);
  } catch (e) {
    console.error(e);
    await shutdown(1);
  }
}

void main();
