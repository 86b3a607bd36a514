// `npm run bench:page-weight`: the JavaScript each public page makes a browser download, as the
// sum of the gzip sizes of its <script src> chunks and of the modules those import (goal ≤ 120 KB a
// page; not the noModule polyfills), and the size of its HTML
// and of the RSC payload inside it. Reads a running server: BASE_URL (http://127.0.0.1:3000), for
// example `npm start` or the e2e server. Only that address is contacted.
import { gzipSync } from 'node:zlib';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const LIMIT_KB = 120;

async function firstPath(list: string, pattern: RegExp): Promise<string | null> {
  const html = await (await fetch(`${BASE}${list}`)).text();
  return pattern.exec(html)?.[1] ?? null;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const STATIC_IMPORT = /^\s*(?:import|export)\s(?:[^'";]*\sfrom\s)?['"]([^'"]+)['"]/gm;
const bodies = new Map<string, Buffer>();
async function body(src: string): Promise<Buffer> {
  if (!bodies.has(src)) bodies.set(src, Buffer.from(await (await fetch(`${BASE}${src}`)).arrayBuffer()));
  return bodies.get(src)!;
}

/** The module scripts `sources` and every module they import, as paths: the browser fetches them all. */
async function withImports(sources: string[]): Promise<string[]> {
  const all = new Set(sources);
  for (const src of all) {
    for (const m of (await body(src)).toString('utf8').matchAll(STATIC_IMPORT)) all.add(new URL(m[1]!, `${BASE}${src}`).pathname);
  }
  return [...all];
}

async function main() {
  const paths = ['', '/cases', '/petitions', '/pickets', '/pickets/propose', '/updates', '/letters', '/resolutions', '/resolutions/submit', '/zhanaozen-2011', '/about'];
  const profile = await firstPath('/en/cases', /href="\/en(\/cases\/[a-z0-9-]+)"/);
  const petition = await firstPath('/en/petitions', /href="\/en(\/petitions\/[a-z0-9-]+)"/);
  const update = await firstPath('/en/updates', /href="\/en(\/updates\/[0-9a-f-]{36})"/);
  const picket = await firstPath('/en/pickets', /href="\/en(\/pickets\/[0-9a-f-]{36})"/);
  const letter = await firstPath('/en/letters', /href="\/en(\/letters\/[a-z0-9-]+)"/);
  paths.push(...[profile, petition, update, picket, letter].filter((p): p is string => p !== null));

  const chunkSize = new Map<string, number>();
  let worst = 0;
  console.log(`${'page'.padEnd(44)} ${'JS (gzip)'.padStart(10)} ${'chunks'.padStart(6)} ${'HTML'.padStart(10)} ${'RSC inline'.padStart(11)}`);
  for (const locale of ['en', 'ru', 'kk']) {
    for (const p of paths) {
      const url = `/${locale}${p}`;
      const html = await (await fetch(`${BASE}${url}`)).text();
      // `noModule` scripts (Next's polyfills) are fetched only by browsers without ES modules.
      const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1]! + m[3]!));
      const isModule = (m: RegExpMatchArray) => /\stype="module"/.test(` ${m[1]!}${m[3]!}`);
      const sources = [...new Set([...tags.filter((m) => !isModule(m)).map((m) => m[2]!), ...(await withImports(tags.filter(isModule).map((m) => m[2]!)))])];
      let js = 0;
      for (const src of sources) {
        if (!chunkSize.has(src)) chunkSize.set(src, gzipSync(await body(src)).length);
        js += chunkSize.get(src)!;
      }
      const flight = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].reduce((n, m) => n + m[1]!.length, 0);
      worst = Math.max(worst, js);
      console.log(`${url.padEnd(44)} ${kb(js).padStart(10)} ${String(sources.length).padStart(6)} ${kb(html.length).padStart(10)} ${kb(flight).padStart(11)}`);
    }
  }
  console.log(`\nthe heaviest page: ${kb(worst)} of JavaScript (gzip); goal ≤ ${LIMIT_KB} KB: ${worst <= LIMIT_KB * 1024 ? 'met' : 'NOT met'}`);
  process.exitCode = worst <= LIMIT_KB * 1024 ? 0 : 1;
}

void main();
