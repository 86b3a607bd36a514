import { useTranslations } from 'next-intl';
import type { FormState } from '@/lib/forms/form-input';
import { useFieldErrorText } from './field-error-text';

/** After a submit, the confirmation, or what went wrong: each field shows its own error as well. */
export function FormStatus({ state }: { state: FormState }) {
  const t = useTranslations('Admin');
  const say = useFieldErrorText();
  if (state?.ok) {
    return (
      <p className="form-ok" role="status">
        {state.done ? t(`done.${state.done.key}`, state.done.values) : state.message}
      </p>
    );
  }
  if (state && !state.ok) {
    return (
      <p className="form-error" role="alert">
        {say(state.errors.form) ?? t('form.fixErrors')}
      </p>
    );
  }
  return null;
}
