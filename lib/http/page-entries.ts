// Which page entries of the build Next.js renders for a path, from the build's own manifests.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The manifests that name the routes (only the fields read here). */
export type RouteManifests = {
  /** .next/routes-manifest.json: the router's pages, with the regular expression each matches. */
  routes: { staticRoutes: { page: string; regex: string }[]; dynamicRoutes: { page: string; regex: string }[] };
  /** .next/app-path-routes-manifest.json: entry (`/admin/(dashboard)/cases/page`) → page (`/admin/cases`). */
  appPathRoutes: Record<string, string>;
};

/** The entries (`app/admin/(dashboard)/cases/page`) Next.js renders for a path, in the order its router tries them. */
export type PageEntries = (pathname: string) => string[];

export function pageEntries(manifests: RouteManifests): PageEntries {
  const entriesOf = new Map<string, string[]>();
  for (const [entry, page] of Object.entries(manifests.appPathRoutes)) {
    // Route handlers (`…/route`) are not pages.
    if (!entry.endsWith('/page')) continue;
    entriesOf.set(page, [...(entriesOf.get(page) ?? []), `app${entry}`]);
  }
  // As Next.js's router matches: every static route, then the dynamic ones in the manifest's order (most specific first).
  const matchers = [...manifests.routes.staticRoutes, ...manifests.routes.dynamicRoutes].map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  return (pathname) => {
    const match = matchers.find((m) => m.regex.test(pathname));
    return match ? (entriesOf.get(match.page) ?? []) : [];
  };
}

export function readRouteManifests(distDir: string): RouteManifests {
  const read = (file: string) => JSON.parse(readFileSync(path.join(distDir, file), 'utf8')) as unknown;
  return { routes: read('routes-manifest.json') as RouteManifests['routes'], appPathRoutes: read('app-path-routes-manifest.json') as RouteManifests['appPathRoutes'] };
}
