'use server';

import { redirect } from 'next/navigation';
import { defaultLocale } from '@/lib/i18n/locales';
import { unsubscribe } from '@/lib/mail/unsubscribe';

/** The button on the unsubscribe page: the one place, besides the one-click POST, that unsubscribes. */
export async function confirmUnsubscribe(formData: FormData) {
  const token = String(formData.get('token') ?? '');
  const result = await unsubscribe(token);
  const locale = result.ok ? result.subject.locale : defaultLocale;
  redirect(`/${locale}/unsubscribe?${new URLSearchParams({ token, done: result.ok ? '1' : '0' })}`);
}
