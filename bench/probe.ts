// `npm run probe`: a hostile probe of a running production server, as an outside tester would send
// it — a bounded set of about 2,500 requests, as raw bytes over sockets (no client library tidies
// them): malformed percent-escapes and NUL bytes on every route, forged and malformed server-action
// bodies against every action id of the build, cross-origin actions, oversized bodies and headers,
// unsupported methods, forged Host and X-Forwarded-For, prototype-polluting field names, CR/LF in
// tokens. It prints the answers by status class for each kind of request and lists every 5xx (and
// every request left unanswered) with the request, and the action refusals answered 200 (an empty
// `{}` or a notFound() payload: the status was lost). It exits 1 when there was any.
//
// Only 127.0.0.1 is contacted, on PROBE_PORT (4200). The routes and action ids are read from the
// build the server runs, in PROBE_DIR (the current folder). PROBE_CONCURRENCY (6) requests at once.
// The server keeps what the requests write (signatures, mail in the local mailbox): probe a
// database of its own.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';

const PORT = Number(process.env.PROBE_PORT ?? 4200);
const HOST = '127.0.0.1';
const DIR = process.env.PROBE_DIR ?? process.cwd();
const CONCURRENCY = Number(process.env.PROBE_CONCURRENCY ?? 6);
const ORIGIN = `http://${HOST}:${PORT}`;
const PETITION = 'zhanaozen-inquiry';
/** Longest a request may wait for its answer. */
const TIMEOUT_MS = 20_000;

type Probe = { kind: string; method: string; target: string; headers: Record<string, string>; body?: Buffer; action?: boolean };
type Answer = { status: number | 'no answer'; body: string; headers: string };

const probes: Probe[] = [];
function add(kind: string, method: string, target: string, headers: Record<string, string> = {}, body?: string | Buffer, action = false) {
  probes.push({ kind, method, target, headers, body: body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body), action });
}

// ---------------------------------------------------------------------------------------------
// What the build serves, from its manifests.

const read = (file: string) => JSON.parse(readFileSync(path.join(DIR, '.next', file), 'utf8')) as unknown;
const appPaths = read('app-path-routes-manifest.json') as Record<string, string>;
const references = (read('server/server-reference-manifest.json') as { node: Record<string, { exportedName: string; filename: string; workers: Record<string, unknown> }> }).node;

const SAMPLE: Record<string, string> = {
  locale: 'en',
  slug: PETITION,
  id: randomUUID(),
  token: 'a'.repeat(43),
  file: 'photo.jpg',
  '...rest': 'a/b',
  '...nextauth': 'session',
};
/** A URL pattern (`/[locale]/petitions/[slug]`) with sample values, and the parts that are dynamic. */
const fill = (pattern: string, values: Record<string, string> = {}) => pattern.replace(/\[([^\]]+)\]/g, (_, k: string) => values[k] ?? SAMPLE[k] ?? 'x');
const routes = [...new Set(Object.values(appPaths))].filter((r) => !r.startsWith('/_'));
const pageRoutes = [...new Set(Object.entries(appPaths).filter(([entry]) => entry.endsWith('/page')).map(([, r]) => r))].filter((r) => !r.startsWith('/_'));
const apiRoutes = routes.filter((r) => r.startsWith('/api/'));

type Action = { id: string; name: string; file: string; pages: string[] };
const actions: Action[] = Object.entries(references).map(([id, a]) => ({
  id,
  name: a.exportedName,
  file: a.filename,
  pages: Object.keys(a.workers)
    .filter((w) => w.endsWith('/page'))
    .map((w) => w.replace(/^app/, '').replace(/\/\([^)]+\)/g, '').replace(/\/page$/, '') || '/'),
}));
/** Actions anyone may call: every one outside the dashboard's route group (sign-in and sign-out are public). */
const publicActions = actions.filter((a) => !a.file.startsWith('app/admin/(dashboard)/'));
const dashboardActions = actions.filter((a) => a.file.startsWith('app/admin/(dashboard)/'));
/** The page React would post the action from (the one with the fewest dynamic parts). */
const ownPage = (a: Action) => fill([...a.pages].sort((x, y) => x.split('[').length - y.split('[').length || x.length - y.length)[0]!);

// ---------------------------------------------------------------------------------------------
// Bodies.

function multipart(fields: [string, string][] | Record<string, string>): { body: Buffer; type: string } {
  const boundary = `----probe${randomUUID().slice(0, 8)}`;
  const entries = Array.isArray(fields) ? fields : Object.entries(fields);
  const parts = entries.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}
/** React's body for a call with these arguments; `FORM` stands for the form, whose fields follow. */
const FORM = '$K1';
function actionForm(args: unknown[], fields: Record<string, string> = {}) {
  return multipart([...Object.entries(fields).map(([k, v]): [string, string] => [`1_${k}`, v]), ['0', JSON.stringify(args)]]);
}
const TEXT = 'text/plain;charset=UTF-8';

function callAction(kind: string, a: Action | string, page: string, body: { body: Buffer | string; type: string }, extra: Record<string, string> = {}) {
  const id = typeof a === 'string' ? a : a.id;
  add(kind, 'POST', page, { 'Next-Action': id, Origin: ORIGIN, Accept: 'text/x-component', 'Content-Type': body.type, ...extra }, body.body, true);
}

// ---------------------------------------------------------------------------------------------
// The requests.

// 1. Methods the site does not use, on pages, APIs and the dashboard.
for (const method of ['TRACE', 'TRACK', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'SEARCH', 'PURGE', 'CONNECT', 'FOO']) {
  for (const target of ['/en', '/admin', '/api/health', `/api/petitions/${PETITION}/signatures`, '/dev/mailbox', '/media/x.jpg']) add('unsupported method', method, target);
}

// 2. Malformed percent-escapes on every route: in each dynamic part, and in a static one.
const ESCAPES = ['%FF', '%FF%FE', '%C0%AF', '%E0%A4%A', '%', '%zz', '%ED%A0%80', '%F8%88%80%80%80'];
for (const route of routes) {
  for (const bad of ESCAPES) {
    const dynamic = route.includes('[');
    add('malformed percent-escape', 'GET', dynamic ? fill(route, Object.fromEntries(Object.keys(SAMPLE).map((k) => [k, bad]))) : `${route}/${bad}`);
  }
  add('malformed percent-escape', 'GET', `${fill(route)}?q=%FF&token=%E0%A4`);
}
for (const route of apiRoutes) {
  for (const bad of ESCAPES.slice(0, 4)) add('malformed percent-escape', 'POST', fill(route, { slug: bad, id: bad, locale: bad }), { 'Content-Type': 'application/json' }, '{}');
}

// 3. NUL bytes: in the path and the query of every route, in form fields and JSON.
for (const route of routes) {
  add('NUL byte', 'GET', route.includes('[') ? fill(route, Object.fromEntries(Object.keys(SAMPLE).map((k) => [k, 'a%00b']))) : `${route}%00`);
  add('NUL byte', 'GET', `${fill(route)}?q=%00&city=a%00b&case=a%00b&token=a%00b&id=a%00b`);
}
for (const field of ['name', 'email', 'country', 'locale', 'comment']) {
  const body: Record<string, string> = { name: 'Probe', email: 'probe@example.org', country: 'GB', locale: 'en' };
  body[field] = `${body[field] ?? ''}\u0000x`;
  add('NUL byte', 'POST', `/api/petitions/${PETITION}/signatures`, { 'Content-Type': 'application/json' }, JSON.stringify(body));
  add('NUL byte', 'POST', `/api/petitions/a\\u0000b/signatures`.replace('\\u0000', '%00'), { 'Content-Type': 'application/json' }, JSON.stringify(body));
}
for (const a of publicActions) {
  for (const field of ['email', 'name', 'token', 'case', 'locale', 'language']) {
    callAction('NUL byte', a, ownPage(a), actionForm([null, FORM], { [field]: 'a\u0000b' }));
  }
  callAction('NUL byte', a, ownPage(a), { body: JSON.stringify(['a\u0000b', null]), type: TEXT });
}

// 4. Forged and malformed server-action bodies, against every public action id, on its own page
//    and on another (a page with no action of its own).
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const forgedBodies: [string, { body: Buffer | string; type: string }][] = [
  ['text: hello', { body: 'hello', type: TEXT }],
  ['text: object', { body: '{"email":"x@example.org"}', type: TEXT }],
  ['text: empty list', { body: '[]', type: TEXT }],
  ['text: numbers', { body: '[1,2,3]', type: TEXT }],
  ['text: list of lists', { body: '[[],[[]]]', type: TEXT }],
  ['text: objects', { body: '[{},{},{}]', type: TEXT }],
  ['text: $K form', { body: '[null,"$K1"]', type: TEXT }],
  ['text: $@ promise', { body: '["$@1"]', type: TEXT }],
  ['text: $F server reference', { body: '["$F1"]', type: TEXT }],
  ['text: $Q map', { body: '["$Q1"]', type: TEXT }],
  ['text: $W set', { body: '["$W1"]', type: TEXT }],
  ['text: $T temporary', { body: '["$T1"]', type: TEXT }],
  ['text: $B blob', { body: '["$B1"]', type: TEXT }],
  ['text: $h', { body: '["$h1"]', type: TEXT }],
  ['text: $1 chunk', { body: '["$1"]', type: TEXT }],
  ['text: 3,000 deep', { body: deep(3000), type: TEXT }],
  ['text: 100 KB string', { body: JSON.stringify(['a'.repeat(100_000), null]), type: TEXT }],
  ['text: 2,000 arguments', { body: JSON.stringify(Array.from({ length: 2000 }, () => null)), type: TEXT }],
  ['text: invalid UTF-8', { body: Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), type: TEXT }],
  ['text: 1e999', { body: '[1e999]', type: TEXT }],
  ['form: no part 0', multipart({ '1_email': 'x@example.org' })],
  ['form: part 0 not JSON', multipart({ '0': 'not json' })],
  ['form: part 0 an object', multipart({ '0': '{"a":1}' })],
  ['form: empty arguments', multipart({ '0': '[]' })],
  ['form: string for the form', multipart({ '0': '[null,"not a form"]' })],
  ['form: objects for everything', multipart({ '0': '[{},{},{}]' })],
  ['form: number for a token', actionForm([42, null, FORM], { email: 'x@example.org' })],
  ['form: list for a token', actionForm([['a'], null, FORM], { email: 'x@example.org' })],
  ['form: $K to a missing form', multipart({ '0': '[null,"$K9"]' })],
  ['form: $@ promise', multipart({ '0': '["$@1","$K2"]' })],
  ['form: $F reference', multipart({ '0': '["$F1","$K2"]' })],
  ['form: 3,000 deep', multipart({ '0': deep(3000) })],
  ['form: 3,000 deep field', actionForm([null, FORM], { email: deep(3000) })],
  ['form: broken boundary', { body: 'garbage', type: 'multipart/form-data; boundary=nothing' }],
  ['form: no boundary', { body: 'garbage', type: 'multipart/form-data' }],
  ['urlencoded', { body: '0=%5Bnull%5D&1_email=x', type: 'application/x-www-form-urlencoded' }],
  ['JSON body', { body: '[null,{}]', type: 'application/json' }],
  ['no content type', { body: '[null]', type: '' }],
  ['XML body', { body: '<a/>', type: 'application/xml' }],
];
const actionless = '/en/about';
for (const a of publicActions) {
  for (const [, body] of forgedBodies) {
    callAction('forged action body', a, ownPage(a), body);
    callAction('action on another page', a, ownPage(a) === actionless ? '/en' : actionless, body);
  }
}
// Every dashboard action, anonymously, with a plausible and a forged body, and on a wrong page.
for (const a of dashboardActions) {
  callAction('forged action body', a, ownPage(a), actionForm([null, FORM], { slug: 'probe' }));
  callAction('forged action body', a, ownPage(a), { body: '[{},{},{},{}]', type: TEXT });
  callAction('forged action body', a, ownPage(a), multipart({ '0': '[1,2,3,"$K1"]' }));
  callAction('action on another page', a, '/en', actionForm([null, FORM]));
}
// Ids the build does not have.
for (const id of ['f'.repeat(42), '0'.repeat(40), 'zz', '', 'constructor', '__proto__', 'a'.repeat(3000), '../../etc/passwd', `${publicActions[0]!.id}x`]) {
  for (const page of ['/en', '/admin/sign-in', `/en/petitions/${PETITION}`]) callAction('unknown action id', id, page, multipart({ '0': '[null,"$K1"]' }));
}
// Forms posted without JavaScript: forged ids and references in the fields.
for (const page of ['/en', `/en/petitions/${PETITION}`, '/admin/sign-in', '/en/about']) {
  for (const fields of <Record<string, string>[]>[
    { [`$ACTION_ID_${'f'.repeat(42)}`]: '' },
    { [`$ACTION_ID_${publicActions[0]!.id}`]: '', email: 'x@example.org' },
    { $ACTION_REF_1: '', '$ACTION_1:0': JSON.stringify({ id: 'f'.repeat(42), bound: null }) },
    { $ACTION_REF_1: '', '$ACTION_1:0': 'not json' },
    { $ACTION_REF_1: '' },
    { $ACTION_REF_1: '', '$ACTION_1:0': JSON.stringify({ id: publicActions[0]!.id, bound: '$@1' }), '$ACTION_1:1': '[1,2,3]' },
    { $ACTION_REF_1: '', '$ACTION_1:0': JSON.stringify({ id: publicActions[0]!.id, bound: '$@1' }), '$ACTION_1:1': deep(3000) },
  ]) {
    const form = multipart(fields);
    add('forged no-JavaScript form', 'POST', page, { Origin: ORIGIN, 'Content-Type': form.type }, form.body, true);
  }
}

// 5. Cross-origin actions.
for (const a of publicActions) {
  for (const from of ['https://attacker.example', 'null', `http://evil.example:${PORT}`, `http://localhost.evil.example:${PORT}`, 'not a url', `${ORIGIN}.evil.example`]) {
    callAction('cross-origin action', a, ownPage(a), actionForm([null, FORM], { email: 'probe@example.org' }), { Origin: from });
  }
}
for (const from of ['https://attacker.example', 'null']) {
  add('cross-origin action', 'POST', '/api/auth/callback/email?token=x&email=a%40b.org', { Origin: from, 'Content-Type': 'application/x-www-form-urlencoded' }, 'token=x');
  add('cross-origin action', 'POST', '/api/auth/signin/email', { Origin: from, 'Content-Type': 'application/x-www-form-urlencoded' }, 'email=a%40b.org');
}

// 6. Oversized bodies, URLs and headers.
const signIn = actions.find((a) => a.name === 'requestSignInLink')!;
add('oversized', 'POST', ownPage(signIn), { 'Next-Action': signIn.id, Origin: ORIGIN, 'Content-Type': TEXT, 'Content-Length': String(7 * 1024 * 1024) });
add('oversized', 'POST', `/api/petitions/${PETITION}/signatures`, { 'Content-Type': 'application/json', 'Content-Length': String(7 * 1024 * 1024) });
add('oversized', 'POST', `/api/petitions/${PETITION}/signatures`, { 'Content-Type': 'application/json', 'Content-Length': '99999999999999999999' });
add('oversized', 'POST', '/en', { 'Content-Type': TEXT, 'Content-Length': '-1' });
add('oversized', 'POST', ownPage(signIn), { 'Next-Action': signIn.id, Origin: ORIGIN, 'Content-Type': TEXT, 'Transfer-Encoding': 'chunked' }, `600000\r\n${'a'.repeat(0x600000)}\r\n10\r\n${'a'.repeat(16)}\r\n0\r\n\r\n`);
add('oversized', 'POST', `/api/petitions/${PETITION}/signatures`, { 'Content-Type': 'application/json' }, JSON.stringify({ name: 'a'.repeat(2_000_000), email: 'probe@example.org', country: 'GB' }));
callAction('oversized', signIn, ownPage(signIn), actionForm([null, FORM], { email: `${'a'.repeat(1_000_000)}@example.org` }));
for (const size of [4_000, 10_000, 40_000]) {
  add('oversized', 'GET', `/en/${'a'.repeat(size)}`);
  add('oversized', 'GET', `/en/petitions?x=${'a'.repeat(size)}`);
  add('oversized', 'GET', `/api/petitions/${'a'.repeat(size)}`);
}
for (const size of [10_000, 20_000, 70_000]) add('oversized', 'GET', '/en', { 'X-Padding': 'a'.repeat(size) });
add('oversized', 'GET', '/en', Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`X-H${i}`, 'a'.repeat(20)])));
add('oversized', 'GET', '/en', { Cookie: 'a=b; '.repeat(3000) });

// 7. Forged Host and client-address headers.
const hostHeaders: Record<string, string>[] = [
  { Host: 'evil.example' },
  { Host: `evil.example:${PORT}` },
  { Host: 'localhost.evil.example' },
  { Host: '' },
  { Host: '[::1' },
  { Host: 'a'.repeat(300) },
  { Host: 'evil.example, 127.0.0.1' },
  { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' },
  { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Port': '443' },
  { Forwarded: 'for=1.2.3.4;host=evil.example;proto=https' },
  { 'X-Forwarded-For': 'garbage' },
  { 'X-Forwarded-For': '1.2.3.4, 5.6.7.8' },
  { 'X-Forwarded-For': Array.from({ length: 1000 }, (_, i) => `10.0.${i >> 8}.${i & 255}`).join(', ') },
  { 'X-Forwarded-For': '::ffff:1.2.3.4' },
  { 'X-Real-IP': '6.6.6.6', 'X-Client-IP': '6.6.6.6', 'CF-Connecting-IP': '6.6.6.6', 'True-Client-IP': '6.6.6.6' },
  { 'X-Yntymaq-Client-Ip': '6.6.6.6', 'X-Yntymaq-Loopback': '1' },
  { 'X-Forwarded-Proto': 'gopher' },
];
for (const headers of hostHeaders) {
  for (const target of ['/', '/en', '/en/about', '/admin', '/admin/sign-in', '/dev/mailbox', '/api/health', `/en/petitions/${PETITION}`, '/api/feeds/updates/en']) add('forged Host / X-Forwarded-For', 'GET', target, headers);
  callAction('forged Host / X-Forwarded-For', signIn, ownPage(signIn), actionForm([null, FORM], { email: 'probe@example.org' }), headers);
  add('forged Host / X-Forwarded-For', 'POST', `/api/petitions/${PETITION}/signatures`, { 'Content-Type': 'application/json', ...headers }, JSON.stringify({ name: 'Probe', email: `probe-${randomUUID().slice(0, 8)}@example.org`, country: 'GB' }));
}

// 8. Prototype-polluting field names, in forms and JSON.
const POLLUTING = ['__proto__.email', '__proto__[email]', 'constructor.prototype.email', 'prototype.email', '__proto__', 'constructor', 'name.__proto__.x', 'toString', 'hasOwnProperty'];
for (const a of publicActions) {
  for (const name of POLLUTING) callAction('prototype-polluting names', a, ownPage(a), actionForm([null, FORM], { [name]: 'probe@example.org', email: 'probe@example.org' }));
  callAction('prototype-polluting names', a, ownPage(a), { body: '[null,{"__proto__":{"email":"x@example.org"},"constructor":{"prototype":{"x":1}}}]', type: TEXT });
}
for (const body of [
  '{"__proto__":{"email":"x@example.org"},"name":"P","country":"GB"}',
  '{"constructor":{"prototype":{"email":"x@example.org"}},"name":"P","country":"GB"}',
  '{"name":{"__proto__":{}},"email":"x@example.org","country":"GB"}',
  '{"name":"P","email":"x@example.org","country":{"toString":1}}',
  '[]',
  'null',
  '"a"',
  '1e999',
  '{',
  deep(3000),
]) {
  add('prototype-polluting names', 'POST', `/api/petitions/${PETITION}/signatures`, { 'Content-Type': 'application/json' }, body);
}

// 9. CR/LF (and other bytes headers cannot take) in tokens: bound arguments, form fields, URLs.
const BAD_TOKENS = ['abc\r\nSet-Cookie: x=1', 'abc\nLocation: https://evil.example', 'abc\u0000def', 'токен', 'a'.repeat(100_000), ' ', '../../etc/passwd', '%0D%0A'];
for (const a of publicActions) {
  for (const token of BAD_TOKENS) {
    callAction('CR/LF in tokens', a, ownPage(a), actionForm([token, FORM], { token, locale: 'en', pageLocale: 'en' }));
    callAction('CR/LF in tokens', a, ownPage(a), actionForm([null, FORM], { token, locale: token, language: token, pageLocale: token, case: token }));
  }
}
for (const page of ['/en/subscriptions/preferences', '/en/unsubscribe', '/api/unsubscribe', '/en/subscriptions/confirm', '/en/petitions', '/en/cases', '/en/pickets']) {
  for (const token of ['%0D%0ASet-Cookie:%20x=1', '%0A', 'a'.repeat(7000), '%E2%80%A8', '%C3%28']) {
    add('CR/LF in tokens', 'GET', `${page}?token=${token}&q=${token}&city=${token}&done=${token}`);
  }
  add('CR/LF in tokens', 'POST', `${page}?token=%0D%0A`, { 'Content-Type': 'application/x-www-form-urlencoded' }, 'List-Unsubscribe=One-Click');
}
for (const route of pageRoutes.filter((r) => r.includes('[token]') || r.includes('[slug]') || r.includes('[id]'))) {
  for (const token of ['%0D%0A', '%0A', 'a'.repeat(1900), '%E2%80%A8', '..%2F..%2Fetc']) add('CR/LF in tokens', 'GET', fill(route, { token, slug: token, id: token }));
}

// ---------------------------------------------------------------------------------------------
// Sending them.

function send(p: Probe): Promise<Answer> {
  const lines = [`${p.method} ${p.target} HTTP/1.1`];
  if (!('Host' in p.headers)) lines.push(`Host: ${HOST}:${PORT}`);
  lines.push('Connection: close');
  const headers = { ...p.headers };
  if (p.body && !('Content-Length' in headers) && !('Transfer-Encoding' in headers)) headers['Content-Length'] = String(p.body.length);
  if (p.method === 'POST' && !p.body && !('Content-Length' in headers) && !('Transfer-Encoding' in headers)) headers['Content-Length'] = '0';
  for (const [k, v] of Object.entries(headers)) if (v !== '' || k === 'Host') lines.push(`${k}: ${v}`);
  return new Promise((resolve) => {
    const socket = connect(PORT, HOST);
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : 'no answer', headers: split === -1 ? text : text.slice(0, split), body: split === -1 ? '' : text.slice(split + 4) });
    };
    const timer = setTimeout(() => socket.destroy(), TIMEOUT_MS);
    socket.on('data', (c: Buffer) => {
      // The status line and some of the body are all we need; a big page is cut.
      if (size < 65_536) chunks.push(c);
      size += c.length;
    });
    socket.on('error', () => {});
    socket.on('close', done);
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (p.body) socket.write(p.body);
  });
}

/** The body of a chunked answer, joined (a small one is one chunk). */
const unchunk = (body: string) => body.replace(/^[0-9a-f]+\r\n/, '').replace(/\r\n0\r\n\r\n$/, '');

const classOf = (status: Answer['status']) => (typeof status === 'number' ? `${Math.floor(status / 100)}xx` : status);

async function main() {
  console.log(`probe: ${probes.length} requests to ${ORIGIN} (${publicActions.length} public and ${dashboardActions.length} dashboard actions, ${routes.length} routes), ${CONCURRENCY} at a time`);
  const started = Date.now();
  const answers: Answer[] = new Array(probes.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < probes.length) {
        const i = next++;
        answers[i] = await send(probes[i]!);
      }
    }),
  );

  const CLASSES = ['2xx', '3xx', '4xx', '5xx', 'no answer'];
  const byKind = new Map<string, Map<string, number>>();
  const codes = new Map<number | string, number>();
  const failures: string[] = [];
  const lost: string[] = [];
  const echoed: string[] = [];
  probes.forEach((p, i) => {
    const a = answers[i]!;
    const row = byKind.get(p.kind) ?? new Map<string, number>();
    row.set(classOf(a.status), (row.get(classOf(a.status)) ?? 0) + 1);
    byKind.set(p.kind, row);
    codes.set(a.status, (codes.get(a.status) ?? 0) + 1);
    const request = `${p.method} ${p.target.length > 120 ? `${p.target.slice(0, 120)}… (${p.target.length} chars)` : p.target}${p.headers['Next-Action'] !== undefined ? ` [action ${p.headers['Next-Action'].slice(0, 42)}]` : ''} (${p.kind}${p.body ? `, ${p.body.length}-byte ${p.headers['Content-Type'] || 'untyped'} body` : ''})`;
    if (a.status === 'no answer' || a.status >= 500) failures.push(`${a.status} ${request}\n      ${unchunk(a.body).slice(0, 160).replace(/\s+/g, ' ')}`);
    // A refusal (notFound(), forbidden()) comes back with its status; as a 200 only when Next.js
    // forwarded the call to another page and dropped it: an empty `{}` or the refusal's payload.
    if (p.action && a.status === 200 && (unchunk(a.body).trim() === '{}' || a.body.includes('NEXT_HTTP_ERROR_FALLBACK'))) lost.push(request);
    if (/evil\.example/i.test(a.headers)) echoed.push(`${a.status} ${request}`);
  });

  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`\n${'kind of request'.padEnd(32)}${CLASSES.map((c) => pad(c, 10)).join('')}${pad('total', 8)}`);
  const totals = new Map<string, number>();
  for (const [kind, row] of byKind) {
    const n = [...row.values()].reduce((s, v) => s + v, 0);
    console.log(`${kind.padEnd(32)}${CLASSES.map((c) => pad(row.get(c) ?? 0, 10)).join('')}${pad(n, 8)}`);
    for (const [c, v] of row) totals.set(c, (totals.get(c) ?? 0) + v);
  }
  console.log(`${'all'.padEnd(32)}${CLASSES.map((c) => pad(totals.get(c) ?? 0, 10)).join('')}${pad(probes.length, 8)}`);
  console.log(`\nstatus codes: ${[...codes].sort((a, b) => String(a[0]).localeCompare(String(b[0]))).map(([c, n]) => `${c}: ${n}`).join(', ')}`);
  console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (failures.length) console.log(`\n5xx or no answer (${failures.length}):\n  ${failures.join('\n  ')}`);
  if (lost.length) console.log(`\naction refusals answered 200 (an empty {} or a notFound()/forbidden() payload: the status was lost) (${lost.length}):\n  ${lost.join('\n  ')}`);
  if (echoed.length) console.log(`\nanswers whose headers carry a forged host (${echoed.length}):\n  ${echoed.join('\n  ')}`);
  const clean = failures.length === 0 && lost.length === 0 && echoed.length === 0;
  console.log(clean ? '\nno 5xx, no unanswered request, no lost refusal, no forged host echoed' : '');
  process.exit(clean ? 0 : 1);
}

void main();
