// The production web server: Next's request handler on node:http, with every HTML page passed
// through lib/http/page-responses.ts (the script hashes of the Content-Security-Policy, the
// Cache-Control of cached pages, gzip). `npm start`, the e2e tests and the benchmarks serve with it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { servingPages } from '@/lib/http/page-responses';
import { appSecret } from '@/lib/mail/secret';
import { SCRIPT_MARKER_ENV, scriptMarker } from '@/lib/security/inline-scripts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1]! : fallback;
}

async function main() {
  const port = Number(option('port', process.env.PORT ?? '3000'));
  const hostname = option('hostname', process.env.HOSTNAME ?? '0.0.0.0');
  const buildId = readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim();
  // The same marker in every process serving this build, so pages cached by one are sealed by any.
  const marker = scriptMarker(appSecret(), buildId);
  process.env[SCRIPT_MARKER_ENV] = marker;

  // Next builds the proxy's request URL on `localhost` and compares a rewrite's target with a URL
  // on this name: with another, every rewrite would be proxied to itself over HTTP. (We listen below.)
  const app = next({ dev: false, hostname: 'localhost', port, dir: process.cwd() });
  await app.prepare();
  const server = createServer(servingPages(app.getRequestHandler(), marker));
  server.listen(port, hostname, () => console.log(`Serving on http://${hostname}:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
