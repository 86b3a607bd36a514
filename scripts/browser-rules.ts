// The rules a page's small script runs before a submit are the server's own modules, compiled to
// plain JavaScript under public/rules/ (the browser cannot load TypeScript, and a copy written by
// hand would drift from what the server checks). Each source imports nothing at run time, so its
// compiled form is a complete ES module the script imports from our origin. The compiled files are
// committed; tests/unit/browser-rules.test.ts fails when one is not what its source compiles to.
//
//   npx tsx scripts/browser-rules.ts     writes public/rules/ again after a rule changed
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Source in lib/ → module served from public/rules/. */
export const BROWSER_RULES: readonly { source: string; output: string }[] = [
  // The letter form's check of the text (public/letter-check.js).
  { source: 'lib/letters/letter-text.ts', output: 'public/rules/letter-text.js' },
  // The zone a city names, for the picket form's place (public/picket-place.js).
  { source: 'lib/pickets/zone-names.ts', output: 'public/rules/zone-names.js' },
];

const root = path.resolve(import.meta.dirname, '..');

/** What `source` (a path in the project) compiles to, with a line saying where it comes from. */
export function compileBrowserRule(source: string): string {
  const text = readFileSync(path.join(root, source), 'utf8');
  const { outputText, diagnostics } = ts.transpileModule(text, {
    fileName: source,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, isolatedModules: true, verbatimModuleSyntax: true },
  });
  if (diagnostics?.length) throw new Error(`${source}: ${ts.flattenDiagnosticMessageText(diagnostics[0]!.messageText, '\n')}`);
  // A run-time import would be a request for a module the browser cannot have.
  if (/^\s*(import|export)\s[^;]*\sfrom\s/m.test(outputText)) throw new Error(`${source} imports at run time: a browser rule must stand alone`);
  return `// Compiled from ${source} by scripts/browser-rules.ts: change the source, then run it.\n${outputText}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const rule of BROWSER_RULES) {
    writeFileSync(path.join(root, rule.output), compileBrowserRule(rule.source));
    console.log(`${rule.source} → ${rule.output}`);
  }
}
