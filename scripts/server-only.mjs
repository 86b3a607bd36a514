// `import 'server-only'` marks the modules that must never reach the browser (db/client.ts, the
// secrets, the domains' queries and commands): Next refuses to bundle them into client code, and in
// its server bundles the import is empty. Plain Node (the start script, the worker, benchmarks, the
// e2e server) has no such swap and would throw, so these entry points run with
// `tsx --import ./scripts/server-only.mjs`, which resolves the marker to an empty module.
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export{}', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
