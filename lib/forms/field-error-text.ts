import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { FieldError } from './field-error';

/**
 * A field error in words, in the language of this request (the organiser's, on the dashboard):
 * for server pages, and for actions that carry a refusal in the address to the page they go back to.
 */
export async function fieldErrorText(error: FieldError): Promise<string> {
  const t = await getTranslations('Admin.errors');
  return t(error.key, error.values);
}

/** The same for a page that shows several: one look-up of the texts. */
export async function fieldErrorTexts(): Promise<(error: FieldError | undefined) => string | undefined> {
  const t = await getTranslations('Admin.errors');
  return (error) => (error ? t(error.key, error.values) : undefined);
}
