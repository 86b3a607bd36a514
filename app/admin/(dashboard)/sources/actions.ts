'use server';

import { revalidatePath } from 'next/cache';
import { saveSource } from '@/lib/cases/organise';
import { formInput, type FormState } from '@/lib/forms/form-input';
import { requireRole } from '@/lib/auth/session';

// Every action checks the role first, on the server, before reading its input; ids bound to an
// action come back from the browser and may be forged, so the domain functions check them.

export async function saveSourceAction(sourceId: string | null, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await saveSource(actor, sourceId, formInput(formData));
  if (result?.ok) revalidatePath('/admin/sources');
  return result;
}
