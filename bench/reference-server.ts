// The reference of bench/sign.ts: the project's own signPetition() behind a bare node:http server,
// one process, nothing else — what signing costs without any framework. It answers
// `POST /sign/:slug` with 202 (or the outcome's status) and `GET /health` with "ok". PORT names the
// port, DATABASE_URL the database; the signer's address is the X-Forwarded-For entry the benchmark
// sets, as behind one proxy.
import { createServer, type IncomingMessage } from 'node:http';
import { closeDb } from '@/db/client';
import { stopListening } from '@/db/invalidation';
import { signPetition } from '@/lib/petitions/sign';
import { clientAddress } from '@/lib/http/request-guards';

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const STATUS = { not_found: 404, closed: 409, invalid: 422 } as const;

const server = createServer(async (request, response) => {
  const match = /^\/sign\/([^/?]+)$/.exec(request.url ?? '');
  if (request.method === 'GET' && request.url === '/health') return void response.end('ok');
  if (request.method !== 'POST' || !match) {
    response.writeHead(404).end();
    return;
  }
  try {
    const outcome = await signPetition(match[1]!, JSON.parse(await body(request)), { ip: clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'] as string | undefined, 1) });
    response.writeHead(outcome.ok ? 202 : STATUS[outcome.error], { 'content-type': 'application/json' });
    response.end(outcome.ok ? '{"status":"check_your_email"}' : JSON.stringify({ error: outcome.error }));
  } catch (error) {
    console.error(error);
    response.writeHead(500).end();
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');

process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void stopListening()
    .then(closeDb)
    .then(() => process.exit(0));
});
