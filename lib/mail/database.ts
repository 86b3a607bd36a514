import type postgres from 'postgres';
import type { Database } from '@/db/client';

/** A drizzle transaction on the platform's schema, as handed to `db().transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Either the database or a transaction the caller opened: mail functions run inside whichever they get. */
export type Executor = Database | Transaction;

/**
 * The postgres.js handle under a drizzle executor. pg-boss writes its job with raw SQL; running that
 * SQL on this handle puts the job in the caller's transaction, next to the outbox row.
 */
export function postgresClientOf(executor: Executor): postgres.Sql {
  const session = (executor as unknown as { session?: { client?: postgres.Sql } }).session;
  if (!session?.client || typeof session.client.unsafe !== 'function') {
    throw new Error('Mail needs a drizzle postgres-js database or transaction.');
  }
  return session.client;
}

/** pg-boss's `db` option: lets pg-boss run its SQL on our connection (and so in our transaction). */
export function pgBossDb(executor: Executor) {
  const client = postgresClientOf(executor);
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // pg-boss is written for node-postgres, which sends undefined as NULL and an object (a job's
      // data) as its JSON; postgres.js refuses both as they are.
      const params = values.map((v) => {
        if (v === undefined) return null;
        if (v !== null && typeof v === 'object' && !(v instanceof Date) && !Buffer.isBuffer(v) && !Array.isArray(v)) return JSON.stringify(v);
        return v;
      }) as postgres.ParameterOrJSON<never>[];
      const rows = await client.unsafe(text, params);
      return { rows: [...rows] };
    },
  };
}
