import { createHmac } from 'node:crypto';
import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { signInAttempts } from '@/db/schema';

/** How many sign-in links one address, and one IP address, may ask for in the window. */
export const SIGN_IN_LIMITS = { perEmail: 5, perIp: 20, windowMinutes: 15 } as const;

/** The IP address as a keyed hash: enough to count requests, useless for finding the person. */
export function ipKey(ip: string, secret: string): string {
  return `ip:${createHmac('sha256', secret).update(ip).digest('hex')}`;
}

/**
 * Says whether a sign-in request is within the limits, and counts it only if it is. A refused
 * request leaves no trace, so nobody — a stranger asking for an organiser's address included —
 * can keep a window open by hammering: it closes 15 minutes after the last request let through.
 * The IP limit is checked first and carries the abuse (a client that keeps asking is refused by
 * its own address, before it uses up anyone's address); and what a stranger's requests do get
 * through send links to the organiser's own inbox, each still usable for its 15 minutes while
 * further requests are refused (nothing here touches a link already sent).
 */
export async function allowSignInAttempt(email: string, ip: string, secret: string, now = new Date()): Promise<boolean> {
  const keys = { email: `email:${email.toLowerCase()}`, ip: ipKey(ip, secret) };
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  return db().transaction(async (tx) => {
    // One request per IP at a time, so two at once cannot both take the last place.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${keys.ip}))`);
    await tx.delete(signInAttempts).where(lt(signInAttempts.at, since));
    const counts = await tx
      .select({ key: signInAttempts.key, n: sql<number>`count(*)::int` })
      .from(signInAttempts)
      .where(and(gt(signInAttempts.at, since), or(eq(signInAttempts.key, keys.email), eq(signInAttempts.key, keys.ip))))
      .groupBy(signInAttempts.key);
    const count = (key: string) => counts.find((c) => c.key === key)?.n ?? 0;
    if (count(keys.ip) >= SIGN_IN_LIMITS.perIp || count(keys.email) >= SIGN_IN_LIMITS.perEmail) return false;
    await tx.insert(signInAttempts).values([
      { key: keys.email, at: now },
      { key: keys.ip, at: now },
    ]);
    return true;
  });
}
