import { randomBytes } from 'node:crypto';

/** An address no other test uses, so tests (and files or specs running side by side) never meet. */
export const uniqueEmail = (label = 'person') => `${label}-${randomBytes(5).toString('hex')}@example.org`;
