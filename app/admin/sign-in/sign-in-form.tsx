'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/form-field';
import { useFieldErrorText } from '@/components/admin/field-error-text';
import { requestSignInLink, type SignInState } from './actions';

export function SignInForm() {
  const t = useTranslations('Admin.signIn');
  const [state, action, pending] = useActionState<SignInState, FormData>(requestSignInLink, null);
  const say = useFieldErrorText();
  if (state?.status === 'sent') {
    return (
      <p role="status" className="form-ok">
        {t('sent')}
      </p>
    );
  }
  const error = state?.status === 'invalid' ? say(state.error) : null;
  return (
    <form action={action} className="admin-form" noValidate>
      {state?.status === 'rate-limited' ? (
        <p role="alert" className="form-error">
          {t('rateLimited')}
        </p>
      ) : null}
      <FormField name="email" id="sign-in-email" label={t('email')} error={error}>
        {(aria) => (
          <input type="email" {...aria} autoComplete="email" required defaultValue={state?.status === 'invalid' ? state.email : ''} />
        )}
      </FormField>
      <button type="submit" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}
