import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A small stand-in for the Resend API (`POST /emails`, `POST /emails/batch`), good enough for the
 * real SDK: it records what it receives (attachments on `/emails` decoded; the batch endpoint
 * refuses them, as Resend's does), answers a repeated Idempotency-Key with the first answer
 * (counting the message once), enforces a real rate limit with 429s and `ratelimit-*` headers, and
 * can be told to misbehave.
 */

export type Fault =
  /** Answer every request with this 5xx, optionally asking the client to wait. */
  | { kind: 'error'; status?: number; retryAfterSeconds?: number }
  /** Answer every request with 429 whatever the real rate. */
  | { kind: 'rate-limit-storm'; retryAfterSeconds: number }
  /** Never answer (until healed or the client gives up). */
  | { kind: 'hang' }
  /** Close the connection; with `afterAccept`, only once the messages are accepted and counted. */
  | { kind: 'drop'; afterAccept?: boolean };

export type DeliveredEmail = {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string;
  subject: string;
  html?: string;
  text?: string;
  headers: Record<string, string>;
  /** The files as the API received them, decoded from base64. */
  attachments: Array<{ filename: string; contentType: string | null; content: Buffer }>;
};

export type ReceivedRequest = { path: string; idempotencyKey: string | null; status: number | 'hung' | 'dropped'; at: number; emails: number };

type CachedResponse = { bodyHash: string; status: number; body: unknown };
type AttachmentPayload = { filename?: string; content?: string; path?: string; content_type?: string };
type EmailPayload = {
  from?: string;
  to?: string | string[];
  subject?: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
  attachments?: AttachmentPayload[];
};

/** What Resend says of one message's files, as far as this stand-in checks them; null when they are fine. */
function invalidAttachments(attachments: unknown): string | null {
  if (attachments === undefined || attachments === null) return null;
  if (!Array.isArray(attachments)) return 'Invalid `attachments` field: expected an array.';
  for (const [i, a] of (attachments as AttachmentPayload[]).entries()) {
    if (!a || typeof a !== 'object') return `Invalid \`attachments[${i}]\`.`;
    if (typeof a.filename !== 'string' || a.filename === '') return `Missing \`attachments[${i}].filename\` field.`;
    if (a.path === undefined && (typeof a.content !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(a.content))) {
      return `Invalid \`attachments[${i}].content\` field: expected base64.`;
    }
  }
  return null;
}

export type ResendTestServer = {
  url: string;
  requests: ReceivedRequest[];
  delivered: DeliveredEmail[];
  /** Messages accepted per recipient: every value must be 1 for "exactly once". */
  countByRecipient(): Map<string, number>;
  /** Misbehave for the next `times` requests, or until `heal()`. */
  fail(fault: Fault, times?: number): void;
  heal(): void;
  /** The provider refuses these addresses for good (422). */
  refuse(...addresses: string[]): void;
  setRateLimit(requestsPerSecond: number | null): void;
  /** Delay before answering, after the messages are accepted. */
  setLatency(ms: number): void;
  close(): Promise<void>;
};

export async function startResendServer(
  options: { rateLimit?: number | null; latencyMs?: number; port?: number; /** Keep html and text of each message (off for benchmarks). */ keepBodies?: boolean } = {},
): Promise<ResendTestServer> {
  const keepBodies = options.keepBodies ?? true;
  const requests: ReceivedRequest[] = [];
  const delivered: DeliveredEmail[] = [];
  const cache = new Map<string, CachedResponse>();
  const inFlight = new Set<string>();
  const refused = new Set<string>();
  const hung = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let fault: Fault | null = null;
  let faultsLeft = Infinity;
  let latency = options.latencyMs ?? 0;
  let rate = options.rateLimit ?? null;
  let tokens = rate ?? 0;
  let refilledAt = Date.now();

  function refill() {
    if (rate === null) return;
    const now = Date.now();
    tokens = Math.min(rate, tokens + ((now - refilledAt) / 1000) * rate);
    refilledAt = now;
  }

  function rateHeaders(): Record<string, string> {
    if (rate === null) return {};
    const reset = tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / rate));
    return { 'ratelimit-limit': String(rate), 'ratelimit-remaining': String(Math.floor(tokens)), 'ratelimit-reset': String(reset) };
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  function errorBody(statusCode: number, name: string, message: string) {
    return { statusCode, name, message };
  }

  function invalid(email: EmailPayload): string | null {
    const recipients = Array.isArray(email.to) ? email.to : email.to ? [email.to] : [];
    if (!email.from) return 'Missing `from` field.';
    if (recipients.length === 0) return 'Missing `to` field.';
    if (!email.subject) return 'Missing `subject` field.';
    if (!email.html && !email.text) return 'Missing `html` or `text` field.';
    const files = invalidAttachments(email.attachments);
    if (files) return files;
    const bad = recipients.find((to) => refused.has(to.toLowerCase()) || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to));
    return bad ? `Invalid \`to\` field: ${bad} cannot receive mail.` : null;
  }

  function accept(email: EmailPayload, key: string | null): string {
    const id = randomUUID();
    for (const to of Array.isArray(email.to) ? email.to : [email.to!]) {
      delivered.push({
        id,
        idempotencyKey: key,
        from: email.from!,
        to,
        subject: email.subject!,
        html: keepBodies ? email.html : undefined,
        text: keepBodies ? email.text : undefined,
        headers: email.headers ?? {},
        attachments: (email.attachments ?? []).map((a) => ({
          filename: a.filename!,
          contentType: a.content_type ?? null,
          content: Buffer.from(a.content ?? '', 'base64'),
        })),
      });
    }
    return id;
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0]!;
    const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
    const raw = await readBody(req);
    const record: ReceivedRequest = { path, idempotencyKey: key, status: 0, at: Date.now(), emails: 0 };
    requests.push(record);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      send(res, status, body, headers);
    };

    if (req.method !== 'POST' || (path !== '/emails' && path !== '/emails/batch')) return reply(404, errorBody(404, 'not_found', 'Not found'));
    if (!req.headers.authorization?.startsWith('Bearer ')) return reply(401, errorBody(401, 'missing_api_key', 'Missing API key'));

    const active = fault && faultsLeft > 0 ? fault : null;
    if (active) faultsLeft -= 1;
    if (active?.kind === 'hang') {
      record.status = 'hung';
      hung.add(res);
      res.on('close', () => hung.delete(res));
      return;
    }
    if (active?.kind === 'drop' && !active.afterAccept) {
      record.status = 'dropped';
      req.socket.destroy();
      return;
    }
    if (active?.kind === 'error') {
      const headers: Record<string, string> = active.retryAfterSeconds !== undefined ? { 'retry-after': String(active.retryAfterSeconds) } : {};
      return reply(active.status ?? 500, errorBody(active.status ?? 500, 'internal_server_error', 'Something went wrong'), headers);
    }
    if (active?.kind === 'rate-limit-storm') {
      return reply(429, errorBody(429, 'rate_limit_exceeded', 'Too many requests'), {
        'retry-after': String(active.retryAfterSeconds),
        'ratelimit-limit': String(rate ?? 2),
        'ratelimit-remaining': '0',
        'ratelimit-reset': String(active.retryAfterSeconds),
      });
    }

    refill();
    if (rate !== null) {
      if (tokens < 1) {
        const headers = rateHeaders();
        return reply(429, errorBody(429, 'rate_limit_exceeded', `Too many requests. You can only make ${rate} requests per second.`), {
          ...headers,
          'retry-after': headers['ratelimit-reset']!,
        });
      }
      tokens -= 1;
    }

    let payload: unknown;
    try {
      payload = JSON.parse(raw);
    } catch {
      return reply(400, errorBody(400, 'invalid_json', 'Invalid JSON'));
    }
    const bodyHash = createHash('sha256').update(raw).digest('hex');
    if (key) {
      const cached = cache.get(key);
      if (cached) {
        if (cached.bodyHash !== bodyHash) return reply(409, errorBody(409, 'invalid_idempotent_request', 'Same idempotency key used with a different request body.'));
        return reply(cached.status, cached.body, rateHeaders());
      }
      if (inFlight.has(key)) return reply(409, errorBody(409, 'concurrent_idempotent_requests', 'Same idempotency key used while the original request is still in progress.'));
      inFlight.add(key);
    }

    try {
      let status = 200;
      let body: unknown;
      if (path === '/emails') {
        const email = payload as EmailPayload;
        const problem = invalid(email);
        record.emails = 1;
        if (problem) {
          status = 422;
          body = errorBody(422, 'validation_error', problem);
        } else body = { id: accept(email, key) };
      } else {
        const emails = Array.isArray(payload) ? (payload as EmailPayload[]) : [];
        record.emails = emails.length;
        const permissive = req.headers['x-batch-validation'] === 'permissive';
        // Like Resend's own batch endpoint, which does not take attachments.
        const problems = emails.map((email) => (email?.attachments?.length ? 'Attachments are not supported in batch emails.' : invalid(email)));
        if (emails.length === 0 || emails.length > 100) {
          status = 422;
          body = errorBody(422, 'validation_error', 'A batch holds between 1 and 100 emails.');
        } else if (!permissive && problems.some(Boolean)) {
          status = 422;
          body = errorBody(422, 'validation_error', problems.find(Boolean)!);
        } else {
          const data = emails.flatMap((email, index) => (problems[index] ? [] : [{ id: accept(email, key) }]));
          const errors = problems.flatMap((message, index) => (message ? [{ index, message }] : []));
          body = permissive ? { data, errors } : { data };
        }
      }
      if (key && status < 300) cache.set(key, { bodyHash, status, body });
      if (latency > 0) await new Promise((r) => setTimeout(r, latency));
      if (active?.kind === 'drop') {
        record.status = 'dropped';
        req.socket.destroy();
        return;
      }
      reply(status, body, rateHeaders());
    } finally {
      if (key) inFlight.delete(key);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, errorBody(500, 'test_server_error', String(error)));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    countByRecipient() {
      const counts = new Map<string, number>();
      for (const d of delivered) counts.set(d.to, (counts.get(d.to) ?? 0) + 1);
      return counts;
    },
    fail(next, times = Infinity) {
      fault = next;
      faultsLeft = times;
    },
    heal() {
      fault = null;
      for (const res of hung) res.socket?.destroy();
      hung.clear();
    },
    refuse(...addresses) {
      for (const a of addresses) refused.add(a.toLowerCase());
    },
    setRateLimit(perSecond) {
      rate = perSecond;
      tokens = perSecond ?? 0;
      refilledAt = Date.now();
    },
    setLatency(ms) {
      latency = ms;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
