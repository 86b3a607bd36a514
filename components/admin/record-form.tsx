'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, type ReactNode } from 'react';
import { FormField, type FieldAria } from '@/components/form-field';
import type { FieldSpec } from '@/lib/forms/field-spec';
import type { FormState } from '@/lib/forms/form-input';
import { useFieldErrorText } from './field-error-text';
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
  const say = useFieldErrorText();
  const value = (name: string) => {
    const v = values[name];
    return typeof v === 'string' ? v : '';
  };
  const fieldId = (name: string) => `${id}-${name.replace('.', '-')}`;
  const label = (name: string) => t(`fields.${name}` as 'fields.name');
  const requiredLabel = (name: string, required: boolean) => `${label(name)}${required ? ` (${t('fields.required')})` : ''}`;
  // Re-mount the inputs when the shown values change (an error echo or a fresh save), so their
  // defaults are the values to show.
  const version = JSON.stringify(values);
  // A value we do not know (typed by hand, or a forged request) stays visible with its error.
  const unknownOption = (name: string, known: boolean) =>
    value(name) && !known ? <option value={value(name)}>{value(name)}</option> : null;

  return (
    <form action={formAction} className="admin-form" noValidate>
      <fieldset key={version}>
        <legend>{legend}</legend>
        <FormStatus state={state} />
        {fields.map((field) => {
          const required = 'required' in field && field.required;
          const hint = 'hint' in field && field.hint;
          const field_ = (name: string, text: string, control: (aria: FieldAria) => ReactNode, hintText?: string) => (
            <FormField key={name} name={name} id={fieldId(name)} label={text} hint={hintText} error={say(errors[name])}>
              {control}
            </FormField>
          );
          switch (field.kind) {
            case 'checkbox':
              return (
                <FormField key={field.name} name={field.name} id={fieldId(field.name)} label={label(field.name)} error={say(errors[field.name])} inline>
                  {(aria) => <input type="checkbox" {...aria} defaultChecked={value(field.name) === 'on'} />}
                </FormField>
              );
            case 'select':
              return field_(field.name, label(field.name), (aria) => (
                <select {...aria} defaultValue={value(field.name)}>
                  {field.options.map((o) => (
                    <option key={o} value={o}>
                      {tAny(`${field.labels}.${o || 'blank'}`)}
                    </option>
                  ))}
                  {unknownOption(field.name, field.options.includes(value(field.name)))}
                </select>
              ));
            case 'choice':
              return field_(field.name, label(field.name), (aria) => (
                <select {...aria} defaultValue={value(field.name)}>
                  {field.choices.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                  {unknownOption(field.name, field.choices.some((c) => c.value === value(field.name)))}
                </select>
              ));
            case 'localized':
              return (
                <fieldset className="field localized" key={field.name}>
                  <legend>{requiredLabel(field.name, !!required)}</legend>
                  {locales.map((locale) => {
                    const name = `${field.name}.${locale}`;
                    // The hint is said once, under the English text, which every record needs first.
                    return field_(
                      name,
                      t(`fields.${LANGUAGE_LABEL[locale]}`),
                      (aria) =>
                        field.multiline ? (
                          <textarea rows={3} {...aria} lang={locale} defaultValue={value(name)} />
                        ) : (
                          <input type="text" {...aria} lang={locale} defaultValue={value(name)} />
                        ),
                      hint && locale === 'en' ? label(`${field.name}Hint`) : undefined,
                    );
                  })}
                </fieldset>
              );
            case 'multi':
              return field_(field.name, label(field.name), (aria) => (
                <select
                  {...aria}
                  multiple
                  size={Math.min(6, Math.max(2, field.choices.length))}
                  defaultValue={Array.isArray(values[field.name]) ? (values[field.name] as string[]) : []}
                >
                  {field.choices.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
              ));
            case 'sources':
              if (sourceOptions.length === 0) return null;
              return field_(field.name, label(field.name), (aria) => (
                <select {...aria} multiple size={Math.min(6, sourceOptions.length)} defaultValue={Array.isArray(values.sources) ? values.sources : []}>
                  {sourceOptions.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              ));
            default:
              return field_(
                field.name,
                requiredLabel(field.name, !!required),
                (aria) =>
                  field.kind === 'textarea' ? (
                    <textarea rows={3} {...aria} required={!!required} defaultValue={value(field.name)} />
                  ) : (
                    <input
                      type={field.kind === 'number' ? 'text' : field.kind}
                      inputMode={field.kind === 'number' ? 'numeric' : undefined}
                      {...aria}
                      required={!!required}
                      defaultValue={value(field.name)}
                    />
                  ),
                hint ? label(`${field.name}Hint`) : undefined,
              );
          }
        })}
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </fieldset>
    </form>
  );
}
