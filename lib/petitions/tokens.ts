import { eq } from 'drizzle-orm';
import { petitions, signatures, type PetitionRow } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { keyedHash, sha256 } from '@/lib/secrets/hashing';

// A signature's links are derived from its id and the platform secret, so a resent mail carries
// the same links as the first (an earlier mail keeps working) and nothing secret is stored: the
// database keeps only a hash of each token, to find the signature by it.

export type TokenPurpose = 'confirm' | 'withdraw';

export function signatureToken(purpose: TokenPurpose, signatureId: string): string {
  return keyedHash(`signature-${purpose}`, signatureId);
}

export function tokenHash(token: string): string {
  return sha256(token);
}

/** A token as it may arrive in a URL: 43 base64url characters. Anything else is not looked up. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function ipHash(ip: string): string {
  return keyedHash('signer-ip', ip).slice(0, 22);
}

/** What a confirmation or withdrawal link leads to, for the page that answers it. */
export type LinkOutcome =
  | { status: 'invalid' }
  | {
      status: 'confirmed' | 'withdrawn' | 'expired' | 'pending';
      signatureId: string;
      petition: { id: string; slug: string; title: PetitionRow['title'] };
      publicName: boolean;
    };

/** The signature (locked for the caller's transaction) and its petition that a link's token names. */
export async function findByToken(tx: Tx, column: typeof signatures.confirmTokenHash | typeof signatures.withdrawTokenHash, token: string) {
  if (!isWellFormedToken(token)) return null;
  const [row] = await tx
    .select({ signature: signatures, petition: { id: petitions.id, slug: petitions.slug, title: petitions.title } })
    .from(signatures)
    .innerJoin(petitions, eq(signatures.petitionId, petitions.id))
    .where(eq(column, tokenHash(token)))
    .for('update', { of: signatures });
  return row ?? null;
}
