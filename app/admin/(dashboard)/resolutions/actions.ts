'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formInput, type FormState } from '@/lib/forms/form-input';
import { noticeQuery } from '@/lib/forms/notice-in-address';
import { requireRole } from '@/lib/auth/session';
import { approveResolution, rejectResolution } from '@/lib/resolutions/organise';

export async function approveResolutionAction(id: string): Promise<void> {
  const actor = await requireRole('organiser');
  const result = await approveResolution(actor, id);
  redirect(`/admin/resolutions?${noticeQuery(result.ok ? { done: { key: 'resolutionApproved' } } : result)}`);
}

export async function rejectResolutionAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await rejectResolution(actor, id, formInput(formData));
  if (result?.ok) revalidatePath('/admin/resolutions');
  return result;
}
