import { CLIENT_IP_HEADER, LOOPBACK_HEADER } from '@/lib/http/request-guards';

/**
 * The visitor's address, as the production server (scripts/server.ts) resolved it from the socket
 * and, with TRUSTED_PROXIES, the hops those proxies appended. The server removes this header from
 * every client request before setting it, so nothing a client sends reaches it; X-Forwarded-For
 * is never read here. Null when the server did not set it (the site run some other way).
 */
export function requestIp(headers: Headers): string | null {
  return headers.get(CLIENT_IP_HEADER) || null;
}

/** Whether the request's socket is this machine's own, as the production server marked it. */
export function fromLoopback(headers: Headers): boolean {
  return headers.get(LOOPBACK_HEADER) === '1';
}

