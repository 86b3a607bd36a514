'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/form-field';
import type { RsvpFieldErrors } from '@/lib/pickets/forms';

export type RsvpFormState = { errors?: RsvpFieldErrors; values?: { name?: string; email?: string }; sent?: boolean; refused?: 'cancelled' | 'past' | 'not_found' };

type Props = { action: (previous: RsvpFormState, form: FormData) => Promise<RsvpFormState>; permalink: string };

/** In the order they are shown: the first in error gets the focus. */
const RSVP_FIELD_ORDER = ['name', 'email'] as const;

/**
 * Join a picket: a name or nothing, and an address to confirm. A plain POST that renders the page
 * again with the errors next to their fields, the values kept and the first field in error focused,
 * or the notice that a mail is on its way. The picket's page goes without React
 * (lib/http/script-free-pages.ts); where React runs, the same happens without a reload.
 */
export function RsvpForm({ action, permalink }: Props) {
  const t = useTranslations('Pickets');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, {}, permalink);
  const errors = state.errors ?? {};
  const errorOf = (name: 'name' | 'email') => (errors[name]?.length ? t(`errors.${errors[name]![0]!}`) : null);
  // After a failed submit, keyboard and screen-reader users start at the first field to correct:
  // `autofocus` in the server's HTML, as the page is served without scripts (docs/page-weight.md).
  const firstInvalid = RSVP_FIELD_ORDER.find((name) => errors[name]?.length);
  const focus = (name: (typeof RSVP_FIELD_ORDER)[number]) => (name === firstInvalid ? { autoFocus: true } : {});

  if (state.sent) {
    return (
      <p className="notice" role="status">
        {t('rsvp.sent')}
      </p>
    );
  }
  return (
    <form key={JSON.stringify(state)} action={formAction} className="rsvp-form" noValidate>
      {state.refused ? (
        <p className="form-error" role="alert">
          {t(`rsvp.refused.${state.refused}`)}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <FormField name="name" id="rsvp-name" label={t('rsvp.name')} hint={t('rsvp.nameHint')} error={errorOf('name')}>
        {(aria) => <input {...aria} {...focus('name')} type="text" autoComplete="name" maxLength={200} defaultValue={state.values?.name} />}
      </FormField>
      <FormField name="email" id="rsvp-email" label={t('rsvp.email')} hint={t('rsvp.emailHint')} error={errorOf('email')}>
        {(aria) => <input {...aria} {...focus('email')} type="email" autoComplete="email" required maxLength={254} defaultValue={state.values?.email} />}
      </FormField>
      {/* The honeypot: hidden from people and from assistive technology; bots fill it in. */}
      <div className="hp" aria-hidden="true">
        <label htmlFor="rsvp-website">{t('honeypot')}</label>
        <input id="rsvp-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" aria-disabled={pending || undefined}>
        {t('rsvp.submit')}
      </button>
    </form>
  );
}
