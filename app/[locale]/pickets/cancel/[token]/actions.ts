'use server';

import { redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/locales';
import { cancelRsvp } from '@/lib/pickets/rsvp';

export async function cancelRsvpAction(form: FormData): Promise<void> {
  const token = String(form.get('token') ?? '');
  const locale = isLocale(form.get('locale')) ? (form.get('locale') as string) : 'en';
  await cancelRsvp(token);
  redirect(`/${locale}/pickets/cancel/${encodeURIComponent(token)}?done=1`);
}
