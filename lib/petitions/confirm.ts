import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { petitions, signatures, type SignatureRow } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { subscribeConfirmedSigner } from '@/lib/subscriptions/subscribe';
import { mailFor, sendSignatureConfirmedMail } from './mail';
import { PENDING_DAYS } from './sign';
import { addToTally, isCounted } from './tally';
import { findByToken, type LinkOutcome } from './tokens';

function isPastPending(signature: SignatureRow, now: Date): boolean {
  return signature.status === 'pending' && now.getTime() - signature.lastSentAt.getTime() > PENDING_DAYS * 86_400_000;
}

/**
 * Confirms the signature a confirmation link names. Idempotent: following the link again, or after
 * a mail scanner already followed it, finds it confirmed and says so.
 */
export async function confirmSignature(token: string, now = new Date()): Promise<LinkOutcome> {
  return db().transaction(async (tx) => {
    const found = await findByToken(tx, signatures.confirmTokenHash, token);
    if (!found) return { status: 'invalid' } as const;
    const { signature, petition } = found;
    const answer = (status: 'confirmed' | 'withdrawn' | 'expired') => ({
      status,
      signatureId: signature.id,
      petition,
      publicName: signature.publicName,
    });
    if (signature.status === 'confirmed' || signature.status === 'withdrawn') return answer(signature.status);
    if (signature.status === 'expired' || isPastPending(signature, now)) {
      if (signature.status === 'pending') {
        await tx.update(signatures).set({ status: 'expired', expiredAt: now }).where(eq(signatures.id, signature.id));
      }
      return answer('expired');
    }
    await tx.update(signatures).set({ status: 'confirmed', confirmedAt: now }).where(eq(signatures.id, signature.id));
    if (isCounted({ status: 'confirmed', flagged: signature.flagged })) await addToTally(tx, petition.id, signature.country, 1);
    const stillBlocked = signature.flagReason === 'blocked_domain' || signature.flagReason === 'blocked_ip';
    if (!stillBlocked) await sendSignatureConfirmedMail(tx, mailFor(signature, petition));
    // "Send me updates" ticked: the address is now confirmed, so the signer follows the petition's
    // case (every case, for a campaign petition) in this same transaction.
    if (signature.wantsUpdates && !stillBlocked) {
      const [owner] = await tx.select({ caseId: petitions.caseId }).from(petitions).where(eq(petitions.id, petition.id));
      await subscribeConfirmedSigner(tx, { email: signature.email, locale: signature.locale as Locale, caseId: owner?.caseId ?? null }, now);
    }
    return answer('confirmed');
  });
}
