'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { requestSignInLink, type SignInState } from './actions';

export function SignInForm() {
  const t = useTranslations('Admin.signIn');
  const [state, action, pending] = useActionState<SignInState, FormData>(requestSignInLink, null);
  if (state?.status === 'sent') {
    return (
      <p role="status" className="form-ok">
        {t('sent')}
      </p>
    );
  }
  const error = state?.status === 'invalid' ? state.error : null;
  return (
    <form action={action} className="admin-form" noValidate>
      {state?.status === 'rate-limited' ? (
        <p role="alert" className="form-error">
          {t('rateLimited')}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="sign-in-email">{t('email')}</label>
        <input
          type="email"
          id="sign-in-email"
          name="email"
          autoComplete="email"
          required
          defaultValue={state?.status === 'invalid' ? state.email : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sign-in-email-error' : undefined}
        />
        {error ? (
          <p className="field-error" id="sign-in-email-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}
