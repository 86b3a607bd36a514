'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/locales';
import { requestIp } from '@/lib/security/client-ip';
import { formFields, type SignFormState } from '@/lib/petitions/forms';
import { signPetition } from '@/lib/petitions/sign';

/** The sign form's action: with JavaScript through React, without it as a plain form post. */
export async function signAction(slug: string, _previous: SignFormState, form: FormData): Promise<SignFormState> {
  const fields = formFields(form);
  const locale = isLocale(fields.locale) ? fields.locale : 'en';
  const ip = requestIp(await headers());
  const outcome = await signPetition(slug, fields, { ip });
  if (outcome.ok) redirect(`/${locale}/petitions/${slug}/signed`);
  if (outcome.error === 'invalid') return { errors: outcome.errors, values: outcome.values };
  return { closed: true };
}
