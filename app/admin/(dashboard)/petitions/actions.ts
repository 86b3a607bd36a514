'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { fieldError, formInput, isUuid, type FormState } from '@/lib/forms/form-input';
import { noticeQuery } from '@/lib/forms/notice-in-address';
import { requireRole } from '@/lib/auth/session';
import {
  addPaperCount,
  clearPetitionFlag,
  closePetition,
  createPetition,
  invalidateSignatures,
  markDelivered,
  openPetition,
  updatePetition,
} from '@/lib/petitions/organise';

// Every action checks the role first, on the server, before reading its input. Ids bound to an
// action come back from the browser and may be forged; the domain functions check them.

const petitionRoute = (id: string) => `/admin/petitions/${id}`;

export async function createPetitionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await createPetition(actor, formInput(formData));
  if (result?.ok && result.id) redirect(petitionRoute(result.id));
  return result;
}

export async function updatePetitionAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await updatePetition(actor, id, formInput(formData));
  if (result?.ok) revalidatePath(petitionRoute(id));
  return result;
}

/**
 * Open and close are buttons in plain forms: the outcome comes back in the address, shown by the
 * page. A confirmation travels as a key of Admin.done, which the page says in the organiser's language.
 */
export async function openPetitionAction(id: string): Promise<void> {
  const actor = await requireRole('organiser');
  const result = await openPetition(actor, id);
  if (!isUuid(id)) return;
  redirect(`${petitionRoute(id)}?${noticeQuery(result.ok ? { done: { key: 'petitionOpened' } } : result)}`);
}

export async function closePetitionAction(id: string): Promise<void> {
  const actor = await requireRole('organiser');
  const result = await closePetition(actor, id);
  if (!isUuid(id)) return;
  redirect(`${petitionRoute(id)}?${noticeQuery(result.ok ? { done: { key: 'petitionClosed' } } : result)}`);
}

/** Clearing a flag ends in the petition page's own message: the flag, and this form with it, are gone. */
export async function clearPetitionFlagAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await clearPetitionFlag(actor, id, formInput(formData));
  if (result?.ok) redirect(`${petitionRoute(id)}?${noticeQuery({ done: { key: 'flagCleared' } })}`);
  return result;
}

export async function markDeliveredAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await markDelivered(actor, id, formInput(formData));
  if (result?.ok) revalidatePath(petitionRoute(id));
  return result;
}

export async function addPaperCountAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await addPaperCount(actor, id, formInput(formData));
  if (result?.ok) revalidatePath(petitionRoute(id));
  return result;
}

/** The selection comes from the result table's checkboxes; the search stays in the address. */
export async function invalidateSignaturesAction(id: string, search: string, formData: FormData): Promise<void> {
  const actor = await requireRole('organiser');
  const result = await invalidateSignatures(actor, id, formInput(formData, ['ids']));
  if (!isUuid(id)) return;
  // The search stays; the last notice goes, and this one is added.
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (name === 'done' || name === 'error' || name.startsWith('n.')) params.delete(name);
  if (result) {
    const count = Number(result.ok ? (result.done?.values?.count ?? 0) : 0);
    const notice = result.ok ? { done: { key: 'invalidated' as const, values: { count } } } : { error: Object.values(result.errors)[0] ?? fieldError('chooseSignatures') };
    for (const [name, value] of new URLSearchParams(noticeQuery(notice))) params.set(name, value);
  }
  redirect(`${petitionRoute(id)}/signatures?${params}`);
}
