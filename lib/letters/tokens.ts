import { keyedHash, sha256 } from '@/lib/secrets/hashing';

// A letter's confirmation link is derived from its id and the platform secret, like a signature's:
// nothing secret is stored, only the token's hash to find the letter by it.

export function letterToken(letterId: string): string {
  return keyedHash('letter-confirm', letterId);
}

export function letterTokenHash(token: string): string {
  return sha256(token);
}

export { isWellFormedToken } from '@/lib/petitions/tokens';
