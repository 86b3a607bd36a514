'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { fieldError, formInput, isUuid, type FormState } from '@/lib/forms/form-input';
import { noticeQuery } from '@/lib/forms/notice-in-address';
import { requireRole } from '@/lib/auth/session';
import { getUpdateForEditing } from '@/lib/updates/queries';
import { deleteDraftUpdate, publishUpdate, saveUpdate, sendTestUpdate, unscheduleUpdate } from '@/lib/updates/organise';

// Every action checks the role first, on the server. Ids bound to an action come from the browser.

export async function saveUpdateAction(updateId: string | null, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  if (updateId !== null && !isUuid(updateId)) return { ok: false, errors: { form: fieldError('updateGone') }, values: {} };
  const result = await saveUpdate(actor, updateId, formInput(formData));
  if (result?.ok && updateId === null) redirect(`/admin/updates/${result.id}`);
  if (result?.ok) revalidatePath(`/admin/updates/${updateId}`);
  return result;
}

export async function publishUpdateAction(updateId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  if (!isUuid(updateId)) return { ok: false, errors: { form: fieldError('updateGone') }, values: {} };
  const result = await publishUpdate(actor, updateId, formInput(formData));
  if (result?.ok) redirect(`/admin/updates/${updateId}`);
  return result;
}

export async function unscheduleUpdateAction(updateId: string): Promise<void> {
  const actor = await requireRole('organiser');
  if (!isUuid(updateId)) return;
  await unscheduleUpdate(actor, updateId);
  revalidatePath(`/admin/updates/${updateId}`);
}

export async function sendTestUpdateAction(updateId: string): Promise<void> {
  const actor = await requireRole('organiser');
  const update = await getUpdateForEditing(updateId);
  if (!update) return;
  const count = await sendTestUpdate(actor, update);
  redirect(`/admin/updates/${updateId}?test=${count}`);
}

/** The second step of deleting a draft: the page asked first. A published update is refused. */
export async function deleteDraftUpdateAction(updateId: string): Promise<void> {
  const actor = await requireRole('organiser');
  if (!isUuid(updateId)) return;
  const result = await deleteDraftUpdate(actor, updateId);
  if (result.ok) redirect('/admin/updates?deleted=1');
  redirect(`/admin/updates/${updateId}?${noticeQuery(result)}`);
}
