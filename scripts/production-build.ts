import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// What a production build is made from. When any of it changes, the next start builds again.
const INPUTS = ['app', 'components', 'lib', 'db/schema', 'emails', 'messages', 'public', 'next.config.js', 'proxy.ts', 'package-lock.json', 'tsconfig.json'];
const STAMP = path.join('.next', 'yntymaq-source-hash');
const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (statSync(entry).isFile()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => files(path.join(entry, d.name)));
}

export function sourceHash(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((i) => files(path.join(root, i)))) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function buildIsCurrent(): boolean {
  return existsSync(path.join('.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceHash();
}

/** Runs the Next.js CLI as a child process sharing this terminal. */
export function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // Next's telemetry would call out to a third party from the organisers' server: keep it off.
  return spawn(process.execPath, [NEXT_BIN, ...args], { stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...env } });
}

/**
 * Runs the production web server (scripts/server.ts: the request guards in front of Next.js, on
 * every core, the sign endpoint answered directly) as a child process sharing this terminal.
 */
export function runServer(env: NodeJS.ProcessEnv, nodeArgs: string[] = []): ChildProcess {
  const server = path.join(process.cwd(), 'scripts', 'server.ts');
  // The server-only marker resolves to nothing outside Next's bundles (see scripts/server-only.mjs).
  return spawn(process.execPath, [...nodeArgs, '--import', 'tsx', '--import', './scripts/server-only.mjs', server], { stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...env, NODE_ENV: 'production' } });
}

export function exitCode(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** Builds the production bundle unless the one in .next/ was built from the current sources. */
export async function ensureProductionBuild(env: NodeJS.ProcessEnv, onChild?: (c: ChildProcess) => void): Promise<number> {
  if (buildIsCurrent()) return 0;
  console.log('Building the production bundle (first start, or the sources changed) …');
  const child = runNext(['build'], { ...env, NODE_ENV: 'production' });
  onChild?.(child);
  const code = await exitCode(child);
  if (code === 0) writeFileSync(STAMP, sourceHash());
  return code;
}
