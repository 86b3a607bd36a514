'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import type { RsvpFieldErrors } from '@/lib/pickets/rsvp';

export type RsvpFormState = { errors?: RsvpFieldErrors; values?: { name?: string; email?: string }; sent?: boolean; refused?: 'cancelled' | 'past' | 'not_found' };

type Props = { action: (previous: RsvpFormState, form: FormData) => Promise<RsvpFormState>; permalink: string };

/** Join a picket: a name or nothing, and an address to confirm. Works without JavaScript. */
export function RsvpForm({ action, permalink }: Props) {
  const t = useTranslations('Pickets');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, {}, permalink);
  const errors = state.errors ?? {};
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  if (state.sent) {
    return (
      <p className="notice" role="status">
        {t('rsvp.sent')}
      </p>
    );
  }
  return (
    <form key={JSON.stringify(state)} ref={formRef} action={formAction} className="rsvp-form" noValidate>
      {state.refused ? (
        <p className="form-error" role="alert">
          {t(`rsvp.refused.${state.refused}`)}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <div className="field">
        <label htmlFor="rsvp-name">{t('rsvp.name')}</label>
        <input
          id="rsvp-name"
          name="name"
          type="text"
          autoComplete="name"
          maxLength={200}
          defaultValue={state.values?.name}
          aria-invalid={errors.name?.length ? true : undefined}
          aria-describedby={['rsvp-name-hint', errors.name?.length ? 'rsvp-name-error' : null].filter(Boolean).join(' ')}
        />
        <p id="rsvp-name-hint" className="hint">
          {t('rsvp.nameHint')}
        </p>
        {errors.name?.length ? (
          <p id="rsvp-name-error" className="field-error">
            {t(`errors.${errors.name[0]!}`)}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="rsvp-email">{t('rsvp.email')}</label>
        <input
          id="rsvp-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={state.values?.email}
          aria-invalid={errors.email?.length ? true : undefined}
          aria-describedby={['rsvp-email-hint', errors.email?.length ? 'rsvp-email-error' : null].filter(Boolean).join(' ')}
        />
        <p id="rsvp-email-hint" className="hint">
          {t('rsvp.emailHint')}
        </p>
        {errors.email?.length ? (
          <p id="rsvp-email-error" className="field-error">
            {t(`errors.${errors.email[0]!}`)}
          </p>
        ) : null}
      </div>
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
