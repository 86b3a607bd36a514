'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CaseChoices } from '@/components/case-choices';
import { FormField } from '@/components/form-field';
import { PicketPlaceFields, type PicketFieldRenderer } from '@/components/picket-place-fields';
import type { EmbassyOption } from '@/lib/pickets/form-options';
import type { PicketFieldErrors, PicketValues, ProposalFields } from '@/lib/pickets/forms';
import { CAPACITY_MAX, FIELD_LIMITS, NOTE_MAX, type LimitedField } from '@/lib/pickets/limits';
import type { ZoneGroup } from '@/lib/pickets/zones';

/** `notice`: a second line after "Saved.", such as how many attendees hear of the change. */
export type PicketFormState = { errors?: PicketFieldErrors; values?: PicketValues; done?: boolean; problem?: string; notice?: string };

type Option = { value: string; label: string };

type Props = {
  mode: 'propose' | 'edit';
  action: (previous: PicketFormState, form: FormData) => Promise<PicketFormState>;
  /** The URL the form posts to without JavaScript. */
  permalink: string;
  initial?: PicketValues;
  countries: Option[];
  timeZones: ZoneGroup[];
  embassies: EmbassyOption[];
  petitions: Option[];
  cases: Option[];
};

/** The fields people fill in (the language and the honeypot are not shown as fields). */
export type Field = Exclude<ProposalFields, 'locale' | 'website'>;

const isLimited = (name: string): name is LimitedField => Object.hasOwn(FIELD_LIMITS, name);

/** In the order they are shown: the first in error gets the focus. */
const PICKET_FIELD_ORDER: readonly Field[] = [
  'title',
  'description',
  'embassyId',
  'venue',
  'address',
  'city',
  'country',
  'lat',
  'lon',
  'startsAt',
  'endsAt',
  'timeZone',
  'capacity',
  'whatToBring',
  'accessibility',
  'petitionId',
  'caseIds',
  'organiserName',
  'organiserEmail',
];

/**
 * The picket form: proposing one (anyone) and editing one (organisers) share it and its zod
 * schema. A plain POST that comes back with the errors next to the fields, the typed values kept
 * and the first field in error focused. The proposal page goes without React
 * (lib/http/script-free-pages.ts); in the organisers' editor the same happens without a reload.
 */
export function PicketForm({ mode, action, permalink, initial = {}, countries, timeZones, embassies, petitions, cases }: Props) {
  const t = useTranslations('Pickets');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, {}, permalink);
  const errors = state.errors ?? {};
  const values: PicketValues = state.values ?? initial;
  // After a failed submit, keyboard and screen-reader users start at the first field to correct:
  // `autofocus` in the server's HTML, as the proposal page is served without scripts.
  const firstInvalid = PICKET_FIELD_ORDER.find((name) => errors[name]?.length);

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
  const errorOf = (name: Field) => {
    const key = errors[name]?.[0];
    if (!key) return null;
    // "Too long" says the limit, the same number the field states and the browser keeps to.
    return isLimited(name) ? t(`errors.${key}`, { max: FIELD_LIMITS[name] }) : t(`errors.${key}`);
  };
  /** The field's hint, followed by its length limit when it has one. */
  const hintOf = (name: Field, hint?: string) => {
    const limit = isLimited(name) ? t('limit', { max: FIELD_LIMITS[name] }) : undefined;
    return [hint, limit].filter(Boolean).join(' ') || undefined;
  };
  const field: PicketFieldRenderer = (name, control, hint) => (
    <FormField name={name} label={t(`fields.${name}`)} hint={hintOf(name, hint)} error={errorOf(name)} autoFocus={name === firstInvalid}>
      {control}
    </FormField>
  );
  const limited = (name: LimitedField) => ({ maxLength: FIELD_LIMITS[name], defaultValue: text(name) });
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
    // data-picket-place: public/picket-place.js fills in the place; data-submitting: one submit at a time (public/plain-form.js).
    <form key={JSON.stringify(state)} action={formAction} className="picket-form" data-picket-place="" data-submitting="" noValidate>
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
      {state.done && state.notice ? <p className="notice">{state.notice}</p> : null}
      <input type="hidden" name="locale" value={locale} />
      {field('title', (aria) => <input {...aria} type="text" required {...limited('title')} />)}
      {field('description', (aria) => <textarea {...aria} rows={4} required {...limited('description')} />)}
      <PicketPlaceFields field={field} values={values} countries={countries} timeZones={timeZones} embassies={embassies} />
      {field('capacity', (aria) => <input {...aria} type="number" min={1} max={CAPACITY_MAX} defaultValue={text('capacity')} />, t('hints.capacity'))}
      {field('whatToBring', (aria) => <textarea {...aria} rows={2} {...limited('whatToBring')} />)}
      {field('accessibility', (aria) => <textarea {...aria} rows={2} {...limited('accessibility')} />)}
      {select('petitionId', petitions, t('propose.noPetition'))}
      <CaseChoices
        name="caseIds"
        legend={t('fields.caseIds')}
        cases={cases}
        chosen={chosenCases}
        error={errors.caseIds?.length ? t(`errors.${errors.caseIds[0]!}`) : null}
        focus={firstInvalid === 'caseIds'}
      />
      {mode === 'propose' ? (
        <fieldset>
          <legend>{t('propose.contact')}</legend>
          <p className="hint">{t('propose.contactPrivate')}</p>
          {field('organiserName', (aria) => <input {...aria} type="text" required autoComplete="name" {...limited('organiserName')} />)}
          {field('organiserEmail', (aria) => <input {...aria} type="email" required autoComplete="email" {...limited('organiserEmail')} />)}
        </fieldset>
      ) : (
        <div className="field">
          <label htmlFor="note">{t('fields.note')}</label>
          <textarea id="note" name="note" rows={2} maxLength={NOTE_MAX} aria-describedby="note-hint" />
          <p id="note-hint" className="hint">
            {t('hints.note')} {t('limit', { max: NOTE_MAX })}
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
