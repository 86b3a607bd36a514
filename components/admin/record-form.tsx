'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { FieldSpec } from '@/lib/forms/field-spec';
import type { FormState } from '@/lib/forms/form-input';
import { FormStatus } from './form-status';
import { locales } from '@/lib/i18n/locales';

export type SourceOption = { id: string; label: string };
type Values = Record<string, string | string[]>;

const LANGUAGE_LABEL = { en: 'inEnglish', ru: 'inRussian', kk: 'inKazakh' } as const;

/**
 * One dashboard form, drawn from its field list. The server action validates with the form's zod
 * schema; on an error the fields show what was typed, each with its message.
 */
export function RecordForm({
  fields,
  action,
  initial,
  submitLabel,
  sourceOptions = [],
  legend,
}: {
  fields: readonly FieldSpec[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Values;
  submitLabel: string;
  sourceOptions?: SourceOption[];
  legend: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = useTranslations('Admin');
  const tAny = useTranslations() as unknown as (key: string) => string;
  const id = useId();
  const values: Values = state && !state.ok ? state.values : initial;
  const errors = state && !state.ok ? state.errors : {};
  const value = (name: string) => {
    const v = values[name];
    return typeof v === 'string' ? v : '';
  };
  const fieldId = (name: string) => `${id}-${name.replace('.', '-')}`;
  const described = (name: string, hint?: boolean) =>
    [errors[name] ? `${fieldId(name)}-error` : null, hint ? `${fieldId(name)}-hint` : null].filter(Boolean).join(' ') || undefined;
  const errorFor = (name: string) =>
    errors[name] ? (
      <p className="field-error" id={`${fieldId(name)}-error`}>
        {errors[name]}
      </p>
    ) : null;
  const label = (name: string) => t(`fields.${name}` as 'fields.name');
  // Re-mount the inputs when the shown values change (an error echo or a fresh save), so their
  // defaults are the values to show.
  const version = JSON.stringify(values);

  return (
    <form action={formAction} className="admin-form" noValidate>
      <fieldset key={version}>
        <legend>{legend}</legend>
        <FormStatus state={state} />
        {fields.map((field) => {
          const required = 'required' in field && field.required;
          const hint = 'hint' in field && field.hint;
          switch (field.kind) {
            case 'checkbox':
              return (
                <div className="field checkbox" key={field.name}>
                  <input type="checkbox" id={fieldId(field.name)} name={field.name} defaultChecked={value(field.name) === 'on'} />
                  <label htmlFor={fieldId(field.name)}>{label(field.name)}</label>
                  {errorFor(field.name)}
                </div>
              );
            case 'select':
              return (
                <div className="field" key={field.name}>
                  <label htmlFor={fieldId(field.name)}>{label(field.name)}</label>
                  <select
                    id={fieldId(field.name)}
                    name={field.name}
                    defaultValue={value(field.name)}
                    aria-invalid={errors[field.name] ? true : undefined}
                    aria-describedby={described(field.name)}
                  >
                    {field.options.map((o) => (
                      <option key={o} value={o}>
                        {tAny(`${field.labels}.${o || 'blank'}`)}
                      </option>
                    ))}
                    {/* A value we do not know (typed by hand, or a forged request) stays visible with its error. */}
                    {value(field.name) && !field.options.includes(value(field.name)) ? (
                      <option value={value(field.name)}>{value(field.name)}</option>
                    ) : null}
                  </select>
                  {errorFor(field.name)}
                </div>
              );
            case 'choice':
              return (
                <div className="field" key={field.name}>
                  <label htmlFor={fieldId(field.name)}>{label(field.name)}</label>
                  <select
                    id={fieldId(field.name)}
                    name={field.name}
                    defaultValue={value(field.name)}
                    aria-invalid={errors[field.name] ? true : undefined}
                    aria-describedby={described(field.name)}
                  >
                    {field.choices.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                    {value(field.name) && !field.choices.some((c) => c.value === value(field.name)) ? (
                      <option value={value(field.name)}>{value(field.name)}</option>
                    ) : null}
                  </select>
                  {errorFor(field.name)}
                </div>
              );
            case 'localized':
              return (
                <fieldset className="field localized" key={field.name}>
                  <legend>
                    {label(field.name)}
                    {required ? ` (${t('fields.required')})` : ''}
                  </legend>
                  {hint ? (
                    <p className="hint" id={`${fieldId(`${field.name}.en`)}-hint`}>
                      {label(`${field.name}Hint`)}
                    </p>
                  ) : null}
                  {locales.map((locale) => {
                    const name = `${field.name}.${locale}`;
                    const props = {
                      id: fieldId(name),
                      name,
                      lang: locale,
                      defaultValue: value(name),
                      'aria-invalid': errors[name] ? true : undefined,
                      'aria-describedby': described(name, hint && locale === 'en'),
                    };
                    return (
                      <div className="field" key={locale}>
                        <label htmlFor={fieldId(name)}>{t(`fields.${LANGUAGE_LABEL[locale]}`)}</label>
                        {field.multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
                        {errorFor(name)}
                      </div>
                    );
                  })}
                </fieldset>
              );
            case 'multi':
              return (
                <div className="field" key={field.name}>
                  <label htmlFor={fieldId(field.name)}>{label(field.name)}</label>
                  <select
                    id={fieldId(field.name)}
                    name={field.name}
                    multiple
                    size={Math.min(6, Math.max(2, field.choices.length))}
                    defaultValue={Array.isArray(values[field.name]) ? (values[field.name] as string[]) : []}
                    aria-invalid={errors[field.name] ? true : undefined}
                    aria-describedby={described(field.name)}
                  >
                    {field.choices.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                  {errorFor(field.name)}
                </div>
              );
            case 'sources': {
              if (sourceOptions.length === 0) return null;
              return (
                <div className="field" key={field.name}>
                  <label htmlFor={fieldId(field.name)}>{label(field.name)}</label>
                  <select
                    id={fieldId(field.name)}
                    name="sources"
                    multiple
                    size={Math.min(6, sourceOptions.length)}
                    defaultValue={Array.isArray(values.sources) ? values.sources : []}
                    aria-invalid={errors.sources ? true : undefined}
                    aria-describedby={described('sources')}
                  >
                    {sourceOptions.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.label}
                      </option>
                    ))}
                  </select>
                  {errorFor('sources')}
                </div>
              );
            }
            default: {
              const props = {
                id: fieldId(field.name),
                name: field.name,
                defaultValue: value(field.name),
                required,
                'aria-invalid': errors[field.name] ? true : undefined,
                'aria-describedby': described(field.name, hint),
              };
              return (
                <div className="field" key={field.name}>
                  <label htmlFor={fieldId(field.name)}>
                    {label(field.name)}
                    {required ? ` (${t('fields.required')})` : ''}
                  </label>
                  {hint ? (
                    <p className="hint" id={`${fieldId(field.name)}-hint`}>
                      {label(`${field.name}Hint`)}
                    </p>
                  ) : null}
                  {field.kind === 'textarea' ? (
                    <textarea rows={3} {...props} />
                  ) : (
                    <input type={field.kind === 'number' ? 'text' : field.kind} inputMode={field.kind === 'number' ? 'numeric' : undefined} {...props} />
                  )}
                  {errorFor(field.name)}
                </div>
              );
            }
          }
        })}
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </fieldset>
    </form>
  );
}
