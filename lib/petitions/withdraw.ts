import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { signatures } from '@/db/schema';
import { addToTally, isCounted } from './tally';
import { findByToken, type LinkOutcome } from './tokens';

/** What a withdrawal link names, for the page that asks to confirm the withdrawal. Changes nothing. */
export async function signatureForWithdrawal(token: string): Promise<LinkOutcome> {
  return db().transaction(async (tx) => {
    const found = await findByToken(tx, signatures.withdrawTokenHash, token);
    if (!found) return { status: 'invalid' } as const;
    return { status: found.signature.status, signatureId: found.signature.id, petition: found.petition, publicName: found.signature.publicName };
  });
}

/** Withdraws the signature a withdrawal link names; it stops counting at once. Idempotent. */
export async function withdrawSignature(token: string, now = new Date()): Promise<LinkOutcome> {
  return db().transaction(async (tx) => {
    const found = await findByToken(tx, signatures.withdrawTokenHash, token);
    if (!found) return { status: 'invalid' } as const;
    const { signature, petition } = found;
    if (signature.status !== 'withdrawn') {
      await tx
        .update(signatures)
        .set({ status: 'withdrawn', withdrawnAt: now, publicName: false })
        .where(eq(signatures.id, signature.id));
      if (isCounted(signature)) await addToTally(tx, petition.id, signature.country, -1);
    }
    return { status: 'withdrawn', signatureId: signature.id, petition, publicName: false };
  });
}
