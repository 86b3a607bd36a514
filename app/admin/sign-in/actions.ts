'use server';

import { headers } from 'next/headers';
import { signIn, signOut } from '@/lib/auth/config';
import { authSecret } from '@/lib/auth/secret';
import { requestSignIn } from '@/lib/auth/sign-in';
import { signInSchema } from '@/lib/auth/forms';
import { fieldErrors, formInput, type FieldError } from '@/lib/forms/form-input';
import { rememberDashboardLocale } from '@/lib/auth/dashboard-locale';
import { saveOrganiserLocale } from '@/lib/auth/organise';
import { currentActor } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/locales';
import { requireForm } from '@/lib/http/form-fields';
import { requestIp } from '@/lib/security/client-ip';

export type SignInState = { status: 'sent' | 'rate-limited' } | { status: 'invalid'; error: FieldError; email: string } | null;

/** The sign-in form: anyone may ask; only organisers get a link, and the answer never says which. */
export async function requestSignInLink(_state: SignInState, formData: FormData): Promise<SignInState> {
  const input = formInput(requireForm(formData));
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { status: 'invalid', error: fieldErrors(parsed.error).email ?? { key: 'enterEmail' }, email: String(input.email ?? '') };
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

/**
 * The dashboard's language switcher, open to anyone because the sign-in page has it too: this
 * browser remembers the choice, and a signed-in organiser's record keeps it for their other browsers
 * and their mail. The page the button was pressed on renders again in the new language.
 */
export async function chooseDashboardLanguage(locale: string, form: FormData): Promise<void> {
  requireForm(form);
  // The bound argument comes back from the browser and may be anything.
  if (!isLocale(locale)) return;
  await rememberDashboardLocale(locale);
  const actor = await currentActor();
  if (actor) await saveOrganiserLocale(actor, locale);
}
