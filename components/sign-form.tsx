'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { FormField, type FieldAria } from '@/components/form-field';
import { CITY_MAX, COMMENT_MAX, EMAIL_MAX, NAME_MAX } from '@/lib/petitions/sign-limits';
import type { SignFields, SignFormState } from '@/lib/petitions/forms';

type Props = {
  action: (previous: SignFormState, form: FormData) => Promise<SignFormState>;
  countries: { code: string; name: string }[];
  /** The URL the form posts to without JavaScript: the petition page itself. */
  permalink: string;
};

/** In the order they are shown: the first in error gets the focus. */
const SIGN_FIELD_ORDER: readonly SignFields[] = ['name', 'email', 'country', 'city', 'comment'];

/**
 * The sign form: a plain POST that renders the page again with the errors next to their fields,
 * the values kept and the first field in error focused. The petition page goes without React
 * (lib/http/script-free-pages.ts); where React runs, the same happens without a reload.
 */
export function SignForm({ action, countries, permalink }: Props) {
  const t = useTranslations('Sign');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, {}, permalink);
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  // After a failed submit, keyboard and screen-reader users start at the first field to correct:
  // `autofocus` in the server's HTML, as the page is served without scripts (docs/page-weight.md).
  const firstInvalid = SIGN_FIELD_ORDER.find((name) => errors[name]?.length);
  const focus = (name: SignFields) => (name === firstInvalid ? { autoFocus: true } : {});

  const errorOf = (name: SignFields) => (errors[name]?.length ? t(`errors.${errors[name]![0]!}`) : null);
  const field = (name: SignFields, label: string, control: (aria: FieldAria) => ReactNode, hint?: string) => (
    <FormField name={name} label={label} hint={hint} error={errorOf(name)}>
      {control}
    </FormField>
  );

  return (
    // Keyed by the returned state so the fields show the values sent back with the errors.
    <form key={JSON.stringify(state)} action={formAction} className="sign-form" noValidate>
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
        (aria) => <input {...aria} {...focus('name')} type="text" autoComplete="name" required maxLength={NAME_MAX * 2} defaultValue={values.name} />,
        t('nameHint'),
      )}
      {field(
        'email',
        t('email'),
        (aria) => <input {...aria} {...focus('email')} type="email" autoComplete="email" required maxLength={EMAIL_MAX} defaultValue={values.email} />,
        t('emailHint'),
      )}
      {field('country', t('country'), (aria) => (
        <select {...aria} {...focus('country')} required autoComplete="country" defaultValue={values.country?.toUpperCase() ?? ''}>
          <option value="">{t('chooseCountry')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      ))}
      {field('city', t('city'), (aria) => (
        <input {...aria} {...focus('city')} type="text" autoComplete="address-level2" maxLength={CITY_MAX * 2} defaultValue={values.city} />
      ))}
      {field(
        'comment',
        t('comment'),
        (aria) => <textarea {...aria} {...focus('comment')} rows={3} maxLength={COMMENT_MAX} defaultValue={values.comment} />,
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
