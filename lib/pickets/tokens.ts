import { keyedHash, sha256 } from '@/lib/secrets/hashing';

// Links in picket mail are derived from the record's id and the platform secret, like a signature's:
// a resent mail carries the same link, and only a hash of each token is stored.

export type PicketTokenPurpose = 'proposal' | 'rsvp-confirm' | 'rsvp-cancel';

export function picketToken(purpose: PicketTokenPurpose, id: string): string {
  return keyedHash(`picket-${purpose}`, id);
}

export function tokenHash(token: string): string {
  return sha256(token);
}

export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
