import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// What a production build is made from. When any of it changes, `npm start` builds again.
const INPUTS = ['app', 'components', 'lib', 'db/schema', 'emails', 'messages', 'public', 'next.config.js', 'proxy.ts', 'package-lock.json', 'tsconfig.json'];
const STAMP = path.join('.next', 'yntymaq-source-hash');

function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (statSync(entry).isFile()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => files(path.join(entry, d.name)));
}

export function sourceHash(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((i) => files(path.join(root, i)))) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, STAMP);
  return existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash(root);
}

export const stampPath = STAMP;
