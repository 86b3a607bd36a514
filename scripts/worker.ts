// `npm run worker`: delivers queued mail and runs the other background jobs (scheduled maintenance,
// fan-outs, reminders) as a process of its own, next to any number of web processes (`npm start`
// already runs one inside itself). Needs DATABASE_URL.
import { migrateDatabase } from '@/db/migrate';
import { parseEnvOrExit } from '@/lib/env';
import { startWorkers } from '@/lib/worker/start';

async function main() {
  const config = parseEnvOrExit();
  if (!config.DATABASE_URL) {
    console.error('DATABASE_URL is not set: a separate worker needs the database the web processes use.');
    process.exit(1);
  }
  await migrateDatabase(config.DATABASE_URL);
  const stop = await startWorkers(config.DATABASE_URL);
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
