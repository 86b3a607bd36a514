'use server';

import { revalidatePath } from 'next/cache';
import { echoValues, fieldError, formInput, isUuid, type FormState } from '@/lib/forms/form-input';
import { requireRole } from '@/lib/auth/session';
import { createEmbassy, updateEmbassy } from '@/lib/pickets/organise';

// Every action checks the role first, on the server, before reading its input; ids bound to an
// action come back from the browser and may be forged, so the domain functions check them.

export async function saveEmbassyAction(embassyId: string | null, _state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  if (embassyId !== null && !isUuid(embassyId)) return { ok: false, errors: { form: fieldError('embassyGone') }, values: {} };
  const input = formInput(form);
  const outcome = embassyId ? await updateEmbassy(actor, embassyId, input) : await createEmbassy(actor, input);
  if (!outcome.ok) return { ok: false, errors: outcome.errors, values: echoValues(input) };
  revalidatePath('/admin/embassies');
  return { ok: true, message: 'Saved.', done: { key: 'saved' }, id: outcome.id };
}
