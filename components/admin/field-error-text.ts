import { useTranslations } from 'next-intl';
import type { FieldError } from '@/lib/forms/field-error';

/** Puts the dashboard's field errors in words, in the organiser's language (the form's own texts). */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const t = useTranslations('Admin.errors');
  return (error) => (error ? t(error.key, error.values) : undefined);
}
