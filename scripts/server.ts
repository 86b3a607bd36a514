// The production web server: Next.js's request handler behind node:http, on every core. Run by
// `npm start` (after the build); on its own, `tsx scripts/server.ts` with DATABASE_URL set serves
// an existing build. The primary process forks WEB_CONCURRENCY web processes (default: one per
// core) that share PORT and restarts one that dies; each answers the sign endpoint itself
// (lib/petitions/sign-endpoint.ts) and hands every other request to Next.js.
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { closeDb } from '@/db/client';
import { stopListening } from '@/db/invalidation';
import { parseEnvOrExit } from '@/lib/env';
import { serveSignRequest, signRequestSlug } from '@/lib/petitions/sign-endpoint';
import { startWebCluster, webProcessCount } from './web-cluster';

async function serveWeb() {
  const config = parseEnvOrExit();
  const app = next({ dev: false, dir: process.cwd(), hostname: config.HOSTNAME, port: config.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    const slug = signRequestSlug(request);
    if (slug !== null) return void serveSignRequest(request, response, slug);
    void handle(request, response);
  });
  server.listen(config.PORT, config.HOSTNAME);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Requests in flight finish; idle keep-alive connections are closed so close() can return.
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await stopListening();
    await closeDb();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

async function main() {
  if (!cluster.isPrimary) return serveWeb();
  const config = parseEnvOrExit();
  const count = webProcessCount(config.WEB_CONCURRENCY);
  const web = startWebCluster({ count, exec: fileURLToPath(import.meta.url) });
  console.log(`[web] ${count} web process${count === 1 ? '' : 'es'} on ${config.HOSTNAME}:${config.PORT}`);
  process.on('SIGTERM', () => void web.stop());
  process.on('SIGINT', () => void web.stop());
  process.exit(await web.done);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
