import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { listenAddress, parseEnv } from '@/lib/env';
import { echoValues, formInput } from '@/lib/forms/form-input';
import { actionRoutes, refuseActionTarget } from '@/lib/http/action-routes';
import { formFields, isEchoableToken } from '@/lib/http/form-fields';
import {
  CLIENT_IP_HEADER,
  LOOPBACK_HEADER,
  isAllowedOrigin,
  refuseActionBody,
  refusePost,
  refuseRequestLine,
  setTrustedHeaders,
} from '@/lib/http/request-guards';
import { mailboxOpenTo } from '@/lib/mail/settings';
import { fromLoopback, requestIp } from '@/lib/security/client-ip';

const local = { appUrl: 'http://localhost:3000', trustedProxies: 0, maxBodyBytes: 6 * 1024 * 1024 };

/** The headers Next.js would see after the server handled a request from `socket`. */
function handedOn(socket: string, sent: IncomingHttpHeaders, config: { appUrl: string; trustedProxies: number } = local): Headers {
  const headers: IncomingHttpHeaders = { ...sent };
  setTrustedHeaders(headers, socket, config);
  return new Headers(Object.entries(headers).map(([k, v]): [string, string] => [k, String(v)]));
}

describe('request line', () => {
  it('refuses methods the site does not use with 405', () => {
    for (const method of ['TRACE', 'CONNECT', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) expect(refuseRequestLine(method, '/en')?.status, method).toBe(405);
    for (const method of ['GET', 'HEAD', 'POST', 'OPTIONS']) expect(refuseRequestLine(method, '/en'), method).toBeNull();
  });

  it('refuses a malformed percent-escape anywhere in the path with 400', () => {
    for (const url of ['/en/petitions/%FF%FE', '/%C0%AF', '/api/petitions/%FF/signatures', '/admin/cases/%FF', '/en/%', '/en/%zz']) {
      expect(refuseRequestLine('GET', url)?.status, url).toBe(400);
    }
    expect(refuseRequestLine('GET', '/ru/%D0%BE-%D0%BD%D0%B0%D1%81')).toBeNull();
  });

  it('refuses a NUL byte in the path or the query with 400', () => {
    for (const url of ['/api/petitions/a%00b', '/api/feeds/cases/a%00b/en', '/en/pickets?city=a%00b', '/admin/audit?case=a%00b', '/en/petitions/x/share-image?x=%00']) {
      expect(refuseRequestLine('GET', url)?.status, url).toBe(400);
    }
  });

  it('refuses absurd lengths with 414', () => {
    expect(refuseRequestLine('GET', `/en/${'a'.repeat(3000)}`)?.status).toBe(414);
    expect(refuseRequestLine('GET', `/en?q=${'a'.repeat(10_000)}`)).toBeNull();
    expect(refuseRequestLine('GET', `/en?q=${'a'.repeat(17_000)}`)?.status).toBe(414);
  });
});

describe('client identity', () => {
  it('takes the socket address whatever X-Forwarded-For and friends say, with no proxy configured', () => {
    const headers = handedOn('::ffff:203.0.113.7', { 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '6.6.6.7', forwarded: 'for=6.6.6.8', [CLIENT_IP_HEADER]: '6.6.6.9' });
    expect(requestIp(headers)).toBe('203.0.113.7');
    expect(headers.get('x-forwarded-for')).toBe('203.0.113.7');
    expect(headers.get('x-real-ip')).toBeNull();
    expect(headers.get('forwarded')).toBeNull();
  });

  it('behind trusted proxies, takes only the hop they appended', () => {
    const headers = handedOn('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 198.51.100.1' }, { ...local, trustedProxies: 1 });
    expect(requestIp(headers)).toBe('198.51.100.1');
  });

  it('builds absolute URLs from APP_URL, not from a forged Host', () => {
    expect(handedOn('127.0.0.1', { host: 'evil.example', 'x-forwarded-host': 'evil.example' }, { appUrl: 'https://yntymaq.org', trustedProxies: 0 }).get('host')).toBe('yntymaq.org');
    expect(handedOn('127.0.0.1', { host: 'evil.example' }).get('host')).toBe('localhost:3000');
    // In local mode, the loopback name the browser used is kept (its cookies live there).
    expect(handedOn('127.0.0.1', { host: '127.0.0.1:3000' }).get('host')).toBe('127.0.0.1:3000');
  });
});

describe('the local mailbox', () => {
  const config = parseEnv({});

  it('is open to a loopback socket only, whatever a header says', () => {
    expect(mailboxOpenTo(fromLoopback(handedOn('127.0.0.1', {})), config)).toBe(true);
    expect(mailboxOpenTo(fromLoopback(handedOn('::1', {})), config)).toBe(true);
    for (const socket of ['192.168.1.20', '::ffff:10.0.0.5', 'fe80::1']) {
      expect(mailboxOpenTo(fromLoopback(handedOn(socket, { [LOOPBACK_HEADER]: '1', 'x-forwarded-for': '127.0.0.1', host: 'localhost:3000' })), config), socket).toBe(false);
    }
  });

  it('behind a proxy on this machine, is open only when the proxy names a loopback client', () => {
    const proxied = { ...local, trustedProxies: 1 };
    expect(fromLoopback(handedOn('127.0.0.1', { 'x-forwarded-for': '192.168.1.20' }, proxied))).toBe(false);
    expect(fromLoopback(handedOn('127.0.0.1', { 'x-forwarded-for': '127.0.0.1' }, proxied))).toBe(true);
  });
});

describe('listening', () => {
  it('listens on loopback by default in local mode; HOSTNAME opts in to the network', () => {
    expect(listenAddress(parseEnv({}))).toBe('127.0.0.1');
    expect(listenAddress(parseEnv({ APP_URL: 'http://127.0.0.1:3000' }))).toBe('127.0.0.1');
    expect(listenAddress(parseEnv({ HOSTNAME: '0.0.0.0' }))).toBe('0.0.0.0');
    // The machine's own name, as shells and containers export it, is no choice.
    expect(listenAddress(parseEnv({ HOSTNAME: 'vm' }), 'vm')).toBe('127.0.0.1');
  });
});

describe('server-action POSTs', () => {
  const headers = (h: IncomingHttpHeaders) => ({ 'content-length': '10', 'content-type': 'multipart/form-data; boundary=x', host: 'localhost:3000', ...h });

  it('refuses another origin with 403, a body over the limit with 413, JSON with 415', () => {
    expect(refusePost('/admin', headers({ origin: 'https://attacker.example' }), local)?.status).toBe(403);
    expect(refusePost('/admin', headers({ origin: 'http://localhost:3000' }), local)).toBeNull();
    expect(refusePost('/admin', headers({ 'content-length': String(7 * 1024 * 1024) }), local)?.status).toBe(413);
    expect(refusePost('/admin', headers({ 'content-type': 'application/json' }), local)?.status).toBe(415);
  });

  it('accepts the loopback names of a local APP_URL, never a rebinding host', () => {
    expect(isAllowedOrigin('http://127.0.0.1:3000', '127.0.0.1:3000', 'http://localhost:3000')).toBe(true);
    expect(isAllowedOrigin('http://evil.example:3000', 'evil.example:3000', 'http://localhost:3000')).toBe(false);
    expect(isAllowedOrigin('http://localhost:3000', 'localhost:3000', 'https://yntymaq.org')).toBe(false);
  });

  it('refuses text bodies, forged references, a missing form, deep nesting and broken bodies with 400', async () => {
    const form = (fields: Record<string, string>) => {
      const b = '----formdata-boundary-7d3f9a2c';
      const parts = Object.entries(fields).map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
      return refuseActionBody(`multipart/form-data; boundary=${b}`, Buffer.from(`${parts.join('')}--${b}--\r\n`), true);
    };
    const text = (root: string) => refuseActionBody('text/plain;charset=UTF-8', Buffer.from(root), true);
    // Next.js sends no form to an action that does not use it: a text list of the bound values.
    expect(await text('[]')).toBeNull();
    expect(await text('["0b0e2c1a-3c4d-4e5f-8a9b-0c1d2e3f4a5b"]')).toBeNull();
    for (const root of ['["$@1"]', '{"a":1}', 'hello', '["a\\u0000b"]', `${'['.repeat(3000)}${']'.repeat(3000)}`]) expect((await text(root))?.status, root.slice(0, 20)).toBe(400);
    for (const root of ['[null,"$@1"]', '["$F1","$K1"]', '["$Q1","$K1"]', '["$T","$K1"]', '["$1","$K1"]', '[null,"not a form"]', '[42,null,"$K1"]', '["a\\r\\nb","$K1"]', '["токен","$K1"]', `["${'a'.repeat(3000)}","$K1"]`, '[[1],"$K1"]', '{"a":1}', 'not json', `${'['.repeat(3000)}"$K1"${']'.repeat(3000)}`]) {
      expect((await form({ '0': root }))?.status, root.slice(0, 20)).toBe(400);
    }
    expect(await form({ '0': '["token", null, {"values":{"name":"$$dollar"}}, "$undefined", "$K1"]', '1_email': 'a@example.org' })).toBeNull();
    expect(await form({ '0': '["0b0e2c1a-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "email=a%40b.org&status=pending", null, "$K1"]' })).toBeNull();
    expect((await form({ '1_email': 'a\u0000b', '0': '["$K1"]' }))?.status).toBe(400);
    // Next.js throws on more than 1,000 arguments (a 500); none of ours takes more than a few.
    expect((await form({ '0': JSON.stringify(Array.from({ length: 2000 }, () => null)) }))?.reason).toBe('too many arguments');
    expect((await refuseActionBody('text/plain', Buffer.from(JSON.stringify(Array.from({ length: 17 }, () => null))), true))?.reason).toBe('too many arguments');
    expect(await refuseActionBody('text/plain', Buffer.from(JSON.stringify(Array.from({ length: 5 }, () => null))), true)).toBeNull();
    expect((await refuseActionBody('multipart/form-data; boundary=x', Buffer.from('garbage'), false))?.status).toBe(400);
  });
});

describe('server-action targets', () => {
  // The shape of a build's manifests: a public action on a dynamic page and on the locale home,
  // one used in the dashboard's layout (route group), and a route handler.
  const SIGN = 'a'.repeat(42);
  const SUBSCRIBE = 'b'.repeat(42);
  const SIGN_IN = 'c'.repeat(42);
  const routes = actionRoutes({
    serverReferences: {
      node: {
        [SIGN]: { workers: { 'app/[locale]/petitions/[slug]/page': {} } },
        [SUBSCRIBE]: { workers: { 'app/[locale]/page': {}, 'app/[locale]/cases/[slug]/page': {} } },
        [SIGN_IN]: { workers: { 'app/admin/(dashboard)/cases/page': {}, 'app/admin/sign-in/page': {} } },
      },
    },
    routes: {
      staticRoutes: [
        { page: '/admin/cases', regex: '^/admin/cases(?:/)?$' },
        { page: '/admin/sign-in', regex: '^/admin/sign\\-in(?:/)?$' },
      ],
      dynamicRoutes: [
        { page: '/media/[file]', regex: '^/media/([^/]+?)(?:/)?$' },
        { page: '/[locale]', regex: '^/([^/]+?)(?:/)?$' },
        { page: '/[locale]/cases/[slug]', regex: '^/([^/]+?)/cases/([^/]+?)(?:/)?$' },
        { page: '/[locale]/petitions/[slug]', regex: '^/([^/]+?)/petitions/([^/]+?)(?:/)?$' },
        { page: '/[locale]/[...rest]', regex: '^/([^/]+?)/(.+?)(?:/)?$' },
      ],
    },
    appPathRoutes: {
      '/admin/(dashboard)/cases/page': '/admin/cases',
      '/admin/sign-in/page': '/admin/sign-in',
      '/media/[file]/route': '/media/[file]',
      '/[locale]/page': '/[locale]',
      '/[locale]/cases/[slug]/page': '/[locale]/cases/[slug]',
      '/[locale]/petitions/[slug]/page': '/[locale]/petitions/[slug]',
      '/[locale]/[...rest]/page': '/[locale]/[...rest]',
    },
  });

  it('finds the page Next.js renders for a path, through route groups', () => {
    expect(routes.entriesFor('/admin/cases')).toEqual(['app/admin/(dashboard)/cases/page']);
    expect(routes.entriesFor('/ru/petitions/zhanaozen-inquiry')).toEqual(['app/[locale]/petitions/[slug]/page']);
    expect(routes.entriesFor('/en/anything/else')).toEqual(['app/[locale]/[...rest]/page']);
    expect(routes.entriesFor('/media/photo.jpg')).toEqual([]);
    expect(routes.entriesFor('/')).toEqual([]);
  });

  it('lets an action through only to a page that uses it', () => {
    expect(refuseActionTarget('/en/petitions/zhanaozen-inquiry?x=1', SIGN, routes)).toBeNull();
    expect(refuseActionTarget('/kk', SUBSCRIBE, routes)).toBeNull();
    expect(refuseActionTarget('/en/cases/someone', SUBSCRIBE, routes)).toBeNull();
    expect(refuseActionTarget('/admin/cases', SIGN_IN, routes)).toBeNull();
    // A form posted without JavaScript has no Next-Action header: Next.js checks its field itself.
    expect(refuseActionTarget('/en', undefined, routes)).toBeNull();
    for (const [url, id] of [
      ['/en', SIGN],
      ['/en/about', SUBSCRIBE],
      ['/en/petitions/zhanaozen-inquiry', SUBSCRIBE],
      ['/media/photo.jpg', SIGN],
      ['/', SUBSCRIBE],
    ] as const) {
      const refusal = refuseActionTarget(url, id, routes);
      expect(refusal?.status, url).toBe(404);
      expect(refusal?.reason, url).toBe('server action not used by this page');
      expect(refusal?.headers?.['x-nextjs-action-not-found']).toBe('1');
    }
  });

  it('refuses an id the build does not have, whatever it is named after', () => {
    for (const id of ['f'.repeat(42), '', 'constructor', '__proto__', 'toString', [SIGN, SIGN]]) {
      expect(refuseActionTarget('/en/petitions/x', id, routes)?.reason, String(id)).toBe('unknown server action');
    }
  });
});

describe('form fields', () => {
  it('never write into a prototype, whatever the field names', () => {
    const form = new FormData();
    for (const name of ['__proto__.polluted', 'constructor.prototype', 'prototype.x', 'name.__proto__', '__proto__', 'email']) form.append(name, 'yes');
    const input = formInput(form);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(input)).toEqual(['email']);
    expect(Object.getPrototypeOf(input)).toBeNull();
    expect(Object.keys(echoValues(input))).toEqual(['email']);
    // Flat records keep dotted names as they are (no nesting), but never `__proto__` itself.
    const flat = formFields(form);
    expect(Object.getPrototypeOf(flat)).toBeNull();
    expect(Object.keys(flat)).not.toContain('__proto__');
    expect(formInput('forged' as unknown as FormData)).toEqual({});
  });

  it('lets only short URL-safe tokens into a redirect', () => {
    expect(isEchoableToken('a'.repeat(43))).toBe(true);
    for (const bad of ['a\r\nSet-Cookie: x', 'a\u0000', 'ключ', 'a'.repeat(1_000_000), '', 42]) expect(isEchoableToken(bad)).toBe(false);
  });
});
