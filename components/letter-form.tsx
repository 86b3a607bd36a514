'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { FormField, type FieldAria } from '@/components/form-field';
import type { LetterFields, LetterFormState } from '@/lib/letters/forms';
import { pluralTemplates } from '@/lib/i18n/plural-templates';
import { LETTER_MAX, LETTER_MIN, type LetterErrorKey } from '@/lib/letters/letter-text';
import { CITY_MAX, EMAIL_MAX, NAME_MAX } from '@/lib/petitions/sign-limits';

type Props = {
  action: (previous: LetterFormState, form: FormData) => Promise<LetterFormState>;
  countries: { code: string; name: string }[];
  /** The offices of the action, and whether "the embassy in your country" is a target too. */
  offices: { id: string; name: string }[];
  toEmbassy: boolean;
  allowAnonymous: boolean;
  /** The suggested letter in the page's language. */
  suggested: string;
  /** The URL the form posts to without JavaScript: the action's page itself. */
  permalink: string;
};

/** In the order they are shown: the first in error gets the focus. */
const LETTER_FIELD_ORDER: readonly LetterFields[] = ['targets', 'body', 'name', 'email', 'country', 'city', 'signAs'];

/** What the letter's text can be refused for before a submit (checkLetter), in the script's texts. */
const CHECKED_IN_BROWSER: readonly LetterErrorKey[] = ['required', 'tooLong', 'tooShort', 'controlCharacters', 'html', 'allLinks'];

/** The script that counts the characters and checks the text before a submit; the page loads it. */
export const LETTER_CHECK_SCRIPT = '/letter-check.js';

/**
 * The letter form: a plain POST answered with the errors next to their fields, the values kept and
 * the first field in error focused. The letter's page goes without React
 * (lib/http/script-free-pages.ts): public/letter-check.js counts the characters as they are typed
 * and checks the text by the server's own rule before it is sent, its texts in `data-letter-check`.
 */
export function LetterForm({ action, countries, offices, toEmbassy, allowAnonymous, suggested, permalink }: Props) {
  const t = useTranslations('Letters');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, {}, permalink);
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const body = typeof values.body === 'string' ? values.body : suggested;
  // After a failed submit, keyboard and screen-reader users start at the first field to correct:
  // `autofocus` in the server's HTML (no script needed).
  const firstInvalid = LETTER_FIELD_ORDER.find((name) => errors[name]?.length);
  const checkTexts = {
    locale,
    count: pluralTemplates(locale, (count) => t('bodyCount', { count, max: LETTER_MAX })),
    summary: t('errorSummary'),
    errors: Object.fromEntries(CHECKED_IN_BROWSER.map((key) => [key, t(`errors.${key}`)])),
  };

  const errorOf = (name: LetterFields) => (errors[name]?.length ? t(`errors.${errors[name]![0]!}`) : null);
  const field = (name: LetterFields, label: string, control: (aria: FieldAria) => ReactNode, hint?: ReactNode) => (
    <FormField name={name} label={label} hint={hint} error={errorOf(name)} autoFocus={name === firstInvalid}>
      {control}
    </FormField>
  );
  const chosen = Array.isArray(values.targets) ? values.targets : null;
  const signAs = typeof values.signAs === 'string' ? values.signAs : 'first_name';
  const signAsOptions: readonly string[] = ['first_name', 'full_name', ...(allowAnonymous ? ['anonymous'] : [])];

  return (
    <form
      key={JSON.stringify(state)}
      action={formAction}
      className="sign-form letter-form"
      data-letter-check={JSON.stringify(checkTexts)}
      data-submitting={t('submitting')}
      noValidate
    >
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

      <fieldset className="field" aria-describedby={errors.targets ? 'targets-error' : undefined}>
        <legend>{t('targets')}</legend>
        {offices.map((office, i) => (
          <div className="check" key={office.id}>
            <input
              id={`target-${office.id}`}
              name="targets"
              type="checkbox"
              value={office.id}
              defaultChecked={chosen ? chosen.includes(office.id) : true}
              autoFocus={i === 0 && firstInvalid === 'targets'}
            />
            <label htmlFor={`target-${office.id}`}>{office.name}</label>
          </div>
        ))}
        {toEmbassy ? (
          <div className="check">
            <input
              id="target-embassy"
              name="targets"
              type="checkbox"
              value="embassy"
              aria-describedby="target-embassy-hint"
              defaultChecked={chosen ? chosen.includes('embassy') : true}
              autoFocus={offices.length === 0 && firstInvalid === 'targets'}
            />
            <label htmlFor="target-embassy">{t('embassyTarget')}</label>
            <p className="hint" id="target-embassy-hint">
              {t('embassyHint')}
            </p>
          </div>
        ) : null}
        {errors.targets?.length ? (
          <p className="field-error" id="targets-error">
            {errorOf('targets')}
          </p>
        ) : null}
      </fieldset>

      {field(
        'body',
        t('body'),
        (aria) => (
          <textarea
            {...aria}
            aria-describedby={[aria['aria-describedby'], 'body-count'].filter(Boolean).join(' ')}
            rows={14}
            maxLength={LETTER_MAX}
            required
            defaultValue={body}
          />
        ),
        <>
          {t('bodyHint', { min: LETTER_MIN, max: LETTER_MAX })}{' '}
          <span id="body-count" aria-live="polite">
            {t('bodyCount', { count: body.length, max: LETTER_MAX })}
          </span>
        </>,
      )}
      {field(
        'name',
        t('name'),
        (aria) => <input {...aria} type="text" autoComplete="name" required maxLength={NAME_MAX * 2} defaultValue={values.name as string | undefined} />,
      )}
      {field(
        'email',
        t('email'),
        (aria) => <input {...aria} type="email" autoComplete="email" required maxLength={EMAIL_MAX} defaultValue={values.email as string | undefined} />,
        t('emailHint'),
      )}
      {field(
        'country',
        t('country'),
        (aria) => (
          <select {...aria} required autoComplete="country" defaultValue={typeof values.country === 'string' ? values.country.toUpperCase() : ''}>
            <option value="">{t('chooseCountry')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        ),
      )}
      {field('city', t('city'), (aria) => (
        <input {...aria} type="text" autoComplete="address-level2" maxLength={CITY_MAX * 2} defaultValue={values.city as string | undefined} />
      ))}

      <fieldset className="field" aria-describedby={errors.signAs ? 'signAs-error' : 'signAs-hint'}>
        <legend>{t('signAs')}</legend>
        <p className="hint" id="signAs-hint">
          {t('signAsHint')}
        </p>
        {signAsOptions.map((option) => (
          <div className="check" key={option}>
            <input
              id={`signAs-${option}`}
              name="signAs"
              type="radio"
              value={option}
              defaultChecked={signAs === option}
              autoFocus={firstInvalid === 'signAs' && option === (signAsOptions.includes(signAs) ? signAs : signAsOptions[0])}
            />
            <label htmlFor={`signAs-${option}`}>{t(`signAsOption.${option as "first_name"}`)}</label>
          </div>
        ))}
        {errors.signAs?.length ? (
          <p className="field-error" id="signAs-error">
            {errorOf('signAs')}
          </p>
        ) : null}
      </fieldset>
      <div className="check">
        <input id="replyTo" name="replyTo" type="checkbox" defaultChecked={values.replyTo === 'on'} />
        <label htmlFor="replyTo">{t('replyTo')}</label>
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
