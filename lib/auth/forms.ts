import { z } from 'zod';
import { organisers } from '@/db/schema';

// The organisers' forms: signing in and inviting. The dashboard is English-only.

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
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const signInSchema = z.object({ email: emailAddress });
