import 'server-only';
import type postgres from 'postgres';
import type { Database } from '@/db/client';

/** A drizzle transaction on the platform's schema, as handed to `db().transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Either the database or a transaction the caller opened: mail functions run inside whichever they get. */
export type Executor = Database | Tx;

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
      // pg-boss's statements are a fixed set (its job inserts), so each is prepared once per
      // connection: one round trip per job, not a parse and a describe first.
      const rows = await client.unsafe(text, params, { prepare: true });
      return { rows: [...rows] };
    },
  };
}

/**
 * Runs a statement drizzle's builders cannot express (a data-modifying CTE, rows as arrays) on the
 * executor's connection, as a prepared statement: parsed and planned once per connection, then one
 * round trip per run (postgres.js sends an unprepared statement with parameters with a describe
 * first). Written with $1…$n; rows passed as arrays (`unnest($1::uuid[], …)`) keep the text, and
 * so the prepared statement, the same for any number of rows.
 */
export async function runPrepared<Row>(executor: Executor, text: string, params: unknown[]): Promise<Row[]> {
  const client = postgresClientOf(executor);
  // postgres.js declares a JS array by its first element, and an array of booleans as a boolean
  // (which the server cannot cast to boolean[]); declared as boolean[] it is sent as one. Other
  // arrays go undeclared, and the server takes their type from the cast in the statement.
  const values = params.map((p) => (Array.isArray(p) && p.some((v) => typeof v === 'boolean') ? client.array(p as boolean[], BOOLEAN_OID) : p));
  const rows = await client.unsafe(text, values as postgres.ParameterOrJSON<never>[], { prepare: true });
  return [...rows] as Row[];
}

const BOOLEAN_OID = 16;
