'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { CaseChoices } from '@/components/case-choices';
import { FormField, type FieldAria } from '@/components/form-field';
import { EMAIL_MAX, NAME_MAX } from '@/lib/petitions/sign-limits';
import type { ResolutionFields, ResolutionFormState } from '@/lib/resolutions/forms';
import { MAX_PDF_BYTES, ORGANISATION_MAX, RESOLUTION_TEXT_MAX } from '@/lib/resolutions/limits';

type Props = {
  action: (previous: ResolutionFormState, form: FormData) => Promise<ResolutionFormState>;
  countries: { code: string; name: string }[];
  cases: { id: string; name: string }[];
  permalink: string;
};

/** In the order they are shown: the first in error gets the focus. */
const RESOLUTION_FIELD_ORDER: readonly ResolutionFields[] = ['organisation', 'country', 'members', 'passedOn', 'body', 'file', 'cases', 'contactName', 'contactEmail'];

/** The script that refuses a PDF over the limit before it is sent; the page loads it. */
export const RESOLUTION_UPLOAD_SCRIPT = '/resolution-upload.js';

/**
 * An organisation records its resolution: the text or a PDF. A plain POST answered with the errors
 * next to their fields, the values kept and the first field in error focused; a file cannot be
 * given back to the browser, so the form names the one that was sent and asks for it again. The
 * page goes without React (lib/http/script-free-pages.ts): public/resolution-upload.js refuses a
 * PDF over the limit as soon as it is chosen, its limit and texts in `data-upload`.
 */
export function ResolutionForm({ action, countries, cases, permalink }: Props) {
  const t = useTranslations('Resolutions');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, {}, permalink);
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  // After a failed submit, keyboard and screen-reader users start at the first field to correct:
  // `autofocus` in the server's HTML (no script needed).
  const firstInvalid = RESOLUTION_FIELD_ORDER.find((name) => errors[name]?.length);
  const upload = { maxBytes: MAX_PDF_BYTES, tooLarge: t('errors.pdfTooLarge'), summary: t('errorSummary') };

  const errorOf = (name: ResolutionFields) => (errors[name]?.length ? t(`errors.${errors[name]![0]!}`) : null);
  const text = (name: ResolutionFields) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const field = (name: ResolutionFields, label: string, control: (aria: FieldAria) => ReactNode, hint?: string) => (
    <FormField name={name} label={label} hint={hint} error={errorOf(name)} autoFocus={name === firstInvalid}>
      {control}
    </FormField>
  );
  const chosen = Array.isArray(values.cases) ? values.cases : [];
  const sentFile = typeof values.file === 'string' ? values.file : null;

  return (
    <form key={JSON.stringify(state)} action={formAction} className="sign-form" data-upload={JSON.stringify(upload)} data-submitting={t('submitting')} noValidate>
      {Object.keys(errors).length > 0 ? (
        <p className="form-error" role="alert">
          {errors.form?.length ? t(`errors.${errors.form[0]!}`) : t('errorSummary')}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      {field(
        'organisation',
        t('organisation'),
        (aria) => <input {...aria} type="text" required maxLength={ORGANISATION_MAX} defaultValue={text('organisation')} />,
        t('organisationHint'),
      )}
      {field('country', t('country'), (aria) => (
        <select {...aria} required defaultValue={text('country')?.toUpperCase() ?? ''}>
          <option value="">{t('chooseCountry')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      ))}
      {field('members', t('membersField'), (aria) => <input {...aria} type="text" inputMode="numeric" maxLength={12} defaultValue={text('members')} />)}
      {field('passedOn', t('passedOnField'), (aria) => <input {...aria} type="date" required defaultValue={text('passedOn')} />)}
      {field('body', t('body'), (aria) => <textarea {...aria} rows={10} maxLength={RESOLUTION_TEXT_MAX} defaultValue={text('body')} />, t('bodyHint'))}
      {field('file', t('file'), (aria) => <input {...aria} type="file" accept="application/pdf" />, sentFile && !errors.file?.length ? t('fileAgain', { name: sentFile }) : undefined)}
      <CaseChoices
        className="field"
        name="cases"
        legend={t('cases')}
        cases={cases.map((c) => ({ value: c.id, label: c.name }))}
        chosen={new Set(chosen)}
        error={errorOf('cases')}
        focus={firstInvalid === 'cases'}
      />
      {field('contactName', t('contactName'), (aria) => <input {...aria} type="text" autoComplete="name" required maxLength={NAME_MAX * 2} defaultValue={text('contactName')} />, t('contactHint'))}
      {field('contactEmail', t('contactEmail'), (aria) => <input {...aria} type="email" autoComplete="email" required maxLength={EMAIL_MAX} defaultValue={text('contactEmail')} />)}
      <div className="hp" aria-hidden="true">
        <label htmlFor="website">{t('honeypot')}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" aria-disabled={pending || undefined}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
