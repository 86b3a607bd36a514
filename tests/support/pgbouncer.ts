import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

// PgBouncer in transaction mode in front of a test PostgreSQL, as docs/deploy.md sets it up: every
// transaction may run on another server connection, so nothing may rely on a session (prepared
// statements, LISTEN, session advisory locks) through it.

const BINARY = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'];

/** The pgbouncer binary; installed from Debian when missing and this process may (root, as CI runs). */
export function pgbouncerBinary(): string {
  const found = BINARY.find((b) => existsSync(b));
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'pgbouncer'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = BINARY.find((b) => existsSync(b));
    if (installed) return installed;
  }
  throw new Error('pgbouncer is not installed (Debian: apt-get install pgbouncer)');
}

/** A port the OS says is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type PgBouncer = {
  /** The same database as `databaseUrl`, through the pooler, marked so the platform turns prepared statements off. */
  url: string;
  stop(): Promise<void>;
};

/** Starts PgBouncer (transaction pooling, no authentication of its own) in front of `databaseUrl`'s server. */
export async function startPgBouncer(databaseUrl: string): Promise<PgBouncer> {
  const binary = pgbouncerBinary();
  const target = new URL(databaseUrl);
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'pgbouncer-'));
  const forward = [`host=${target.hostname}`, `port=${target.port || 5432}`, `user=${decodeURIComponent(target.username || 'postgres')}`];
  if (target.password) forward.push(`password=${decodeURIComponent(target.password)}`);
  const config = path.join(dir, 'pgbouncer.ini');
  writeFileSync(
    config,
    [
      '[databases]',
      `* = ${forward.join(' ')}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      // Test-only: any user name is accepted and the server login above is used.
      'auth_type = any',
      'pool_mode = transaction',
      'max_client_conn = 500',
      'default_pool_size = 20',
      // Settings clients send at connect that PgBouncer would otherwise refuse.
      'ignore_startup_parameters = extra_float_digits,options,search_path',
      '',
    ].join('\n'),
  );
  // PgBouncer refuses to run as root; it then switches to an unprivileged user, who must read the file.
  chmodSync(dir, 0o755);
  chmodSync(config, 0o644);
  const asRoot = process.getuid?.() === 0 ? ['-u', 'nobody'] : [];
  const child = spawn(binary, [...asRoot, config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
  for (let i = 0; i < 100 && !/listening on/.test(log); i++) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited: ${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!/listening on/.test(log)) throw new Error(`pgbouncer did not start: ${log}`);
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  url.searchParams.set('pgbouncer', 'true');
  return {
    url: url.toString(),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
