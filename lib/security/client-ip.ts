import { env } from '@/lib/env';

/**
 * The visitor's address from X-Forwarded-For. With no proxy in front, Next.js sets the header to
 * the socket's address (unless the client sent one); behind N proxies that append to it, the
 * address the outermost proxy saw is the N-th entry from the right.
 */
export function clientIp(forwardedFor: string | null, trustedProxies: number): string | null {
  if (!forwardedFor) return null;
  const hops = forwardedFor
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  const index = trustedProxies === 0 ? hops.length - 1 : hops.length - trustedProxies;
  const ip = hops[Math.max(0, index)] ?? null;
  // An IPv4 client on a dual-stack socket shows up as ::ffff:203.0.113.7.
  return ip?.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip;
}

/** The visitor's address of a request, by the proxies `TRUSTED_PROXIES` says stand in front. */
export function requestIp(headers: Headers): string | null {
  return clientIp(headers.get('x-forwarded-for'), env().TRUSTED_PROXIES);
}

/**
 * The visitor's address where the server holds the socket itself (the production server's direct
 * paths): with no proxy in front, the socket's peer — never a header the client could write; behind
 * `trustedProxies` proxies, the entry the outermost one appended to X-Forwarded-For.
 */
export function socketClientIp(forwardedFor: string | undefined, socketAddress: string | undefined, trustedProxies: number): string | null {
  const peer = socketAddress ? clientIp(socketAddress, 0) : null;
  if (trustedProxies === 0) return peer;
  return clientIp(forwardedFor ?? null, trustedProxies) ?? peer;
}
