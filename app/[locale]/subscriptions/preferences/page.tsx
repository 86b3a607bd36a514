import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/locale-param';
import { locales } from '@/lib/i18n/locales';
import { readPreferences } from '@/lib/subscriptions/preferences';
import { ALL_CASES } from '@/lib/subscriptions/forms';
import { leaveEverythingAction, requestLinkAction, savePreferencesAction } from '../actions';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string; done?: string; sent?: string; askError?: string; email?: string }>;
};

const LANGUAGE_NAMES = { en: 'English', ru: 'Русский', kk: 'Қазақша' } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Subscriptions' });
  // A personal link: out of search engines, and not sent on to other sites.
  return { title: t('preferencesTitle'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** The preference page of a signed, expiring link. Reading it changes nothing; each change is a POST. */
export default async function PreferencesPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const query = await searchParams;
  const t = await getTranslations('Subscriptions');
  const lookup = query.token ? await readPreferences(query.token, locale) : null;

  if (!lookup?.ok) {
    return (
      <div className="container narrow">
        <h1>{t('preferencesTitle')}</h1>
        {query.sent ? (
          <p role="status">{t('askSent')}</p>
        ) : (
          <>
            {lookup ? <p role="alert">{lookup.reason === 'expired' ? t('linkExpired') : t('linkInvalid')}</p> : <p>{t('askIntro')}</p>}
            <form action={requestLinkAction} noValidate>
              <h2>{t('askHeading')}</h2>
              <input type="hidden" name="pageLocale" value={locale} />
              <div className="field">
                <label htmlFor="ask-email">{t('askEmail')}</label>
                <input
                  id="ask-email"
                  name="email"
                  type="email"
                  autoComplete="email"
                  required
                  defaultValue={query.email ?? ''}
                  aria-invalid={query.askError ? true : undefined}
                  aria-describedby={query.askError ? 'ask-email-error' : undefined}
                />
                {query.askError ? (
                  <p id="ask-email-error" className="field-error">
                    {t('askInvalidEmail')}
                  </p>
                ) : null}
              </div>
              <button type="submit">{t('askButton')}</button>
            </form>
          </>
        )}
      </div>
    );
  }

  const { preferences } = lookup;
  const following = new Set(preferences.following);
  return (
    <div className="container narrow">
      <h1>{t('preferencesTitle')}</h1>
      {query.done === 'saved' ? <p role="status">{t('saved')}</p> : null}
      {query.done === 'left' ? <p role="status">{t('left')}</p> : null}
      <form action={savePreferencesAction}>
        <input type="hidden" name="token" value={query.token} />
        <input type="hidden" name="pageLocale" value={locale} />
        <div className="field">
          <label htmlFor="pref-language">{t('language')}</label>
          <select id="pref-language" name="language" defaultValue={preferences.locale}>
            {locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('following')}</legend>
          <div className="check">
            <input id="follow-all" type="checkbox" name="follow" value={ALL_CASES} defaultChecked={following.has(ALL_CASES)} />
            <label htmlFor="follow-all">{t('allCases')}</label>
          </div>
          {preferences.cases.map((c) => (
            <div className="check" key={c.slug}>
              <input id={`follow-${c.slug}`} type="checkbox" name="follow" value={c.slug} defaultChecked={following.has(c.slug)} />
              <label htmlFor={`follow-${c.slug}`}>{c.name}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t('save')}</button>
      </form>
      <form action={leaveEverythingAction} className="leave-form">
        <h2>{t('leaveHeading')}</h2>
        <p>{t('leaveNote')}</p>
        <input type="hidden" name="token" value={query.token} />
        <input type="hidden" name="pageLocale" value={locale} />
        <button type="submit" className="button button-secondary">
          {t('leave')}
        </button>
      </form>
    </div>
  );
}
