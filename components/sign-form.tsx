'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { FormField, type FieldAria } from '@/components/form-field';
import { CITY_MAX, COMMENT_MAX, EMAIL_MAX, NAME_MAX } from '@/lib/petitions/sign-limits';
import type { SignFields, SignFormState } from '@/lib/petitions/forms';

type Props = {
  action: (previous: SignFormState, form: FormData) => Promise<SignFormState>;
  countries: { code: string; name: string }[];
  /** The URL the form posts to without JavaScript: the petition page itself. */
  permalink: string;
};

/**
 * The sign form. Without JavaScript it is a plain POST that renders the page again with the errors
 * next to their fields and the values kept; with JavaScript the same happens without a reload.
 */
export function SignForm({ action, countries, permalink }: Props) {
  const t = useTranslations('Sign');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, {}, permalink);
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  const formRef = useRef<HTMLFormElement>(null);

  // After a failed submit, take keyboard and screen-reader users to the first field to correct.
  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [state]);

  const errorOf = (name: SignFields) => (errors[name]?.length ? t(`errors.${errors[name]![0]!}`) : null);
  const field = (name: SignFields, label: string, control: (aria: FieldAria) => ReactNode, hint?: string) => (
    <FormField name={name} label={label} hint={hint} error={errorOf(name)}>
      {control}
    </FormField>
  );

  return (
    // Keyed by the returned state so the fields show the values sent back with the errors.
    <form key={JSON.stringify(state)} ref={formRef} action={formAction} className="sign-form" noValidate>
      {Object.keys(errors).length > 0 ? (
        <p className="form-error" role="alert">
          {t('errorSummary')}
        </p>
      ) : null}
      {state.closed ? (
        <p className="form-error" role="alert">
          {t('closed')}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      {field(
        'name',
        t('name'),
        (aria) => <input {...aria} type="text" autoComplete="name" required maxLength={NAME_MAX * 2} defaultValue={values.name} />,
        t('nameHint'),
      )}
      {field(
        'email',
        t('email'),
        (aria) => <input {...aria} type="email" autoComplete="email" required maxLength={EMAIL_MAX} defaultValue={values.email} />,
        t('emailHint'),
      )}
      {field('country', t('country'), (aria) => (
        <select {...aria} required autoComplete="country" defaultValue={values.country?.toUpperCase() ?? ''}>
          <option value="">{t('chooseCountry')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      ))}
      {field('city', t('city'), (aria) => (
        <input {...aria} type="text" autoComplete="address-level2" maxLength={CITY_MAX * 2} defaultValue={values.city} />
      ))}
      {field(
        'comment',
        t('comment'),
        (aria) => <textarea {...aria} rows={3} maxLength={COMMENT_MAX} defaultValue={values.comment} />,
        t('commentHint'),
      )}
      <div className="check">
        <input id="publicName" name="publicName" type="checkbox" defaultChecked={values.publicName === 'on'} />
        <label htmlFor="publicName">{t('publicName')}</label>
      </div>
      <div className="check">
        <input id="wantsUpdates" name="wantsUpdates" type="checkbox" defaultChecked={values.wantsUpdates === 'on'} />
        <label htmlFor="wantsUpdates">{t('wantsUpdates')}</label>
      </div>
      {/* The honeypot: hidden from people and from assistive technology; bots fill it in. */}
      <div className="hp" aria-hidden="true">
        <label htmlFor="website">{t('honeypot')}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p className="hint privacy">{t('privacy')}</p>
      <button type="submit" aria-disabled={pending || undefined}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
