// Finds import cycles between the folders of lib/ and fails when there is one.
//
// File-level cycle finders see none here: lib/a/x.ts → lib/b/y.ts → lib/a/z.ts is no cycle between
// files, but it ties the two folders together, so neither can be read, tested or moved without the
// other. The rule of the house is that the folders of lib/ form a layering: shared modules at the
// bottom, domains above them, and no folder reaches back up. This script draws the folder graph from
// the import statements themselves (static `import … from`, `export … from` and `import()` with a
// literal path) and prints each strongly connected group of folders with one import per arrow.
//
//   npx tsx --import ./scripts/server-only.mjs scripts/check-import-cycles.ts           fail on a cycle
//   npx tsx --import ./scripts/server-only.mjs scripts/check-import-cycles.ts --graph   also print every arrow
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const libDir = path.join(root, 'lib');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

// The folder a lib/ file belongs to: lib/petitions/sign.ts → "petitions"; a file directly in lib/
// (lib/env.ts, lib/site-url.ts) is its own module, named after the file.
function moduleOf(file: string): string {
  const rel = path.relative(libDir, file).split(path.sep);
  return rel.length === 1 ? rel[0]!.replace(/\.(ts|tsx|mts)$/, '') : rel[0]!;
}

const importPattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

// Resolves a specifier to a path under lib/, or null when it points elsewhere (a package, app/, db/…).
function resolveToLib(fromFile: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith('@/')) target = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) target = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  const rel = path.relative(libDir, target);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return target;
}

type Edge = { from: string; to: string; file: string; specifier: string };

export function folderEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(libDir)) {
    const text = readFileSync(file, 'utf8');
    const from = moduleOf(file);
    for (const match of text.matchAll(importPattern)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (!specifier) continue;
      const target = resolveToLib(file, specifier);
      if (!target) continue;
      const to = moduleOf(target);
      if (to !== from) edges.push({ from, to, file: path.relative(root, file), specifier });
    }
  }
  return edges;
}

// Tarjan's strongly connected components: every group of two or more folders is a cycle.
export function folderCycles(edges: Edge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!graph.has(from)) graph.set(from, new Set());
    if (!graph.has(to)) graph.set(to, new Set());
    graph.get(from)!.add(to);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
}

function main() {
  const edges = folderEdges();
  if (process.argv.includes('--graph')) {
    const arrows = new Map<string, Edge[]>();
    for (const edge of edges) {
      const key = `${edge.from} → ${edge.to}`;
      arrows.set(key, [...(arrows.get(key) ?? []), edge]);
    }
    for (const [key, list] of [...arrows].sort()) console.log(`${key}  (${list.length})`);
  }
  const cycles = folderCycles(edges);
  if (cycles.length === 0) {
    console.log(`No import cycles between the folders of lib/ (${new Set(edges.map((e) => e.from)).size} folders, ${edges.length} imports across them).`);
    return;
  }
  console.error(`${cycles.length} import cycle(s) between the folders of lib/:`);
  for (const group of cycles) {
    console.error(`\n  ${group.join(', ')}`);
    const inGroup = new Set(group);
    const seen = new Set<string>();
    for (const edge of edges) {
      const key = `${edge.from}→${edge.to}`;
      if (!inGroup.has(edge.from) || !inGroup.has(edge.to) || seen.has(key)) continue;
      seen.add(key);
      console.error(`    ${edge.from} → ${edge.to}: ${edge.file} imports '${edge.specifier}'`);
    }
  }
  process.exit(1);
}

main();
