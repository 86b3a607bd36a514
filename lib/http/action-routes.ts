// Which page may receive which server action, from the build's own manifests.
//
// Next.js 16 forwards a fetch action posted to a page that does not import it to one that does
// (app-render/action-handler.js, createForwardedActionResponse): a second HTTP request to the
// request's own origin, whose status it throws away. A refusal there (`notFound()`, `forbidden()`,
// a 4xx of ours) comes back as a 200, with the payload or just `{}`. React only ever posts an
// action to the page that rendered it, so a call to another page, like a call of an id the build
// does not have, is forged: scripts/server.ts answers 404 to both before Next.js reads the body,
// and Next.js never has to forward.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageEntries, readRouteManifests, type RouteManifests } from './page-entries';
import type { Refusal } from './request-guards';

/** The header Next.js sets on an unknown action, so a page from an older deployment throws its UnrecognizedActionError. */
export const ACTION_NOT_FOUND_HEADER = 'x-nextjs-action-not-found';

/** What the build's manifests say (only the fields read here). */
export type BuildManifests = RouteManifests & {
  /** .next/server/server-reference-manifest.json: each action id and the entries ("workers") that import it. */
  serverReferences: { node: Record<string, { workers: Record<string, unknown> }> };
};

export type ActionRoutes = {
  /** The entries (`app/admin/(dashboard)/cases/page`) Next.js renders for a path, in the order its router tries them. */
  entriesFor(pathname: string): string[];
  /** Whether an action id exists and the page at `pathname` imports it. */
  check(actionId: string, pathname: string): 'ok' | 'unknown action' | 'not on this page';
};

export function actionRoutes(manifests: BuildManifests): ActionRoutes {
  // Maps, not objects: the id comes from a client's header, and `constructor` must find nothing.
  const workers = new Map<string, Set<string>>();
  for (const [id, reference] of Object.entries(manifests.serverReferences.node)) workers.set(id, new Set(Object.keys(reference.workers)));
  const entriesFor = pageEntries(manifests);
  return {
    entriesFor,
    check(actionId, pathname) {
      const users = workers.get(actionId);
      if (!users) return 'unknown action';
      return entriesFor(pathname).some((entry) => users.has(entry)) ? 'ok' : 'not on this page';
    },
  };
}

/** The routes of the build in `distDir` (`.next`). Throws when there is no build: the server cannot start without one anyway. */
export function loadActionRoutes(distDir: string): ActionRoutes {
  const read = (file: string) => JSON.parse(readFileSync(path.join(distDir, file), 'utf8')) as unknown;
  return actionRoutes({
    ...readRouteManifests(distDir),
    serverReferences: read('server/server-reference-manifest.json') as BuildManifests['serverReferences'],
  });
}

/**
 * A fetch action (a POST with a `Next-Action` header) must name an action of this build and be
 * posted to a page that imports it: 404 otherwise, with Next's own not-found marker.
 */
export function refuseActionTarget(url: string, actionId: string | string[] | undefined, routes: ActionRoutes): Refusal | null {
  if (actionId === undefined) return null;
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  const verdict = typeof actionId === 'string' ? routes.check(actionId, pathname) : 'unknown action';
  if (verdict === 'ok') return null;
  return { status: 404, reason: verdict === 'unknown action' ? 'unknown server action' : 'server action not used by this page', headers: { [ACTION_NOT_FOUND_HEADER]: '1' } };
}
