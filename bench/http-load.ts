// The load generator's HTTP client: one keep-alive HTTP/1.1 connection per simulated client, over
// node:net, sending request bytes built whole beforehand and reading answers by their
// Content-Length (or chunked framing). On a machine where the servers under test share the cores
// with the benchmark, every millisecond of CPU the client spends per request is taken from them:
// `fetch` (undici) spent 0.7–0.8 ms per signature, this client about a tenth of that
// (bench/README.md). It only speaks to the servers of our benchmarks: no TLS, no redirects, no
// compression, one request at a time per connection.
import { connect, type Socket } from 'node:net';

export type Answer = { status: number; headers: string; body: Buffer };

/** The bytes of one request. `headers` are sent as given (name → value), after Host. */
export function requestBytes(method: string, host: string, path: string, headers: Record<string, string> = {}, body?: string): Buffer {
  let head = `${method} ${path} HTTP/1.1\r\nhost: ${host}\r\n`;
  for (const name in headers) head += `${name}: ${headers[name]}\r\n`;
  if (body === undefined) return Buffer.from(`${head}\r\n`, 'latin1');
  const payload = Buffer.from(body, 'utf8');
  const start = Buffer.from(`${head}content-length: ${payload.length}\r\n\r\n`, 'latin1');
  return Buffer.concat([start, payload], start.length + payload.length);
}

/** An error of the connection (refused, reset, closed mid-answer), with a code as node:net gives it. */
export class ConnectionError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const HEAD_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length:[ \t]*(\d+)/i;
const CHUNKED = /\r\ntransfer-encoding:[^\r]*chunked/i;
const CLOSE = /\r\nconnection:[ \t]*close/i;

type Pending = { resolve: (answer: Answer) => void; reject: (error: Error) => void; head: boolean };

/**
 * One client: a connection to host:port, opened on the first request and again after the server
 * closed it. `request` must not be called again before its answer (one request in flight).
 */
export class LoadClient {
  private socket: Socket | null = null;
  private buffered: Buffer | null = null;
  private pending: Pending | null = null;
  /** The answer's status line and headers once read, and what its body needs. */
  private status = 0;
  private headers = '';
  private bodyLength = -1;
  private chunked = false;
  private closeAfter = false;
  private chunks: Buffer[] = [];

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  /** Sends the bytes and resolves with the answer; `head` for a HEAD request (no body follows). */
  request(bytes: Buffer, head = false): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      this.pending = { resolve, reject, head };
      this.status = 0;
      (this.socket ?? this.open()).write(bytes);
    });
  }

  /** Opens the connection ahead of the first request (a no-op when it is open). */
  connect(): Promise<void> {
    if (this.socket) return Promise.resolve();
    const socket = this.open();
    return new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('close', () => reject(new ConnectionError('the connection closed before it opened', 'ECONNREFUSED')));
      socket.once('error', (error: NodeJS.ErrnoException) => reject(new ConnectionError(error.message, error.code ?? 'network')));
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }

  private open(): Socket {
    const socket = connect({ host: this.host, port: this.port, noDelay: true });
    this.socket = socket;
    this.buffered = null;
    socket.on('data', (data: Buffer) => this.read(data));
    socket.on('error', (error: NodeJS.ErrnoException) => this.fail(socket, error.code ?? 'network', error.message));
    socket.on('close', () => this.fail(socket, 'ECONNRESET', 'the server closed the connection before answering'));
    return socket;
  }

  private fail(socket: Socket, code: string, message: string): void {
    if (this.socket !== socket) return;
    this.socket = null;
    socket.destroy();
    const pending = this.pending;
    this.pending = null;
    pending?.reject(new ConnectionError(message, code));
  }

  private read(data: Buffer): void {
    if (!this.pending) return this.fail(this.socket!, 'EPROTO', 'bytes without a request');
    let buffer = this.buffered ? Buffer.concat([this.buffered, data]) : data;
    this.buffered = null;
    if (this.status === 0) {
      const end = buffer.indexOf(HEAD_END);
      if (end === -1) {
        this.buffered = buffer;
        return;
      }
      const head = buffer.toString('latin1', 0, end);
      // "HTTP/1.1 202 Accepted": the three digits after the first space.
      this.status = Number(head.slice(9, 12));
      this.headers = head;
      const length = CONTENT_LENGTH.exec(head);
      this.chunked = length === null && CHUNKED.test(head);
      this.bodyLength = this.pending?.head || this.status === 204 || this.status === 304 ? 0 : length ? Number(length[1]) : this.chunked ? -1 : 0;
      this.closeAfter = CLOSE.test(head);
      this.chunks = [];
      buffer = buffer.subarray(end + 4);
    }
    const body = this.chunked ? this.readChunked(buffer) : this.readSized(buffer);
    if (body) this.finish(body);
  }

  private readSized(buffer: Buffer): Buffer | null {
    if (buffer.length < this.bodyLength) {
      this.buffered = buffer;
      return null;
    }
    if (buffer.length > this.bodyLength) {
      // Bytes beyond the answer: the client sends one request at a time, so the server broke the framing.
      this.fail(this.socket!, 'EPROTO', 'bytes after the answer');
      return null;
    }
    return buffer;
  }

  /** Chunked framing: keeps whole chunks, leaves a partial one buffered, ends at the last (empty) chunk. */
  private readChunked(buffer: Buffer): Buffer | null {
    let at = 0;
    for (;;) {
      const line = buffer.indexOf('\r\n', at, 'latin1');
      if (line === -1) break;
      const size = parseInt(buffer.toString('latin1', at, line), 16);
      if (Number.isNaN(size)) {
        this.fail(this.socket!, 'EPROTO', 'bad chunk size');
        return null;
      }
      // The last chunk: its size line, no trailers (our servers send none), the final CRLF.
      if (size === 0) {
        if (buffer.length < line + 4) break;
        return Buffer.concat(this.chunks);
      }
      if (buffer.length < line + 2 + size + 2) break;
      this.chunks.push(buffer.subarray(line + 2, line + 2 + size));
      at = line + 2 + size + 2;
    }
    if (at < buffer.length) this.buffered = buffer.subarray(at);
    return null;
  }

  private finish(body: Buffer): void {
    const pending = this.pending!;
    this.pending = null;
    const answer = { status: this.status, headers: this.headers, body };
    this.status = 0;
    if (this.closeAfter) this.close();
    pending.resolve(answer);
  }
}
