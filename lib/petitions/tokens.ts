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
