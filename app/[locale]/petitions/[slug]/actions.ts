'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/lib/env';
import { isLocale } from '@/lib/i18n/locales';
import { clientIp } from '@/lib/petitions/abuse';
import { formFields, type SignFormState } from '@/lib/petitions/sign-schema';
import { signPetition } from '@/lib/petitions/signing';

/** The sign form's action: with JavaScript through React, without it as a plain form post. */
export async function signAction(slug: string, _previous: SignFormState, form: FormData): Promise<SignFormState> {
  const fields = formFields(form);
  const locale = isLocale(fields.locale) ? fields.locale : 'en';
  const ip = clientIp((await headers()).get('x-forwarded-for'), env().TRUSTED_PROXIES);
  const outcome = await signPetition(slug, fields, { ip });
  if (outcome.ok) redirect(`/${locale}/petitions/${slug}/signed`);
  if (outcome.error === 'invalid') return { errors: outcome.errors, values: outcome.values };
  return { closed: true };
}
