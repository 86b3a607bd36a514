'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { FormState } from '@/lib/forms/form-input';
import { FormStatus } from './form-status';
import { locales } from '@/lib/i18n/locales';

type Values = Record<string, string | string[]>;
type Option = { value: string; label: string };
const LANGUAGE_LABEL = { en: 'inEnglish', ru: 'inRussian', kk: 'inKazakh' } as const;

/** The update editor: case, title and Markdown text per language, and an optional link. */
export function UpdateEditor({
  action,
  initial,
  caseOptions,
  linkOptions,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Values;
  caseOptions: Option[];
  linkOptions: Option[];
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = useTranslations('Admin');
  const id = useId();
  const values: Values = state && !state.ok ? state.values : initial;
  const errors = state && !state.ok ? state.errors : {};
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
  const fieldId = (name: string) => `${id}-${name.replace('.', '-')}`;
  const aria = (name: string, hint?: string) => ({
    id: fieldId(name),
    name,
    'aria-invalid': errors[name] ? (true as const) : undefined,
    'aria-describedby': [errors[name] ? `${fieldId(name)}-error` : null, hint].filter(Boolean).join(' ') || undefined,
  });
  const errorFor = (name: string) =>
    errors[name] ? (
      <p className="field-error" id={`${fieldId(name)}-error`}>
        {errors[name]}
      </p>
    ) : null;
  const select = (name: string, label: string, options: Option[]) => (
    <div className="field">
      <label htmlFor={fieldId(name)}>{label}</label>
      <select {...aria(name)} defaultValue={value(name)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errorFor(name)}
    </div>
  );
  const hintId = `${id}-markdown-hint`;

  return (
    <form action={formAction} className="admin-form" noValidate>
      <fieldset key={JSON.stringify(values)}>
        <legend>{submitLabel}</legend>
        <FormStatus state={state} />
        {select('case', t('updates.case'), caseOptions)}
        <p className="hint" id={hintId}>
          {t('updates.markdownHint')}
        </p>
        {locales.map((locale) => (
          <fieldset className="field localized" key={locale} lang={locale}>
            <legend>{t(`fields.${LANGUAGE_LABEL[locale]}`)}</legend>
            <div className="field">
              <label htmlFor={fieldId(`title.${locale}`)}>{t('fields.title')}</label>
              <input type="text" maxLength={500} {...aria(`title.${locale}`)} defaultValue={value(`title.${locale}`)} />
              {errorFor(`title.${locale}`)}
            </div>
            <div className="field">
              <label htmlFor={fieldId(`body.${locale}`)}>{t('fields.body')}</label>
              <textarea rows={8} {...aria(`body.${locale}`, hintId)} defaultValue={value(`body.${locale}`)} />
              {errorFor(`body.${locale}`)}
            </div>
          </fieldset>
        ))}
        {select('link', t('updates.link'), linkOptions)}
        <button type="submit" aria-disabled={pending || undefined}>
          {submitLabel}
        </button>
      </fieldset>
    </form>
  );
}

/** Publish now or at a set time (UTC). */
export function PublishForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = useTranslations('Admin');
  const id = useId();
  const errors = state && !state.ok ? state.errors : {};
  const values = state && !state.ok ? state.values : { when: 'now' };
  const error = errors.publishAt ?? errors.when ?? errors.form;
  return (
    <form action={formAction} className="admin-form" noValidate>
      <fieldset key={JSON.stringify(values)}>
        <legend>{t('updates.when')}</legend>
        {state?.ok ? (
          <p className="form-ok" role="status">
            {state.done ? t(`done.${state.done.key}`, state.done.values) : state.message}
          </p>
        ) : null}
        {error ? (
          <p className="form-error" role="alert" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <div className="field checkbox">
          <input type="radio" id={`${id}-now`} name="when" value="now" defaultChecked={values.when !== 'schedule'} />
          <label htmlFor={`${id}-now`}>{t('updates.now')}</label>
        </div>
        <div className="field checkbox">
          <input type="radio" id={`${id}-schedule`} name="when" value="schedule" defaultChecked={values.when === 'schedule'} />
          <label htmlFor={`${id}-schedule`}>{t('updates.schedule')}</label>
        </div>
        <div className="field">
          <label htmlFor={`${id}-at`}>{t('updates.publishAt')}</label>
          <input
            type="datetime-local"
            id={`${id}-at`}
            name="publishAt"
            defaultValue={typeof values.publishAt === 'string' ? values.publishAt : ''}
            aria-invalid={errors.publishAt ? true : undefined}
            aria-describedby={errors.publishAt ? `${id}-error` : undefined}
          />
        </div>
        <button type="submit" aria-disabled={pending || undefined}>
          {t('updates.publish')}
        </button>
      </fieldset>
    </form>
  );
}
