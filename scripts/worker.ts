// `npm run worker`: delivers queued mail as a process of its own, next to any number of web
// processes (`npm start` already runs one inside itself). Needs DATABASE_URL.
import { migrateDatabase } from '@/db/migrate';
import { parseEnvOrExit } from '@/lib/env';
import { startMailWorker } from '@/lib/mail/worker';
import { startUpdatesWorker } from '@/lib/updates/worker';

async function main() {
  const config = parseEnvOrExit();
  if (!config.DATABASE_URL) {
    console.error('DATABASE_URL is not set: a separate mail worker needs the database the web processes use.');
    process.exit(1);
  }
  await migrateDatabase(config.DATABASE_URL);
  const stopMail = await startMailWorker(config.DATABASE_URL);
  // Publishing an update queues one fan-out job; it writes the outbox, which the mail worker sends.
  const stopUpdates = await startUpdatesWorker(config.DATABASE_URL);
  const stop = async () => {
    await stopUpdates();
    await stopMail();
  };
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
