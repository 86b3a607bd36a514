import { z } from 'zod';
import { organisers } from '@/db/schema';
import { says } from '@/lib/forms/field-error';
import { locales } from '@/lib/i18n/locales';

// The organisers' forms: signing in and inviting.

export const emailAddress = z
  .string(says('enterEmail'))
  .trim()
  .toLowerCase()
  .max(254, says('emailTooLong'))
  // The mail pipeline's rule too (lib/mail/address.ts): an address it would not deliver to is no use.
  .pipe(z.email(says('emailFormat')));

export const inviteSchema = z.object({
  email: emailAddress,
  role: z.enum(organisers.role.enumValues, says('chooseRole')),
  // The language their dashboard and their mail start in; absent, their browser's decides.
  locale: z.enum(locales, says('chooseLanguage')).optional(),
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const signInSchema = z.object({ email: emailAddress });
