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
 * Counts one sign-in attempt and says whether it is within the limits. Attempts over the limit are
 * counted too, so hammering does not reopen the window early.
 */
export async function allowSignInAttempt(email: string, ip: string, secret: string, now = new Date()): Promise<boolean> {
  const keys = { email: `email:${email.toLowerCase()}`, ip: ipKey(ip, secret) };
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  return db().transaction(async (tx) => {
    await tx.delete(signInAttempts).where(lt(signInAttempts.at, since));
    await tx.insert(signInAttempts).values([
      { key: keys.email, at: now },
      { key: keys.ip, at: now },
    ]);
    const counts = await tx
      .select({ key: signInAttempts.key, n: sql<number>`count(*)::int` })
      .from(signInAttempts)
      .where(and(gt(signInAttempts.at, since), or(eq(signInAttempts.key, keys.email), eq(signInAttempts.key, keys.ip))))
      .groupBy(signInAttempts.key);
    const count = (key: string) => counts.find((c) => c.key === key)?.n ?? 0;
    return count(keys.email) <= SIGN_IN_LIMITS.perEmail && count(keys.ip) <= SIGN_IN_LIMITS.perIp;
  });
}
