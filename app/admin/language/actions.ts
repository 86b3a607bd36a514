'use server';

import { rememberDashboardLocale, saveOrganiserLocale } from '@/lib/admin/locale';
import { currentActor } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/locales';

/**
 * The dashboard's language switcher, on the sign-in page too: this browser remembers the choice,
 * and a signed-in organiser's record keeps it for their other browsers and their mail. The page
 * the button was pressed on renders again in the new language.
 */
export async function chooseDashboardLanguage(locale: string): Promise<void> {
  // The argument comes back from the browser and may be anything.
  if (!isLocale(locale)) return;
  await rememberDashboardLocale(locale);
  const actor = await currentActor();
  if (actor) await saveOrganiserLocale(actor, locale);
}
