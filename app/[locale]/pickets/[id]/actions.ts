'use server';

import type { RsvpFormState } from '@/components/rsvp-form';
import { isUuid } from '@/lib/forms/form-input';
import { formFields, requireForm } from '@/lib/http/form-fields';
import { rsvpToPicket } from '@/lib/pickets/rsvp';

export async function rsvpAction(picketId: string, _previous: RsvpFormState, form: FormData): Promise<RsvpFormState> {
  if (!isUuid(picketId)) return { refused: 'not_found' };
  const outcome = await rsvpToPicket(picketId, formFields(requireForm(form)));
  if (outcome.ok) return { sent: true };
  if (outcome.error === 'invalid') return { errors: outcome.errors, values: outcome.values };
  return { refused: outcome.error };
}
