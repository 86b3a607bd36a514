'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formInput, type FormState } from '@/lib/forms/form-input';
import { fieldErrorText } from '@/lib/forms/field-error-text';
import { requireRole } from '@/lib/auth/session';
import { approveResolution, rejectResolution } from '@/lib/resolutions/organise';

export async function approveResolutionAction(id: string): Promise<void> {
  const actor = await requireRole('organiser');
  const result = await approveResolution(actor, id);
  redirect(`/admin/resolutions?${new URLSearchParams(result.ok ? { done: 'Resolution approved and published.' } : { error: await fieldErrorText(result.error) })}`);
}

export async function rejectResolutionAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await rejectResolution(actor, id, formInput(formData));
  if (result?.ok) revalidatePath('/admin/resolutions');
  return result;
}
