'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formInput, isUuid, type FormState } from '@/lib/forms/form-input';
import { noticeQuery, type AddressNotice } from '@/lib/forms/notice-in-address';
import { requireRole } from '@/lib/auth/session';
import {
  closeAction,
  createAction,
  markDeliveredByHand,
  openAction,
  resumeTarget,
  saveOffice,
  sendDigestNow,
  updateAction,
} from '@/lib/letters/organise';

// Every action checks the role first, on the server, before reading its input. Ids bound to an
// action come back from the browser and may be forged; the domain functions check them.

const actionRoute = (id: string) => `/admin/letters/${id}`;
const back = (id: string, notice: AddressNotice) => redirect(`${actionRoute(id)}?${noticeQuery(notice)}`);

export async function createLetterActionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await createAction(actor, formInput(formData, ['offices']));
  if (result?.ok && result.id) redirect(actionRoute(result.id));
  return result;
}

export async function updateLetterActionAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await updateAction(actor, id, formInput(formData, ['offices']));
  if (result?.ok) revalidatePath(actionRoute(id));
  return result;
}

export async function openLetterActionAction(id: string): Promise<void> {
  const actor = await requireRole('organiser');
  const result = await openAction(actor, id);
  if (!isUuid(id)) return;
  back(id, result.ok ? { done: { key: 'letterActionOpened' } } : result);
}

export async function closeLetterActionAction(id: string): Promise<void> {
  const actor = await requireRole('organiser');
  const result = await closeAction(actor, id);
  if (!isUuid(id)) return;
  back(id, result.ok ? { done: { key: 'letterActionClosed' } } : result);
}

/** The target comes as its kind and id (bound values are plain URL-safe strings), e.g. `office` and a uuid. */
export async function resumeTargetAction(id: string, kind: string, targetId: string): Promise<void> {
  const actor = await requireRole('organiser');
  const result = await resumeTarget(actor, `${String(kind)}:${String(targetId)}`);
  if (!isUuid(id)) return;
  back(id, result.ok ? { done: { key: 'recipientResumed' } } : result);
}

export async function sendDigestNowAction(id: string): Promise<void> {
  const actor = await requireRole('organiser');
  if (!isUuid(id)) return;
  back(id, await sendDigestNow(actor, id));
}

export async function markLettersDeliveredAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await markDeliveredByHand(actor, id, formInput(formData));
  if (result?.ok) revalidatePath(actionRoute(id));
  return result;
}

export async function saveOfficeAction(officeId: string | null, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await saveOffice(actor, officeId, formInput(formData));
  if (result?.ok) revalidatePath('/admin/letters/offices');
  return result;
}
