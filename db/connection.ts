import postgres from 'postgres';

// Every PostgreSQL client of the platform (web, worker, migrations, scripts) is opened here, so
// one setting decides how all of them talk to the server.
//
// Behind PgBouncer in transaction mode, each transaction may run on a different server connection.
// postgres.js prepares named statements once per connection and reuses them, which such a pooler
// breaks before PgBouncer 1.21 (Debian 12 ships 1.18): the next transaction lands where the name is
// unknown. `DATABASE_PREPARE=false`, or `?pgbouncer=true` on the URL, turns every prepared
// statement off; postgres.js then sends unnamed statements, whose parse, describe and execute stay
// on one server connection (it flushes between them instead of syncing).

type Source = Record<string, string | undefined>;

/** False when prepared statements must stay off (a transaction-mode pooler older than 1.21). */
export function usesPreparedStatements(url: string, source: Source = process.env): boolean {
  const setting = source.DATABASE_PREPARE?.trim().toLowerCase();
  if (setting === 'false') return false;
  if (setting === 'true') return true;
  return !isPgBouncerUrl(url);
}

function isPgBouncerUrl(url: string): boolean {
  try {
    return new URL(url).searchParams.get('pgbouncer') === 'true';
  } catch {
    return false;
  }
}

/**
 * The URL as a client library may read it: `pgbouncer=true` is our marker, not a server parameter
 * (postgres.js would send it to the server as a setting, which PostgreSQL refuses).
 */
export function connectionUrl(url: string): string {
  if (!isPgBouncerUrl(url)) return url;
  const u = new URL(url);
  u.searchParams.delete('pgbouncer');
  return u.toString();
}

/**
 * The address for what needs a session of its own on the real server: LISTEN (notifications
 * arrive on the connection that listens) and the migrations' advisory lock. Behind a pooler in
 * transaction mode, `DATABASE_DIRECT_URL` names PostgreSQL itself; without it, `url` is used.
 */
export function directUrl(url: string, source: Source = process.env): string {
  return source.DATABASE_DIRECT_URL || url;
}

/** A postgres.js client with the platform's defaults: notices off, prepared statements as set. */
export function openPostgres(url: string, options: postgres.Options<Record<string, postgres.PostgresType>> = {}): postgres.Sql {
  return postgres(connectionUrl(url), {
    onnotice: () => {},
    ...options,
    prepare: usesPreparedStatements(url) && options.prepare !== false,
  });
}
