import { getRequestConfig } from 'next-intl/server';
import { dashboardLocale } from '@/lib/auth/dashboard-locale';
import { isLocale } from '@/lib/i18n/locales';

// next-intl's request configuration: wiring, like proxy.ts, so it sits outside lib/. It needs the
// dashboard's language, which the auth domain knows (the organiser's record), and lib/i18n/ is a
// shared module that imports no domain.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // Public pages carry their language in the path (or name it when they ask for texts). Nothing
  // else does but the dashboard, which follows the organiser's choice: a per-request read, which
  // the dashboard is anyway (it is behind sign-in).
  const locale = isLocale(requested) ? requested : await dashboardLocale();
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: 'UTC',
  };
});
