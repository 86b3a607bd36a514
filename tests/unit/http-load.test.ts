import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoadClient, requestBytes } from '@/bench/http-load';

// The benchmarks' HTTP client must read every kind of answer our servers give, over one
// connection, or the figures it produces would count errors that are its own.

let server: Server;
let port = 0;
let connections = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.url === '/streamed') {
        // No Content-Length: Node sends it chunked, in as many writes as it is given.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>'.repeat(1000));
        setTimeout(() => res.end('ünïcode</p>'), 5);
      } else if (req.url === '/close') {
        res.writeHead(413, { connection: 'close', 'content-length': '4' }).end('gone');
      } else if (req.url === '/empty') {
        res.writeHead(204).end();
      } else {
        const answer = JSON.stringify({ echo: body, forwardedFor: req.headers['x-forwarded-for'] ?? null });
        res.writeHead(202, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) }).end(answer);
      }
    });
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const host = () => `127.0.0.1:${port}`;

describe('the load client', () => {
  it('sends a body with its length and reads answers by Content-Length, on one connection', async () => {
    const client = new LoadClient('127.0.0.1', port);
    const before = connections;
    for (const name of ['Айгүл', 'Bench Signer']) {
      const answer = await client.request(requestBytes('POST', host(), '/sign', { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.1' }, JSON.stringify({ name })));
      expect(answer.status).toBe(202);
      expect(JSON.parse(answer.body.toString('utf8'))).toEqual({ echo: JSON.stringify({ name }), forwardedFor: '10.0.0.1' });
    }
    expect(connections - before).toBe(1);
    client.close();
  });

  it('reads a chunked answer whole, and an empty one', async () => {
    const client = new LoadClient('127.0.0.1', port);
    const streamed = await client.request(requestBytes('GET', host(), '/streamed'));
    expect(streamed.status).toBe(200);
    expect(streamed.body.toString('utf8')).toBe(`${'<p>'.repeat(1000)}ünïcode</p>`);
    expect((await client.request(requestBytes('GET', host(), '/empty'))).status).toBe(204);
    expect((await client.request(requestBytes('GET', host(), '/'))).status).toBe(202);
    client.close();
  });

  it('opens a new connection after the server closed one', async () => {
    const client = new LoadClient('127.0.0.1', port);
    const before = connections;
    const closed = await client.request(requestBytes('POST', host(), '/close', {}, 'x'));
    expect([closed.status, closed.body.toString()]).toEqual([413, 'gone']);
    expect((await client.request(requestBytes('GET', host(), '/'))).status).toBe(202);
    expect(connections - before).toBe(2);
    client.close();
  });

  it('opens its connection ahead of the first request when asked to', async () => {
    const client = new LoadClient('127.0.0.1', port);
    const before = connections;
    await client.connect();
    await client.connect();
    await new Promise((r) => setTimeout(r, 20)); // the server's side of the accept
    expect(connections - before).toBe(1);
    expect((await client.request(requestBytes('GET', host(), '/'))).status).toBe(202);
    expect(connections - before).toBe(1);
    client.close();
  });

  it('fails a request with the connection error when nothing listens', async () => {
    const client = new LoadClient('127.0.0.1', 1);
    await expect(client.connect()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(client.request(requestBytes('GET', '127.0.0.1:1', '/'))).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
