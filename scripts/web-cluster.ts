import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';

// The web processes of one machine: as many as it has cores (WEB_CONCURRENCY to change it), one
// port between them (node:cluster: the primary holds the socket and hands connections round), and a
// process that dies is started again. Nothing is shared in memory between them: what each keeps
// for seconds (petition, block lists) is dropped in all of them through NOTIFY (db/invalidation.ts),
// and so are the cached pages an organiser's command expires (lib/cache/tag-expiries.ts).

export function webProcessCount(setting: number | undefined): number {
  return setting ?? availableParallelism();
}

export type WebCluster = {
  /** Stops every web process (SIGTERM, then SIGKILL after `graceMs`). */
  stop(): Promise<void>;
  /** Resolves with an exit code when the cluster ends: stopped, or unable to start at all. */
  done: Promise<number>;
};

type Options = {
  count: number;
  /** The module each web process runs (it calls listen; the cluster shares the port). */
  exec: string;
  /** Node.js options of the web processes; by default this process's own (its TypeScript loader). */
  execArgv?: string[];
  env?: Record<string, string>;
  graceMs?: number;
  log?: (line: string) => void;
};

/** On the primary: forks `count` web processes and keeps that many running. */
export function startWebCluster({ count, exec, execArgv, env = {}, graceMs = 10_000, log = console.log }: Options): WebCluster {
  cluster.setupPrimary({ exec, ...(execArgv ? { execArgv } : {}) });
  let stopping = false;
  let everListened = false;
  let exitCode = 0;
  let finish: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => (finish = resolve));
  const workers = new Set<Worker>();
  /** Restarts in a row that died young: each waits twice as long as the one before, up to 30 s. */
  let youngDeaths = 0;

  const fork = (slot: number) => {
    const started = Date.now();
    // WEB_PROCESSES tells each how many share the machine (lib/petitions/sign.ts sizes its group commit by it).
    const worker = cluster.fork({ ...env, WEB_PROCESS: String(slot), WEB_PROCESSES: String(count) });
    workers.add(worker);
    worker.on('listening', () => {
      everListened = true;
    });
    worker.on('exit', (code, signal) => {
      workers.delete(worker);
      if (stopping) {
        if (workers.size === 0) finish(exitCode);
        return;
      }
      if (!everListened) {
        // It never served (a port in use, a bad build): starting it again would fail the same way.
        log(`[web] process ${slot} exited before it served (${signal ?? `code ${code}`}); stopping`);
        exitCode = code || 1;
        void stop();
        return;
      }
      youngDeaths = Date.now() - started < 30_000 ? youngDeaths + 1 : 0;
      const delay = Math.min(30_000, youngDeaths === 0 ? 0 : 500 * 2 ** (youngDeaths - 1));
      log(`[web] process ${slot} (pid ${worker.process.pid}) died (${signal ?? `code ${code}`}); starting it again${delay ? ` in ${delay} ms` : ''}`);
      setTimeout(() => {
        if (!stopping) fork(slot);
      }, delay);
    });
  };

  const stop = async () => {
    if (stopping) return done.then(() => undefined);
    stopping = true;
    if (workers.size === 0) finish(exitCode);
    for (const worker of workers) worker.process.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL');
    }, graceMs);
    await done;
    clearTimeout(killer);
  };

  for (let slot = 1; slot <= count; slot += 1) fork(slot);
  return { stop, done };
}
