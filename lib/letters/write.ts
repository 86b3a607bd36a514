import { randomUUID } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { letterActionOffices, letterActions, letters, type LetterActionRow } from '@/db/schema';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { isPublicProvider, judgeSignature } from '@/lib/petitions/abuse';
import { currentBlocks } from '@/lib/petitions/blocks';
import { canonicalEmail, emailDomain } from '@/lib/email-address/canonical';
import { ipHash } from '@/lib/petitions/tokens';
import { echoLetter, parseLetterInput, type LetterFieldErrors, type LetterValues } from './forms';
import { sendConfirmLetterMail } from './mail';
import { embassyForCountry, embassyKey, loadTargets, officeKey, targetName } from './targets';
import { letterToken, letterTokenHash } from './tokens';

/** Letters one address may write to one action in a day; beyond it nothing is stored or mailed. */
export const LETTERS_PER_ADDRESS_PER_DAY = 3;

export type WriteOutcome =
  /** The same answer whether the letter was stored, or caught by a rule. */
  | { ok: true }
  | { ok: false; error: 'invalid'; errors: LetterFieldErrors; values: LetterValues }
  | { ok: false; error: 'not_found' }
  | { ok: false; error: 'closed' };

export type WriteContext = { ip: string | null; now?: Date };

async function actionBySlug(slug: string) {
  if (typeof slug !== 'string' || slug.length > 80) return null;
  const [action] = await db().select().from(letterActions).where(eq(letterActions.slug, slug)).limit(1);
  if (!action) return null;
  const offices = await db().select({ officeId: letterActionOffices.officeId }).from(letterActionOffices).where(eq(letterActionOffices.actionId, action.id));
  return { ...action, officeIds: offices.map((o) => o.officeId) };
}

/** Letters this action got in the past hour from one IP hash and one domain, and from the address today. */
async function recentFrom(action: LetterActionRow, ipHashValue: string | null, domain: string, canonical: string, now: Date) {
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const [row] = await db()
    .select({
      fromIp: sql<number>`count(*) filter (where ${ipHashValue !== null} and ${letters.ipHash} = ${ipHashValue ?? ''} and ${letters.createdAt} > ${hourAgo.toISOString()})::int`,
      fromDomain: sql<number>`count(*) filter (where ${!isPublicProvider(domain)} and ${letters.emailDomain} = ${domain} and ${letters.createdAt} > ${hourAgo.toISOString()})::int`,
      fromAddress: sql<number>`count(*) filter (where ${letters.canonicalEmail} = ${canonical})::int`,
    })
    .from(letters)
    .where(and(eq(letters.actionId, action.id), gt(letters.createdAt, dayAgo)));
  return { fromIp: row?.fromIp ?? 0, fromDomain: row?.fromDomain ?? 0, fromAddress: row?.fromAddress ?? 0 };
}

/**
 * Writes a letter: checks it, stores it pending and mails the writer a confirmation link. Nothing
 * goes to any target before that link is followed (confirm.ts). The petitions' abuse rules apply:
 * the honeypot discards, block lists and hourly limits flag (a flagged letter is never sent).
 */
export async function writeLetter(slug: string, raw: unknown, context: WriteContext): Promise<WriteOutcome> {
  const now = context.now ?? new Date();
  const action = await actionBySlug(slug);
  if (!action || action.status === 'draft') return { ok: false, error: 'not_found' };
  if (action.status !== 'open') return { ok: false, error: 'closed' };
  const parsed = parseLetterInput(raw);
  const invalid = (errors: LetterFieldErrors): WriteOutcome => ({ ok: false, error: 'invalid', errors, values: echoLetter(raw) });
  if (!parsed.ok) return invalid(parsed.errors);
  const input = parsed.input;

  // The targets chosen must be the action's own; "the embassy" is the one in the writer's country.
  const errors: LetterFieldErrors = {};
  const keys: string[] = [];
  for (const choice of new Set(input.targets)) {
    if (choice === 'embassy' && action.toEmbassy) {
      const embassy = await embassyForCountry(db(), input.country);
      if (embassy) keys.push(embassyKey(embassy.id));
      else errors.targets = ['noEmbassy'];
    } else if (action.officeIds.includes(choice)) {
      keys.push(officeKey(choice));
    } else {
      errors.targets = ['unknownTarget'];
      break;
    }
  }
  if (input.signAs === 'anonymous' && !action.allowAnonymous) errors.signAs = ['anonymousNotAllowed'];
  if (Object.keys(errors).length > 0) return invalid(errors);

  const canonical = canonicalEmail(input.email);
  const domain = emailDomain(canonical);
  const ipHashValue = context.ip ? ipHash(context.ip) : null;
  const config = env();
  const limits = { perIp: config.SIGN_LIMIT_PER_IP, perDomain: config.SIGN_LIMIT_PER_DOMAIN };
  const [blocks, recent] = await Promise.all([currentBlocks(), recentFrom(action, ipHashValue, domain, canonical, now)]);
  const verdict = judgeSignature(
    {
      honeypotFilled: input.website.trim() !== '',
      domain,
      domainBlocked: blocks.domainBlocked(domain),
      ipBlocked: blocks.ipBlocked(context.ip),
      fromIpLastHour: recent.fromIp,
      fromDomainLastHour: recent.fromDomain,
    },
    limits,
  );
  if (verdict.action === 'discard') return { ok: true };
  // Someone writing again and again (or someone typing another person's address) gets a few mails, no more.
  if (recent.fromAddress >= LETTERS_PER_ADDRESS_PER_DAY) return { ok: true };

  const id = randomUUID();
  const locale = input.locale as Locale;
  const row = {
    id,
    actionId: action.id,
    name: input.name,
    email: input.email,
    canonicalEmail: canonical,
    emailDomain: domain,
    country: input.country,
    city: input.city ?? null,
    body: input.body,
    signAs: input.signAs,
    replyTo: input.replyTo,
    locale,
    targets: keys,
    flagged: verdict.flagReason !== null,
    flagReason: verdict.flagReason,
    ipHash: ipHashValue,
    confirmTokenHash: letterTokenHash(letterToken(id)),
    createdAt: now,
  };
  const targets = await loadTargets(db(), keys);
  await db().transaction(async (tx) => {
    await tx.insert(letters).values(row);
    if (verdict.sendMail) {
      const names = keys.map((k) => targets.get(k)).filter((t) => t !== undefined).map((t) => targetName(t, locale));
      await sendConfirmLetterMail(tx, { ...row, locale }, pickText(action.title, locale)!, names);
    }
  });
  return { ok: true };
}
