'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { FormField, type FieldAria } from '@/components/form-field';
import {
  ADDRESS_MAX,
  CAPACITY_MAX,
  EMAIL_MAX,
  NAME_MAX,
  PLACE_MAX,
  TEXT_MAX,
  TITLE_MAX,
  type PicketFieldErrors,
  type PicketValues,
  type ProposalFields,
} from '@/lib/pickets/forms';

export type PicketFormState = { errors?: PicketFieldErrors; values?: PicketValues; done?: boolean; problem?: string };

type Option = { value: string; label: string };

type Props = {
  mode: 'propose' | 'edit';
  action: (previous: PicketFormState, form: FormData) => Promise<PicketFormState>;
  /** The URL the form posts to without JavaScript. */
  permalink: string;
  initial?: PicketValues;
  countries: Option[];
  timeZones: string[];
  embassies: Option[];
  petitions: Option[];
  cases: Option[];
};

/** The fields people fill in (the language and the honeypot are not shown as fields). */
type Field = Exclude<ProposalFields, 'locale' | 'website'>;


/**
 * The picket form: proposing one (anyone) and editing one (organisers) share it and its zod
 * schema. Without JavaScript it is a plain POST that comes back with the errors next to the fields
 * and the typed values kept.
 */
export function PicketForm({ mode, action, permalink, initial = {}, countries, timeZones, embassies, petitions, cases }: Props) {
  const t = useTranslations('Pickets');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, {}, permalink);
  const errors = state.errors ?? {};
  const values: PicketValues = state.values ?? initial;
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  if (state.done && mode === 'propose') {
    return (
      <p className="notice" role="status">
        {t('propose.sent')}
      </p>
    );
  }

  const text = (name: Field) => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const errorOf = (name: Field) => (errors[name]?.length ? t(`errors.${errors[name]![0]!}`) : null);
  const field = (name: Field, control: (aria: FieldAria) => ReactNode, hint?: string) => (
    <FormField name={name} label={t(`fields.${name}`)} hint={hint} error={errorOf(name)}>
      {control}
    </FormField>
  );
  const select = (name: Field, options: Option[], empty: string) =>
    field(name, (aria) => (
      <select {...aria} defaultValue={text(name) ?? ''}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ));
  const chosenCases = new Set(Array.isArray(values.caseIds) ? values.caseIds : values.caseIds ? [values.caseIds] : []);

  return (
    <form key={JSON.stringify(state)} ref={formRef} action={formAction} className="picket-form" noValidate>
      {Object.keys(errors).length > 0 ? (
        <p className="form-error" role="alert">
          {t('errorSummary')}
        </p>
      ) : null}
      {state.problem ? (
        <p className="form-error" role="alert">
          {state.problem}
        </p>
      ) : null}
      {state.done ? (
        <p className="notice" role="status">
          {t('saved')}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      {field('title', (aria) => <input {...aria} type="text" required maxLength={TITLE_MAX * 2} defaultValue={text('title')} />)}
      {field('description', (aria) => <textarea {...aria} rows={4} required maxLength={TEXT_MAX} defaultValue={text('description')} />)}
      <fieldset>
        <legend>{t('propose.place')}</legend>
        {select(
          'embassyId',
          embassies,
          t('propose.noEmbassy'),
        )}
        {field('venue', (aria) => <input {...aria} type="text" required maxLength={PLACE_MAX * 2} defaultValue={text('venue')} />, t('hints.venue'))}
        {field('address', (aria) => <input {...aria} type="text" required maxLength={ADDRESS_MAX * 2} defaultValue={text('address')} />)}
        {field('city', (aria) => <input {...aria} type="text" required autoComplete="address-level2" maxLength={PLACE_MAX * 2} defaultValue={text('city')} />)}
        {field('country', (aria) => (
          <select {...aria} required defaultValue={text('country')?.toUpperCase() ?? ''}>
            <option value="">{t('propose.chooseCountry')}</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        ))}
        {field('lat', (aria) => <input {...aria} type="text" inputMode="decimal" defaultValue={text('lat')} />, t('hints.coordinates'))}
        {field('lon', (aria) => <input {...aria} type="text" inputMode="decimal" defaultValue={text('lon')} />)}
      </fieldset>
      <fieldset>
        <legend>{t('propose.time')}</legend>
        {field('startsAt', (aria) => <input {...aria} type="datetime-local" required defaultValue={text('startsAt')} />)}
        {field('endsAt', (aria) => <input {...aria} type="datetime-local" required defaultValue={text('endsAt')} />)}
        {field(
          'timeZone',
          (aria) => (
            <select {...aria} required defaultValue={text('timeZone') ?? ''}>
              <option value="">{t('propose.chooseTimeZone')}</option>
              {timeZones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          ),
          t('hints.timeZone'),
        )}
      </fieldset>
      {field('capacity', (aria) => <input {...aria} type="number" min={1} max={CAPACITY_MAX} defaultValue={text('capacity')} />, t('hints.capacity'))}
      {field('whatToBring', (aria) => <textarea {...aria} rows={2} maxLength={TEXT_MAX} defaultValue={text('whatToBring')} />)}
      {field('accessibility', (aria) => <textarea {...aria} rows={2} maxLength={TEXT_MAX} defaultValue={text('accessibility')} />)}
      {select('petitionId', petitions, t('propose.noPetition'))}
      <fieldset aria-describedby={errors.caseIds?.length ? 'caseIds-error' : undefined}>
        <legend>{t('fields.caseIds')}</legend>
        {cases.map((c) => (
          <div className="check" key={c.value}>
            <input id={`case-${c.value}`} type="checkbox" name="caseIds" value={c.value} defaultChecked={chosenCases.has(c.value)} />
            <label htmlFor={`case-${c.value}`}>{c.label}</label>
          </div>
        ))}
        {errors.caseIds?.length ? (
          <p id="caseIds-error" className="field-error">
            {t(`errors.${errors.caseIds[0]!}`)}
          </p>
        ) : null}
      </fieldset>
      {mode === 'propose' ? (
        <fieldset>
          <legend>{t('propose.contact')}</legend>
          <p className="hint">{t('propose.contactPrivate')}</p>
          {field('organiserName', (aria) => <input {...aria} type="text" required autoComplete="name" maxLength={NAME_MAX * 2} defaultValue={text('organiserName')} />)}
          {field('organiserEmail', (aria) => <input {...aria} type="email" required autoComplete="email" maxLength={EMAIL_MAX} defaultValue={text('organiserEmail')} />)}
        </fieldset>
      ) : (
        <div className="field">
          <label htmlFor="note">{t('fields.note')}</label>
          <textarea id="note" name="note" rows={2} maxLength={2000} aria-describedby="note-hint" />
          <p id="note-hint" className="hint">
            {t('hints.note')}
          </p>
        </div>
      )}
      {mode === 'propose' ? (
        // The honeypot: hidden from people and from assistive technology; bots fill it in.
        <div className="hp" aria-hidden="true">
          <label htmlFor="website">{t('honeypot')}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
      ) : null}
      <button type="submit" aria-disabled={pending || undefined}>
        {mode === 'propose' ? t('propose.submit') : t('save')}
      </button>
    </form>
  );
}
