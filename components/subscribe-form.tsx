'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { locales } from '@/lib/i18n/locales';
import type { SubscribeFields, SubscribeFormState } from '@/lib/subscriptions/forms';

type Props = {
  action: (previous: SubscribeFormState, form: FormData) => Promise<SubscribeFormState>;
  /** A case's slug, or `all`. */
  caseKey: string;
  heading: string;
  intro: string;
  /** The page the form posts to without JavaScript. */
  permalink: string;
  headingLevel?: 2 | 3;
};

const LANGUAGE_NAMES = { en: 'English', ru: 'Русский', kk: 'Қазақша' } as const;

/** The fields a visitor can correct, in the order they are shown: the first in error gets the focus. */
const SUBSCRIBE_FIELD_ORDER: readonly SubscribeFields[] = ['email', 'language'];

/**
 * Follow a case (or every case) by email: a plain POST that renders the page again with the errors
 * next to their fields, the values kept and the first field in error focused, or goes on to the
 * "check your mail" page. The pages with it go without React (lib/http/script-free-pages.ts); where
 * React runs, the same happens without a reload.
 */
export function SubscribeForm({ action, caseKey, heading, intro, permalink, headingLevel = 2 }: Props) {
  const Heading = `h${headingLevel}` as const;
  const t = useTranslations('Subscribe');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, null, permalink);
  const errors = state?.errors ?? {};
  const values = state?.values ?? {};
  const id = useId();
  // After a failed submit, keyboard and screen-reader users start at the first field to correct:
  // `autofocus` in the server's HTML, as these pages are served without scripts (docs/page-weight.md).
  const firstInvalid = SUBSCRIBE_FIELD_ORDER.find((name) => errors[name]);
  const fieldId = (name: SubscribeFields) => `${id}-${name}`;
  const aria = (name: SubscribeFields) => ({
    id: fieldId(name),
    name,
    'aria-invalid': errors[name] ? (true as const) : undefined,
    'aria-describedby': errors[name] ? `${fieldId(name)}-error` : undefined,
    ...(name === firstInvalid ? { autoFocus: true } : {}),
  });
  const error = (name: SubscribeFields) =>
    errors[name] ? (
      <p id={`${fieldId(name)}-error`} className="field-error">
        {t(`errors.${errors[name]}`)}
      </p>
    ) : null;

  return (
    <form key={JSON.stringify(state)} action={formAction} className="subscribe-form" noValidate aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{heading}</Heading>
      <p>{intro}</p>
      {Object.keys(errors).length > 0 ? (
        <p className="form-error" role="alert">
          {t('errorSummary')}
        </p>
      ) : null}
      <input type="hidden" name="case" value={caseKey} />
      {error('case')}
      <div className="field">
        <label htmlFor={fieldId('email')}>{t('email')}</label>
        <input {...aria('email')} type="email" autoComplete="email" required maxLength={254} defaultValue={values.email} />
        {error('email')}
      </div>
      <div className="field">
        <label htmlFor={fieldId('language')}>{t('language')}</label>
        <select {...aria('language')} defaultValue={values.language ?? locale}>
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        {error('language')}
      </div>
      <p className="hint privacy">{t('privacy')}</p>
      <button type="submit" aria-disabled={pending || undefined}>
        {t('submit')}
      </button>
    </form>
  );
}
