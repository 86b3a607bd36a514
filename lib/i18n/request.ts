import { getRequestConfig } from 'next-intl/server';
import { dashboardLocale } from '@/lib/admin/locale';
import { isLocale } from './locales';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // Public pages carry their language in the path (or name it when they ask for texts). Nothing
  // else does but the dashboard, which follows the organiser's choice: a per-request read, which
  // the dashboard is anyway (it is behind sign-in).
  const locale = isLocale(requested) ? requested : await dashboardLocale();
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: 'UTC',
  };
});
