'use server';

import { headers } from 'next/headers';
import { signIn, signOut } from '@/lib/auth/config';
import { authSecret } from '@/lib/auth/secret';
import { requestSignIn } from '@/lib/auth/sign-in';
import { signInSchema } from '@/lib/auth/forms';
import { formInput } from '@/lib/forms/form-input';
import { requireForm } from '@/lib/http/form-fields';
import { requestIp } from '@/lib/security/client-ip';

export type SignInState = { status: 'sent' | 'rate-limited' } | { status: 'invalid'; error: string; email: string } | null;

/** The sign-in form: anyone may ask; only organisers get a link, and the answer never says which. */
export async function requestSignInLink(_state: SignInState, formData: FormData): Promise<SignInState> {
  const input = formInput(requireForm(formData));
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { status: 'invalid', error: parsed.error.issues[0]!.message, email: String(input.email ?? '') };
  // The address the production server took from the socket (or the trusted proxies' hop).
  const ip = requestIp(await headers()) ?? 'unknown';
  const status = await requestSignIn(parsed.data.email, ip, authSecret(), (email) =>
    signIn('email', { email, redirect: false, redirectTo: '/admin' }),
  );
  return { status };
}

export async function signOutOfDashboard(): Promise<void> {
  await signOut({ redirectTo: '/admin/sign-in' });
}
