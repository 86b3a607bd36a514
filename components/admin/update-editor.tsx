'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { FormState } from '@/lib/forms/form-input';
import { FormField } from '@/components/form-field';
import { useFieldErrorText } from './field-error-text';
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
  const say = useFieldErrorText();
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
  const fieldId = (name: string) => `${id}-${name.replace('.', '-')}`;
  const hintId = `${id}-markdown-hint`;
  const select = (name: string, label: string, options: Option[]) => (
    <FormField name={name} id={fieldId(name)} label={label} error={say(errors[name])}>
      {(aria) => (
        <select {...aria} defaultValue={value(name)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <form action={formAction} className="admin-form" noValidate>
      <fieldset key={JSON.stringify(values)}>
        <legend>{t('updates.contents')}</legend>
        <FormStatus state={state} />
        {select('case', t('updates.case'), caseOptions)}
        <p className="hint" id={hintId}>
          {t('updates.markdownHint')}
        </p>
        {locales.map((locale) => (
          <fieldset className="field localized" key={locale} lang={locale}>
            <legend>{t(`fields.${LANGUAGE_LABEL[locale]}`)}</legend>
            <FormField name={`title.${locale}`} id={fieldId(`title.${locale}`)} label={t('fields.title')} error={say(errors[`title.${locale}`])}>
              {(aria) => <input type="text" maxLength={500} {...aria} defaultValue={value(`title.${locale}`)} />}
            </FormField>
            <FormField name={`body.${locale}`} id={fieldId(`body.${locale}`)} label={t('fields.body')} error={say(errors[`body.${locale}`])}>
              {(aria) => (
                // The Markdown hint above is shared by the three texts.
                <textarea
                  rows={8}
                  {...aria}
                  aria-describedby={[aria['aria-describedby'], hintId].filter(Boolean).join(' ')}
                  defaultValue={value(`body.${locale}`)}
                />
              )}
            </FormField>
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
  const say = useFieldErrorText();
  const error = say(errors.when ?? errors.form) ?? (errors.publishAt ? t('form.fixErrors') : undefined);
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
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <FormField name="when" id={`${id}-now`} label={t('updates.now')} inline>
          {(aria) => <input type="radio" {...aria} value="now" defaultChecked={values.when !== 'schedule'} />}
        </FormField>
        <FormField name="when" id={`${id}-schedule`} label={t('updates.schedule')} inline>
          {(aria) => <input type="radio" {...aria} value="schedule" defaultChecked={values.when === 'schedule'} />}
        </FormField>
        <FormField name="publishAt" id={`${id}-at`} label={t('updates.publishAt')} error={say(errors.publishAt)}>
          {(aria) => <input type="datetime-local" {...aria} defaultValue={typeof values.publishAt === 'string' ? values.publishAt : ''} />}
        </FormField>
        <button type="submit" aria-disabled={pending || undefined}>
          {t('updates.publish')}
        </button>
      </fieldset>
    </form>
  );
}
