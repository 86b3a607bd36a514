'use server';

import type { PicketFormState } from '@/components/picket-form';
import { requireForm } from '@/lib/http/form-fields';
import { picketFormFields } from '@/lib/pickets/forms';
import { proposePicket } from '@/lib/pickets/propose';

/** Anyone may propose: the outcome is a field error, or a mail to confirm the address. */
export async function proposeAction(_previous: PicketFormState, form: FormData): Promise<PicketFormState> {
  const outcome = await proposePicket(picketFormFields(requireForm(form)));
  if (!outcome.ok) return { errors: outcome.errors, values: outcome.values };
  return { done: true };
}
