// Pages served without the framework's JavaScript, from the build's own manifests.
//
// React, its DOM renderer and the App Router weigh about 133 KB (gzip) on every page that loads
// them (docs/page-weight.md), above the 120 KB a public page may cost. A page whose client
// components only render markup that is complete on the server (links, the language switcher,
// the router's own scaffolding) does not need them: its HTML is the whole page. For such a page
// the production server removes the framework's scripts, its preloads and the RSC payload inlined
// for hydration, and adds the one small script the language links need. Links then load the next
// page from the server, which is served from the page cache. A page with any other client
// component (a form) keeps everything, whichever page it is: adding one to a page brings the
// scripts back without anything to change here. So does a page with a server action, unless the
// action is one whose form is known to work as a plain form post (POSTED_WITHOUT_SCRIPTS): posted
// without scripts, a form carries no Origin where the page sends no referrer (the links from mail),
// and the request guards refuse an action without one (lib/http/request-guards.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageEntries, readRouteManifests, type RouteManifests } from './page-entries';

/**
 * Client modules whose server-rendered HTML is all there is to them, by path in the project. Anything
 * not listed, ours or a package's, keeps a page's scripts.
 */
export const RENDER_WITHOUT_SCRIPTS: readonly string[] = [
  // The App Router's scaffolding around every segment: in the browser they route and catch errors.
  'node_modules/next/dist/esm/client/components/layout-router.js',
  'node_modules/next/dist/esm/client/components/render-from-template-context.js',
  'node_modules/next/dist/esm/client/components/client-page.js',
  'node_modules/next/dist/esm/client/components/client-segment.js',
  'node_modules/next/dist/esm/client/components/http-access-fallback/error-boundary.js',
  'node_modules/next/dist/esm/lib/framework/boundary-components.js',
  'node_modules/next/dist/esm/lib/metadata/generate/icon-mark.js',
  'node_modules/next/dist/client/components/builtin/global-error.js',
  // Links: an <a href>; without scripts the browser loads the page itself.
  'node_modules/next/dist/client/app-dir/link.js',
  'node_modules/next-intl/dist/esm/production/navigation/shared/BaseLink.js',
  // A context for the client components inside; it renders nothing of its own.
  'node_modules/next-intl/dist/esm/production/shared/NextIntlClientProvider.js',
  // Its links are in the HTML; the visitor's query is added by LANGUAGE_LINKS_SCRIPT.
  'components/language-switcher.tsx',
  // A plain form post renders the page again with the errors, the values and the focus (autofocus
  // on the first field in error), all on the server; React would only spare the reload. The
  // petition page is the one a news spike sends everyone to. The same for following a case (home,
  // a profile, the updates list; a success goes on to the "check your mail" page) and for joining
  // a picket (a success is a notice in the page). The same for proposing a picket, writing a
  // letter and recording a resolution: what their scripts did is a small script of the page's own
  // from public/ (the embassy fills in the place, the letter's text is checked, a PDF over the limit
  // is refused), reading the markup these render, which works under React too.
  'components/sign-form.tsx',
  'components/subscribe-form.tsx',
  'components/rsvp-form.tsx',
  'components/picket-form.tsx',
  'components/picket-place-fields.tsx',
  'components/letter-form.tsx',
  'components/resolution-form.tsx',
];

/**
 * Server actions (`file#export`) whose forms work as a plain form post from a page that sends its
 * origin (same-origin referrers): a page whose only actions are these may still go without scripts.
 */
export const POSTED_WITHOUT_SCRIPTS: readonly string[] = [
  'app/[locale]/petitions/[slug]/actions.ts#signAction',
  'app/[locale]/subscriptions/subscribe-action.ts#subscribeAction',
  'app/[locale]/pickets/[id]/actions.ts#rsvpAction',
  'app/[locale]/pickets/propose/actions.ts#proposeAction',
  'app/[locale]/letters/[slug]/actions.ts#writeLetterAction',
  'app/[locale]/resolutions/submit/actions.ts#submitResolutionAction',
];

/** Served from public/: gives the language links the visitor's path and query, and records the choice. */
export const LANGUAGE_LINKS_SCRIPT = '/language-links.js';

/** `.next/server/app/<entry>_client-reference-manifest.js` (only the fields read here). */
type ClientReferenceManifest = {
  clientModules: Record<string, unknown>;
  /** The chunks each segment of the entry loads (`static/chunks/….js`). */
  entryJSFiles?: Record<string, string[]>;
};

/** `.next/build-manifest.json`: the chunks every page loads (only the fields read here). */
type BuildManifest = { rootMainFiles: string[]; polyfillFiles: string[] };

/** A client module's path in the project, from its key in a client reference manifest. */
export function clientModulePath(key: string): string {
  return key
    .replace(/^\[project\]\//, '')
    .replace(/ <module evaluation>$/, '')
    .replace(/#[^/]*$/, '');
}

/** Whether every client module of an entry renders without scripts. */
export function rendersWithoutScripts(manifest: ClientReferenceManifest, allowed: readonly string[] = RENDER_WITHOUT_SCRIPTS): boolean {
  return Object.keys(manifest.clientModules).every((key) => allowed.includes(clientModulePath(key)));
}

/**
 * For the page at a path: the scripts (`/_next/static/…`) it loads when it may be served without
 * them, or null when it keeps them.
 */
export type ScriptFreePages = (pathname: string) => ReadonlySet<string> | null;

/** `.next/server/server-reference-manifest.json`: each action id, the entries ("workers") that import it, where it is defined. */
type ServerReferenceManifest = { node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }> };

export function scriptFreePages(
  routes: RouteManifests,
  build: BuildManifest,
  actions: ServerReferenceManifest,
  manifestOf: (entry: string) => ClientReferenceManifest | null,
  postedWithoutScripts: readonly string[] = POSTED_WITHOUT_SCRIPTS,
): ScriptFreePages {
  const entriesFor = pageEntries(routes);
  const withActions = new Set(
    Object.values(actions.node)
      .filter((action) => !postedWithoutScripts.includes(`${action.filename}#${action.exportedName}`))
      .flatMap((action) => Object.keys(action.workers)),
  );
  const everyPage = [...build.rootMainFiles, ...build.polyfillFiles];
  const verdicts = new Map<string, ReadonlySet<string> | null>();
  const scriptsOf = (entry: string) => {
    if (!verdicts.has(entry)) {
      const manifest = manifestOf(entry);
      const free = manifest !== null && !withActions.has(entry) && rendersWithoutScripts(manifest);
      verdicts.set(entry, free ? new Set([...everyPage, ...Object.values(manifest.entryJSFiles ?? {}).flat()].map((file) => `/_next/${file}`)) : null);
    }
    return verdicts.get(entry)!;
  };
  return (pathname) => {
    const entries = entriesFor(pathname).map(scriptsOf);
    if (entries.length === 0 || entries.some((scripts) => scripts === null)) return null;
    return new Set(entries.flatMap((scripts) => [...scripts!]));
  };
}

/** Reads a client reference manifest: one assignment of a JSON object to `globalThis.__RSC_MANIFEST[entry]`. */
export function parseClientReferenceManifest(source: string): ClientReferenceManifest | null {
  const start = source.indexOf('] = {');
  if (start === -1) return null;
  const json = source.slice(start + 4).trim().replace(/;$/, '');
  const parsed = JSON.parse(json) as Partial<ClientReferenceManifest>;
  return parsed.clientModules ? (parsed as ClientReferenceManifest) : null;
}

/** The script-free pages of the build in `distDir` (`.next`). */
export function loadScriptFreePages(distDir: string): ScriptFreePages {
  const read = (file: string) => JSON.parse(readFileSync(path.join(distDir, file), 'utf8')) as unknown;
  const build = read('build-manifest.json') as BuildManifest;
  const actions = read('server/server-reference-manifest.json') as ServerReferenceManifest;
  return scriptFreePages(readRouteManifests(distDir), build, actions, (entry) => {
    try {
      return parseClientReferenceManifest(readFileSync(path.join(distDir, 'server', `${entry}_client-reference-manifest.js`), 'utf8'));
    } catch {
      // No manifest: not a page of this build as expected; keep its scripts.
      return null;
    }
  });
}

const FRAMEWORK_SCRIPT = /<script\b[^>]*\ssrc="\/_next\/static\/[^"]*"[^>]*><\/script\s*>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\srel="preload")(?=[^>]*\sas="script")[^>]*>/gi;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** The inline scripts of the framework's start: the Turbopack bootstrap and the RSC payload for hydration. */
const FRAMEWORK_INLINE = /^\s*(\(globalThis\["TURBOPACK"\]|\(self\.__next_f=|self\.__next_f\.push\()/;

/**
 * The page without the framework's scripts, with the language links' script; null when the page
 * loads a script other than `expected`: then it is not the page the path names (the proxy rewrote
 * the request to another one, say) and it keeps its scripts. React's own inline scripts that reveal
 * streamed parts of a page stay: without them a part that streamed in late would stay hidden.
 */
export function withoutFrameworkScripts(html: string, expected: ReadonlySet<string>): string | null {
  let unexpected = false;
  const stripped = html
    .replace(FRAMEWORK_SCRIPT, (script) => {
      if (!expected.has(/\ssrc="([^"]*)"/.exec(script)![1]!)) unexpected = true;
      return '';
    })
    .replace(SCRIPT_PRELOAD, (link) => (/\shref="\/_next\/static\//.test(link) ? '' : link))
    .replace(INLINE_SCRIPT, (whole, attributes: string, body: string) => (!/\ssrc\s*=/i.test(attributes) && FRAMEWORK_INLINE.test(body) ? '' : whole));
  if (unexpected) return null;
  const head = stripped.indexOf('</head>');
  if (head === -1) return stripped;
  return `${stripped.slice(0, head)}<script src="${LANGUAGE_LINKS_SCRIPT}" defer></script>${stripped.slice(head)}`;
}
