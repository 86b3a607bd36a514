import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { organisers, sessions, users, type OrganiserRole } from '@/db/schema';
import { e2eDatabase } from '../support/e2e-database';

/** The session cookie Auth.js sets over http (over https it is `__Secure-authjs.session-token`). */
export const SESSION_COOKIE = 'authjs.session-token';

export type TestOrganiser = { email: string; organiserId: string; userId: string; sessionToken: string };

/**
 * An organiser with a session, written straight into the e2e server's database: the state after a
 * sign-in through the emailed link (which admin-sign-in.spec.ts walks through for real).
 */
export async function organiserWithSession(role: OrganiserRole, options: { expired?: boolean } = {}): Promise<TestOrganiser> {
  const { db, close } = e2eDatabase();
  try {
    const email = `${role}-${randomBytes(4).toString('hex')}@e2e.test`;
    const [organiser] = await db.insert(organisers).values({ email, role }).returning();
    const [user] = await db.insert(users).values({ email, emailVerified: new Date() }).returning();
    const sessionToken = randomBytes(32).toString('hex');
    const expires = new Date(Date.now() + (options.expired ? -60_000 : 86_400_000));
    await db.insert(sessions).values({ sessionToken, userId: user!.id, expires });
    return { email, organiserId: organiser!.id, userId: user!.id, sessionToken };
  } finally {
    await close();
  }
}

export async function useSession(context: BrowserContext, baseURL: string, sessionToken: string) {
  await context.addCookies([{ name: SESSION_COOKIE, value: sessionToken, url: baseURL, httpOnly: true, sameSite: 'Lax' }]);
}

/** An entry of the build (`app/admin/(dashboard)/cases/page`) as the URL pattern it serves (`/admin/cases`). */
function entryPattern(entry: string): string {
  return entry.replace(/^app/, '').replace(/\/\([^)]+\)/g, '').replace(/\/page$/, '') || '/';
}

/** Every server action in the build, from Next's manifest: id, export name, file and the pages (URL patterns) that import it. */
export function serverActions(): { id: string; name: string; file: string; pages: string[] }[] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string; filename: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => ({
    id,
    name: a.exportedName,
    file: a.filename,
    pages: Object.keys(a.workers)
      .filter((entry) => entry.endsWith('/page'))
      .map(entryPattern),
  }));
}

/**
 * A URL of a page that uses the action — React posts an action to the page that rendered it, and
 * the server refuses it anywhere else — with the fewest dynamic segments, filled from `params`
 * (`locale` is `en` unless given).
 */
export function actionPath(action: { pages: string[] }, params: Record<string, string> = {}): string {
  const dynamic = (pattern: string) => pattern.split('[').length;
  const [pattern] = [...action.pages].sort((a, b) => dynamic(a) - dynamic(b) || a.length - b.length);
  return pattern!.replace(/\[([^\]]+)\]/g, (_, key: string) => params[key] ?? (key === 'locale' ? 'en' : 'x'));
}

/** Every page and route handler in the build, as URL patterns (`/admin/cases/[id]`). */
export function appRoutes(): string[] {
  const manifest = JSON.parse(readFileSync('.next/server/app-paths-manifest.json', 'utf8')) as Record<string, string>;
  return Object.keys(manifest).map((key) =>
    key
      .replace(/\/\([^)]+\)/g, '')
      .replace(/\/(page|route)$/, '')
      .replace(/^$/, '/'),
  );
}

/**
 * The body React sends for a server action call: the arguments as JSON in field 0, a FormData
 * argument as `$K<n>` with its fields prefixed `_<n>_`.
 */
export function actionBody(args: unknown[], form?: Record<string, string>): FormData {
  const body = new FormData();
  for (const [key, value] of Object.entries(form ?? {})) body.append(`_1_${key}`, value);
  // Last, as React sends it: the server resolves references as the fields stream in.
  body.set('0', JSON.stringify(args.map((a) => (a === FORM ? '$K1' : a))));
  return body;
}
export const FORM = Symbol('the action’s FormData argument');
