'use server';

import { redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/locales';
import { withdrawSignature } from '@/lib/petitions/withdraw';

export async function withdrawAction(token: string, form: FormData): Promise<void> {
  const locale = form.get('locale');
  await withdrawSignature(token);
  redirect(`/${isLocale(locale) ? locale : 'en'}/withdraw/${token}`);
}
