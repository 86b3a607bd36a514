'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef } from 'react';
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

/** Follow a case (or every case) by email. Works as a plain form post without JavaScript. */
export function SubscribeForm({ action, caseKey, heading, intro, permalink, headingLevel = 2 }: Props) {
  const Heading = `h${headingLevel}` as const;
  const t = useTranslations('Subscribe');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, null, permalink);
  const errors = state?.errors ?? {};
  const values = state?.values ?? {};
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const fieldId = (name: SubscribeFields) => `${id}-${name}`;
  const aria = (name: SubscribeFields) => ({
    id: fieldId(name),
    name,
    'aria-invalid': errors[name] ? (true as const) : undefined,
    'aria-describedby': errors[name] ? `${fieldId(name)}-error` : undefined,
  });
  const error = (name: SubscribeFields) =>
    errors[name] ? (
      <p id={`${fieldId(name)}-error`} className="field-error">
        {t(`errors.${errors[name]}`)}
      </p>
    ) : null;

  return (
    <form key={JSON.stringify(state)} ref={formRef} action={formAction} className="subscribe-form" noValidate aria-labelledby={`${id}-heading`}>
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
