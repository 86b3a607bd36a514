import PgBoss from 'pg-boss';
import { connectionUrl, directUrl } from '@/db/connection';

type Producer = { url: string; boss: Promise<PgBoss>; queues: Map<string, Promise<void>> };
let producer: Producer | undefined;

/**
 * The pg-boss instance a web process enqueues through: made on the first job, never at import, so
 * `next build` needs no database. It only installs pg-boss's schema and the queues; the jobs
 * themselves are written on the caller's connection, inside the caller's transaction.
 */
function producerFor(databaseUrl: string): Producer {
  if (producer && producer.url === databaseUrl) return producer;
  const boss = (async () => {
    // It is first needed inside a caller's transaction, which holds a connection meanwhile. Behind a
    // pooler that is a connection of the pooler's few: enough transactions waiting here at once
    // would take every one and wait forever for this start. The start (schema, queues) goes to the
    // server directly (DATABASE_DIRECT_URL) instead; the jobs themselves are still written on the
    // caller's connection.
    const instance = new PgBoss({ connectionString: connectionUrl(directUrl(databaseUrl)), max: 2, supervise: false, schedule: false, migrate: true });
    instance.on('error', (e) => console.error('[jobs] pg-boss:', e instanceof Error ? e.message : e));
    await instance.start();
    return instance;
  })();
  const made: Producer = { url: databaseUrl, boss, queues: new Map() };
  producer = made;
  boss.catch(() => {
    if (producer === made) producer = undefined;
  });
  return made;
}

/** The producer, with the named queue created (once per process) by `create`. */
export async function producerWithQueue(databaseUrl: string, name: string, create: (boss: PgBoss) => Promise<void>): Promise<PgBoss> {
  const current = producerFor(databaseUrl);
  const boss = await current.boss;
  let ready = current.queues.get(name);
  if (!ready) {
    ready = create(boss);
    current.queues.set(name, ready);
    ready.catch(() => current.queues.delete(name));
  }
  await ready;
  return boss;
}

/** Closes the producer's pool; for tests and scripts that end. */
export async function closeProducer(): Promise<void> {
  const current = producer;
  producer = undefined;
  if (current) await (await current.boss.catch(() => null))?.stop({ graceful: false, wait: true });
}
