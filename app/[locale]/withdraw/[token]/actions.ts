'use server';

import { notFound, redirect } from 'next/navigation';
import { requireForm } from '@/lib/http/form-fields';
import { isLocale } from '@/lib/i18n/locales';
import { isWellFormedToken } from '@/lib/petitions/tokens';
import { withdrawSignature } from '@/lib/petitions/withdraw';

export async function withdrawAction(token: string, form: FormData): Promise<void> {
  // The token is bound into the form, but a forged call may send anything, and it goes into the
  // redirect's Location header: only a well-formed token (43 base64url characters) gets that far.
  if (typeof token !== 'string' || !isWellFormedToken(token)) notFound();
  const locale = requireForm(form).get('locale');
  await withdrawSignature(token);
  redirect(`/${isLocale(locale) ? locale : 'en'}/withdraw/${token}`);
}
