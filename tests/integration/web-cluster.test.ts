import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebCluster, webProcessCount, type WebCluster } from '@/scripts/web-cluster';
import { freePort } from '../support/pgbouncer';

const exec = path.resolve('tests/support/cluster-web-process.mjs');
let running: WebCluster | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function pids(url: string, requests: number): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < requests; i++) seen.add(await (await fetch(url)).text());
  return seen;
}

async function waitFor<T>(check: () => Promise<T | null>, ms = 45_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('web processes on every core', () => {
  it('runs one per core unless WEB_CONCURRENCY says otherwise', () => {
    expect(webProcessCount(undefined)).toBeGreaterThanOrEqual(1);
    expect(webProcessCount(3)).toBe(3);
  });

  it('shares one port between the processes and starts again one that dies', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const lines: string[] = [];
    running = startWebCluster({ count: 2, exec, execArgv: [], env: { PORT: String(port) }, log: (l) => lines.push(l) });
    // Connections are handed round: both processes answer on the one port.
    const first = await waitFor(async () => {
      const seen = await pids(url, 8);
      return seen.size === 2 ? seen : null;
    });
    // Each knows how many share the machine (signing sizes its group commit by it).
    expect(await (await fetch(`${url}/processes`)).text()).toBe('2');

    await fetch(`${url}/crash`).catch(() => undefined);
    const after = await waitFor(async () => {
      const seen = await pids(url, 8);
      return seen.size === 2 && [...seen].some((pid) => !first.has(pid)) ? seen : null;
    });
    expect([...after].filter((pid) => first.has(pid))).toHaveLength(1);
    expect(lines.some((l) => /died \(code 3\); starting it again/.test(l))).toBe(true);

    await running.stop();
    expect(await running.done).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  }, 120_000);

  it('gives up, with the exit code, when a process cannot start at all', async () => {
    running = startWebCluster({ count: 2, exec, execArgv: [], env: { PORT: 'not-a-port' }, log: () => {} });
    expect(await running.done).not.toBe(0);
  }, 120_000);
});
