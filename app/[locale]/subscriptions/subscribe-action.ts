'use server';

// A module of its own: Next.js counts every action a module exports as used by each page that
// imports one of them, and the home page, profiles and the updates list may go without scripts
// only when their one action posts as a plain form (lib/http/script-free-pages.ts). The
// preference actions are posted from a page that sends no referrer, hence no Origin of ours.
import { redirect } from 'next/navigation';
import { requireForm as formOf } from '@/lib/http/form-fields';
import { isLocale } from '@/lib/i18n/locales';
import type { SubscribeFormState } from '@/lib/subscriptions/forms';
import { subscribe } from '@/lib/subscriptions/subscribe';

/** The subscribe form on profiles, the home page and the updates list. */
export async function subscribeAction(_previous: SubscribeFormState, form: FormData): Promise<SubscribeFormState> {
  formOf(form);
  const raw = { email: form.get('email'), language: form.get('language'), case: form.get('case') };
  const outcome = await subscribe(raw);
  if (!outcome.ok) return { errors: outcome.errors, values: outcome.values };
  const language = isLocale(raw.language) ? raw.language : 'en';
  redirect(`/${language}/subscriptions/requested`);
}
