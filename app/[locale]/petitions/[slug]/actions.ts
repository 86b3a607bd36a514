'use server';

import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { isEchoableToken, requireForm } from '@/lib/http/form-fields';
import { isLocale } from '@/lib/i18n/locales';
import { requestIp } from '@/lib/security/client-ip';
import { type SignFormState } from '@/lib/petitions/forms';
import { formFields } from '@/lib/http/form-fields';
import { signPetition } from '@/lib/petitions/sign';

/** The sign form's action: with JavaScript through React, without it as a plain form post. */
export async function signAction(slug: string, _previous: SignFormState, form: FormData): Promise<SignFormState> {
  // The slug is bound into the form and goes into the redirect; a forged call may send anything.
  if (!isEchoableToken(slug)) notFound();
  const fields = formFields(requireForm(form));
  const locale = isLocale(fields.locale) ? fields.locale : 'en';
  const ip = requestIp(await headers());
  const outcome = await signPetition(slug, fields, { ip });
  if (outcome.ok) redirect(`/${locale}/petitions/${slug}/signed`);
  if (outcome.error === 'invalid') return { errors: outcome.errors, values: outcome.values };
  return { closed: true };
}
