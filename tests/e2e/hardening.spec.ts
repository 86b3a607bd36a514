import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { inArray, like, or } from 'drizzle-orm';
import { mailMessages, signInAttempts, signatures, subscribers } from '@/db/schema';
import { e2eDatabase } from '../support/e2e-database';
import { actionBody, actionPath, FORM, serverActions } from './admin-support';
import { expect, test } from './fixtures';

// Hostile requests, sent as raw bytes over a socket to the production server on 127.0.0.1 (so no
// client library normalises them): each must get a 4xx with no stack trace, change nothing in the
// database and leave the process as it was.

const port = Number(process.env.E2E_PORT ?? 3100);
const origin = `http://127.0.0.1:${port}`;
const MARK = `hostile-${randomBytes(4).toString('hex')}`;

type Answer = { status: number; headers: Record<string, string>; body: string };

/** One request as raw bytes; the connection is closed after the answer. */
function raw(method: string, target: string, headers: Record<string, string> = {}, body: string | Buffer = ''): Promise<Answer> {
  const payload = typeof body === 'string' ? Buffer.from(body) : body;
  const lines = [`${method} ${target} HTTP/1.1`, ...('Host' in headers ? [] : [`Host: 127.0.0.1:${port}`]), 'Connection: close'];
  const all = { ...(method === 'POST' && !('Content-Length' in headers) && !('Transfer-Encoding' in headers) ? { 'Content-Length': String(payload.length) } : {}), ...headers };
  for (const [k, v] of Object.entries(all)) lines.push(`${k}: ${v}`);
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e) => (chunks.length ? undefined : reject(e)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine, ...headerLines] = text.slice(0, split).split('\r\n');
      const parsed: Record<string, string> = {};
      for (const line of headerLines) {
        const i = line.indexOf(':');
        parsed[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine?.split(' ')[1]), headers: parsed, body: text.slice(split + 4) });
    });
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (payload.length) socket.write(payload);
  });
}

function multipart(form: FormData | Record<string, string>): { body: Buffer; type: string } {
  const boundary = `----hardening${randomBytes(6).toString('hex')}`;
  const entries = form instanceof FormData ? [...form.entries()].map(([k, v]) => [k, String(v)] as const) : Object.entries(form);
  const parts = entries.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}

const serverAction = (name: string) => serverActions().find((a) => a.name === name)!;
const actionId = (name: string) => serverAction(name).id;

/**
 * The page each action is posted from: React posts an action to the page that rendered it, and
 * the server refuses it on any other (Next.js would forward it and lose the status).
 */
const PAGES: Record<string, string> = { requestSignInLink: '/admin/sign-in' };
const pageOf = (name: string) => PAGES[name] ?? actionPath(serverAction(name), { slug: 'zhanaozen-inquiry' });

/** A fetch action's POST, as React sends it. */
function callAction(name: string, body: { body: Buffer | string; type: string }, extra: Record<string, string> = {}, page = pageOf(name)) {
  return raw('POST', page, { 'Next-Action': actionId(name), Origin: origin, Accept: 'text/x-component', 'Content-Type': body.type, ...extra }, body.body);
}

function expectRefused(answer: Answer, label: string, status?: number | number[]) {
  if (status === undefined) expect(answer.status, label).toBeGreaterThanOrEqual(400);
  else expect(Array.isArray(status) ? status : [status], label).toContain(answer.status);
  expect(answer.status, label).toBeLessThan(500);
  // No stack trace, no file of ours, no error name in the answer.
  expect(answer.body, label).not.toMatch(/\n\s+at |node_modules|\.next\/server|TypeError|ERR_[A-Z_]+/);
}

/** Rows a hostile request could have written, found by the mark every one of them carries. */
async function marked() {
  const { db, close } = e2eDatabase();
  try {
    const pattern = `%${MARK}%`;
    const sigs = await db.select({ id: signatures.id }).from(signatures).where(or(like(signatures.email, pattern), like(signatures.name, pattern)));
    const subs = await db.select({ id: subscribers.id }).from(subscribers).where(like(subscribers.email, pattern));
    const mail = await db.select({ id: mailMessages.id }).from(mailMessages).where(like(mailMessages.to, pattern));
    const attempts = await db.select({ key: signInAttempts.key }).from(signInAttempts).where(like(signInAttempts.key, pattern));
    return { signatures: sigs.length, subscribers: subs.length, mail: mail.length, signInAttempts: attempts.length };
  } finally {
    await close();
  }
}
const nothing = { signatures: 0, subscribers: 0, mail: 0, signInAttempts: 0 };

test.describe.configure({ timeout: 60_000 });

test('unsupported methods are 405', async () => {
  for (const method of ['TRACE', 'CONNECT', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
    const answer = await raw(method, method === 'CONNECT' ? '/en' : '/en');
    expectRefused(answer, method, 405);
    expect(answer.headers.allow, method).toBe('GET, HEAD, POST, OPTIONS');
  }
});

test('a malformed percent-escape anywhere in the path is 400', async () => {
  for (const path of ['/en/petitions/%FF%FE', '/%C0%AF', '/admin/cases/%FF', '/en/cases/%E0%A4%A', '/api/petitions/%FF', '/dev/mailbox/%FF']) {
    expectRefused(await raw('GET', path), path, 400);
  }
  const post = await raw('POST', '/api/petitions/%FF/signatures', { 'Content-Type': 'application/json' }, JSON.stringify({ email: `${MARK}@example.org` }));
  expectRefused(post, 'POST /api/petitions/%FF/signatures', 400);
  expect(await marked()).toEqual(nothing);
});

test('a NUL byte never reaches PostgreSQL: 400 at the edge', async () => {
  for (const path of [
    '/api/petitions/a%00b',
    '/api/feeds/cases/a%00b/en',
    '/en/pickets?city=a%00b',
    '/en/petitions/a%00b/share-image',
    '/admin/audit?case=a%00b',
    '/en/cases?q=%00',
  ]) {
    expectRefused(await raw('GET', path), path, 400);
  }
  // The sign action's slug, the subscribe action's case, and a field of the JSON sign API.
  const sign = await callAction('signAction', { body: JSON.stringify(['a\u0000b', null]), type: 'text/plain;charset=UTF-8' });
  expectRefused(sign, 'signAction slug', 400);
  const subscribe = await callAction('subscribeAction', multipart(actionBody([null, FORM], { email: `${MARK}@example.org`, language: 'en', case: 'a\u0000b' })));
  expectRefused(subscribe, 'subscribeAction case', 400);
  const api = await raw('POST', '/api/petitions/zhanaozen-inquiry/signatures', { 'Content-Type': 'application/json' }, JSON.stringify({ name: `${MARK}\u0000`, email: `${MARK}@example.org`, country: 'GB' }));
  expectRefused(api, 'JSON sign API', 400);
  expect(await marked()).toEqual(nothing);
});

test('withdrawAction puts only a well-formed token into its redirect', async () => {
  for (const [label, token] of [
    ['CR/LF', 'abc\r\nSet-Cookie: x=1'],
    ['NUL', 'abc\u0000def'],
    ['non-ASCII', 'токен'],
    ['1 MB', 'a'.repeat(1_000_000)],
    ['a number', 7],
  ] as const) {
    const answer = await callAction('withdrawAction', multipart(actionBody([token, FORM], { locale: 'en' })));
    expectRefused(answer, label, 400);
    expect(answer.headers['x-action-redirect'] ?? '', label).toBe('');
    expect(answer.headers.location ?? '', label).toBe('');
  }
});

test('server actions with forged arguments, malformed bodies or an oversized body are 4xx', async () => {
  const text = (body: string) => ({ body, type: 'text/plain;charset=UTF-8' });
  const cases: [string, Promise<Answer>, number | number[]][] = [
    // Forged argument types and counts: no form where the action takes one.
    ['sign-in with a string for its form', callAction('requestSignInLink', multipart({ '0': JSON.stringify([null, 'not a form']) })), 400],
    ['sign-in with no arguments', callAction('requestSignInLink', multipart({ '0': '[]' })), [400, 404]],
    ['sign-in with plain arguments', callAction('requestSignInLink', text(JSON.stringify([null, 'not a form']))), 400],
    ['sign with a number for its slug', callAction('signAction', multipart(actionBody([42, null, FORM], { email: `${MARK}@example.org` }))), 400],
    ['sign with a list for its slug', callAction('signAction', multipart(actionBody([['a'], null, FORM], { email: `${MARK}@example.org` }))), 400],
    ['subscribe with an object for its form', callAction('subscribeAction', multipart({ '0': JSON.stringify([null, { email: `${MARK}@example.org` }]) })), [400, 404]],
    // React reply references that point at nothing, nesting, and bodies that are no argument list.
    ['$K reference in a text body', callAction('requestSignInLink', text('[null,"$K1"]')), 400],
    ['$@ reference', callAction('requestSignInLink', multipart({ '0': '["$@1","$K2"]' })), 400],
    ['$F reference', callAction('requestSignInLink', multipart({ '0': '["$F1","$K2"]' })), 400],
    ['$Q reference', callAction('requestSignInLink', multipart({ '0': '["$Q1","$K2"]' })), 400],
    ['$K reference to a form that is not there', callAction('requestSignInLink', multipart({ '0': '[null,"$K9"]' })), [200, 400]],
    ['2,000 arguments (Next.js throws on more than 1,000)', callAction('requestSignInLink', text(JSON.stringify(Array.from({ length: 2000 }, () => null)))), 400],
    ['3,000-deep nesting', callAction('requestSignInLink', text(`${'['.repeat(3000)}${']'.repeat(3000)}`)), 400],
    ['3,000-deep nesting in a form part', callAction('requestSignInLink', multipart({ '0': `${'['.repeat(3000)}${']'.repeat(3000)}` })), 400],
    ['a text body', callAction('requestSignInLink', text('hello')), 400],
    ['a JSON object', callAction('requestSignInLink', text('{"email":"x@example.org"}')), 400],
    ['a JSON body', callAction('requestSignInLink', { body: '[]', type: 'application/json' }), 415],
    ['a broken multipart body', callAction('requestSignInLink', { body: 'garbage', type: 'multipart/form-data; boundary=nothing' }), 400],
    ['an unknown action', (() => { const m = multipart({ '0': '["$K1"]' }); return raw('POST', '/en', { 'Next-Action': 'f'.repeat(42), Origin: origin, 'Content-Type': m.type }, m.body); })(), [404, 409]],
    ['a body over the limit', raw('POST', pageOf('requestSignInLink'), { 'Next-Action': actionId('requestSignInLink'), Origin: origin, 'Content-Type': 'text/plain', 'Content-Length': String(7 * 1024 * 1024) }), 413],
    ['a chunked body over the limit', raw('POST', pageOf('requestSignInLink'), { 'Next-Action': actionId('requestSignInLink'), Origin: origin, 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' }, `600000\r\n${'a'.repeat(0x600000)}\r\n10\r\n${'a'.repeat(16)}\r\n0\r\n\r\n`), 413],
  ];
  for (const [label, answer, status] of cases) expectRefused(await answer, label, status);
  expect(await marked()).toEqual(nothing);
});

test('a forged call the action refuses, or a call posted to a page that does not use the action, is 404 on every page', async () => {
  // Objects where the actions take a form or a token (a picket id must be a UUID to get that far):
  // each passes the server's checks and is refused by the action itself with notFound().
  const forged = (name: string) => multipart({ '0': JSON.stringify(name === 'rsvpAction' ? [randomUUID(), null, {}] : [{}, {}, {}]) });
  const publicActions = serverActions().filter((a) => a.file.startsWith('app/[locale]/') || a.name === 'requestSignInLink');
  expect(publicActions.length).toBeGreaterThanOrEqual(10);
  // A page with no action, the catch-all 404 page, a path no page serves, and pages using other actions.
  const elsewhere = ['/en/about', '/ru/no-such-page', '/', '/admin/sign-in', '/en/petitions/zhanaozen-inquiry', '/en/pickets/propose'];
  for (const action of publicActions) {
    const own = pageOf(action.name);
    const answer = await callAction(action.name, forged(action.name), {}, own);
    expectRefused(answer, `${action.name} on ${own}`, 404);
    for (const page of elsewhere.filter((p) => !action.pages.some((pattern) => new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, '[^/]+')}$`).test(p)))) {
      const label = `${action.name} on ${page}`;
      const elsewhereAnswer = await callAction(action.name, forged(action.name), {}, page);
      expectRefused(elsewhereAnswer, label, 404);
      expect(elsewhereAnswer.body, label).not.toContain('{}');
      // Next's own marker, so a page of an older deployment reloads as it would for an unknown action.
      expect(elsewhereAnswer.headers['x-nextjs-action-not-found'], label).toBe('1');
    }
  }
  // An id no build of ours has: 404 on any page, before the body is read.
  for (const page of ['/en', '/admin/sign-in', '/en/withdraw/x']) {
    const answer = await raw('POST', page, { 'Next-Action': 'ab'.repeat(21), Origin: origin, 'Content-Type': 'text/plain;charset=UTF-8' }, '[]');
    expectRefused(answer, `unknown action on ${page}`, 404);
    expect(answer.headers['x-nextjs-action-not-found']).toBe('1');
  }
  // Without JavaScript the action id is a form field: Next.js refuses an unknown one, or one of another page, itself.
  for (const [page, id] of [['/en', 'f'.repeat(42)], ['/en/about', actionId('withdrawAction')]] as const) {
    const form = multipart({ [`$ACTION_ID_${id}`]: '', locale: 'en' });
    expectRefused(await raw('POST', page, { Origin: origin, 'Content-Type': form.type }, form.body), `no-JavaScript form on ${page}`);
  }
  expect(await marked()).toEqual(nothing);
});

test('a server action from another site is 403', async () => {
  for (const from of ['https://attacker.example', 'null', `http://evil.example:${port}`]) {
    const answer = await callAction('requestSignInLink', multipart(actionBody([null, FORM], { email: `${MARK}@example.org` })), { Origin: from });
    expectRefused(answer, from, 403);
  }
  expect(await marked()).toEqual(nothing);
});

test('absurd URLs and headers are 414 and 431', async () => {
  expectRefused(await raw('GET', `/en/${'a'.repeat(40_000)}`), '40 KB path', [414, 431]);
  expectRefused(await raw('GET', `/en/${'a'.repeat(4_000)}`), '4 KB path', 414);
  expectRefused(await raw('GET', `/en/petitions?x=${'a'.repeat(10_000)}`), '10 KB query', 414);
  expectRefused(await raw('GET', '/en', { 'X-Padding': 'a'.repeat(20_000) }), '20 KB header', 431);
});

test('absolute URLs come from APP_URL, never from a forged Host', async () => {
  const forged: Record<string, string>[] = [{ Host: 'evil.example' }, { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' }];
  for (const headers of forged) {
    const answer = await raw('GET', '/en/about', headers);
    expect(answer.status).toBe(200);
    expect(answer.headers.link ?? '').not.toContain('evil.example');
    expect(answer.headers.link ?? '').not.toContain('https:');
    const redirect = await raw('GET', '/', headers);
    expect(redirect.headers.location ?? '').not.toContain('evil.example');
  }
});

test('the JSON sign API takes only application/json', async () => {
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    const answer = await raw('POST', '/api/petitions/zhanaozen-inquiry/signatures', { 'Content-Type': type, Origin: 'https://attacker.example' }, JSON.stringify({ name: MARK, email: `${MARK}@example.org`, country: 'GB' }));
    expectRefused(answer, type, 415);
  }
  expect(await marked()).toEqual(nothing);
});

test('form field names never reach a prototype: the process stays unpolluted', async () => {
  const polluting = { '__proto__.email': `${MARK}@example.org`, 'constructor.prototype.email': `${MARK}@example.org`, 'prototype.email': `${MARK}@example.org`, ['__proto__']: 'x' };
  for (const name of ['requestSignInLink', 'subscribeAction', 'proposeAction']) {
    const answer = await callAction(name, multipart(actionBody([null, FORM], polluting)));
    expect(answer.status, name).toBeLessThan(500);
  }
  // The sign-in form with only the polluting fields has no address: it says so, normally.
  const signIn = await callAction('requestSignInLink', multipart(actionBody([null, FORM], polluting)));
  expect(signIn.status).toBe(200);
  expect(signIn.body).toContain('"status":"invalid"');
  // Had `email` reached Object.prototype, every object would have one: a JSON signature without an
  // address would pass. It is refused for the missing address, as before.
  const unsigned = await raw('POST', '/api/petitions/zhanaozen-inquiry/signatures', { 'Content-Type': 'application/json' }, JSON.stringify({ name: MARK, country: 'GB' }));
  expect(unsigned.status).toBe(422);
  expect(JSON.parse(unsigned.body.replace(/^[0-9a-f]+\r\n/, '').replace(/\r\n0\r\n\r\n$/, '')).errors.email).toBeTruthy();
  expect((await raw('GET', '/en/about')).status).toBe(200);
  expect(await marked()).toEqual(nothing);
});

test('an invented X-Forwarded-For does not change the address the rate limits see', async () => {
  const emails = ['6.6.6.6', '203.0.113.9, 198.51.100.4', '10.0.0.1'].map((ip, i) => ({ ip, email: `${MARK}-xff${i}@example.org` }));
  for (const { ip, email } of emails) {
    const answer = await raw(
      'POST',
      '/api/petitions/zhanaozen-inquiry/signatures',
      { 'Content-Type': 'application/json', 'X-Forwarded-For': ip, 'X-Real-IP': ip, Forwarded: `for=${ip}`, 'X-Yntymaq-Client-Ip': ip },
      JSON.stringify({ name: 'Test', email, country: 'GB' }),
    );
    expect(answer.status).toBe(202);
  }
  const { db, close } = e2eDatabase();
  try {
    const rows = await db.select({ ipHash: signatures.ipHash }).from(signatures).where(inArray(signatures.email, emails.map((e) => e.email)));
    expect(rows).toHaveLength(3);
    // One address for all three: the socket's (127.0.0.1), whatever the headers claimed.
    expect(new Set(rows.map((r) => r.ipHash)).size).toBe(1);
    expect(rows[0]!.ipHash).toBeTruthy();
    await db.delete(signatures).where(inArray(signatures.email, emails.map((e) => e.email)));
  } finally {
    await close();
  }
});

test('the mailbox is decided by the socket, not by headers; the server listens on loopback only', async () => {
  // From this machine's socket, headers claiming another client change nothing.
  const answer = await raw('GET', '/dev/mailbox', { 'X-Forwarded-For': '192.168.1.20', 'X-Yntymaq-Loopback': '0' });
  expect(answer.status).toBe(200);
  // The listening socket of the e2e server (started with the defaults, as `npm start` is) is bound
  // to 127.0.0.1, so no other machine can connect: read from the kernel's table, no traffic sent.
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const listening = ['/proc/net/tcp', '/proc/net/tcp6']
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A')
    .map((cols) => cols[1]!.split(':')[0]);
  expect(listening.length).toBeGreaterThan(0);
  expect(listening.every((address) => address === '0100007F')).toBe(true);
});
