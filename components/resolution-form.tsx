'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import { FormField, type FieldAria } from '@/components/form-field';
import { EMAIL_MAX, NAME_MAX } from '@/lib/petitions/sign-limits';
import type { ResolutionErrorKey, ResolutionFields, ResolutionFormState } from '@/lib/resolutions/forms';
import { MAX_PDF_BYTES, ORGANISATION_MAX, RESOLUTION_TEXT_MAX } from '@/lib/resolutions/limits';

type Props = {
  action: (previous: ResolutionFormState, form: FormData) => Promise<ResolutionFormState>;
  countries: { code: string; name: string }[];
  cases: { id: string; name: string }[];
  permalink: string;
};

/** An organisation records its resolution: the text or a PDF, checked in the browser and again on the server. */
export function ResolutionForm({ action, countries, cases, permalink }: Props) {
  const t = useTranslations('Resolutions');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, {}, permalink);
  const [fileError, setFileError] = useState<ResolutionErrorKey | null>(null);
  const errors = { ...(state.errors ?? {}), ...(fileError ? { file: [fileError] } : {}) };
  const values = state.values ?? {};
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, fileError]);

  const errorOf = (name: ResolutionFields) => (errors[name]?.length ? t(`errors.${errors[name]![0]!}`) : null);
  const text = (name: ResolutionFields) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const field = (name: ResolutionFields, label: string, control: (aria: FieldAria) => ReactNode, hint?: string) => (
    <FormField name={name} label={label} hint={hint} error={errorOf(name)}>
      {control}
    </FormField>
  );
  const chosen = Array.isArray(values.cases) ? values.cases : [];

  return (
    <form
      key={JSON.stringify(state)}
      ref={formRef}
      action={formAction}
      className="sign-form"
      noValidate
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0];
        // A file over the limit would be cut off by the server's body limit before its own check could answer.
        const problem: ResolutionErrorKey | null = file && file.size > MAX_PDF_BYTES ? 'pdfTooLarge' : null;
        setFileError(problem);
        if (problem) event.preventDefault();
      }}
    >
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
      {field('file', t('file'), (aria) => <input {...aria} type="file" accept="application/pdf" />)}
      <fieldset className="field" aria-describedby={errors.cases ? 'cases-error' : undefined}>
        <legend>{t('cases')}</legend>
        {cases.map((c) => (
          <div className="check" key={c.id}>
            <input id={`case-${c.id}`} name="cases" type="checkbox" value={c.id} defaultChecked={chosen.includes(c.id)} />
            <label htmlFor={`case-${c.id}`}>{c.name}</label>
          </div>
        ))}
        {errors.cases?.length ? (
          <p className="field-error" id="cases-error">
            {errorOf('cases')}
          </p>
        ) : null}
      </fieldset>
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
