'use server';

import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { isEchoableToken, requireForm } from '@/lib/http/form-fields';
import { isLocale } from '@/lib/i18n/locales';
import { letterFields, type LetterFormState } from '@/lib/letters/forms';
import { writeLetter } from '@/lib/letters/write';
import { requestIp } from '@/lib/security/client-ip';

/** The letter form's action: with JavaScript through React, without it as a plain form post. */
export async function writeLetterAction(slug: string, _previous: LetterFormState, form: FormData): Promise<LetterFormState> {
  // The slug is bound into the form and goes into the redirect; a forged call may send anything.
  if (!isEchoableToken(slug)) notFound();
  const fields = letterFields(requireForm(form));
  const locale = isLocale(fields.locale) ? fields.locale : 'en';
  const outcome = await writeLetter(slug, fields, { ip: requestIp(await headers()) });
  if (outcome.ok) redirect(`/${locale}/letters/${encodeURIComponent(slug)}/written`);
  if (outcome.error === 'invalid') return { errors: outcome.errors, values: outcome.values };
  return { closed: true };
}
