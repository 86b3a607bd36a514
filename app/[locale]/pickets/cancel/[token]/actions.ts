'use server';

import { notFound, redirect } from 'next/navigation';
import { isEchoableToken, requireForm } from '@/lib/http/form-fields';
import { isLocale } from '@/lib/i18n/locales';
import { cancelRsvp } from '@/lib/pickets/rsvp';

export async function cancelRsvpAction(form: FormData): Promise<void> {
  const token = requireForm(form).get('token');
  if (!isEchoableToken(token)) notFound();
  const locale = isLocale(form.get('locale')) ? (form.get('locale') as string) : 'en';
  await cancelRsvp(token);
  redirect(`/${locale}/pickets/cancel/${encodeURIComponent(token)}?done=1`);
}
