import { z } from 'zod';
import { organisers } from '@/db/schema';
import { locales } from '@/lib/i18n/locales';

// The organisers' forms: signing in and inviting.

export const emailAddress = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'That address is too long.')
  // The mail pipeline's rule too (lib/mail/address.ts): an address it would not deliver to is no use.
  .pipe(z.email({ error: 'Enter an email address, like name@example.org.' }));

export const inviteSchema = z.object({
  email: emailAddress,
  role: z.enum(organisers.role.enumValues, { error: 'Choose admin or organiser.' }),
  // The language their dashboard and their mail start in; absent, their browser's decides.
  locale: z.enum(locales, { error: 'Choose a language.' }).optional(),
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const signInSchema = z.object({ email: emailAddress });
