'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formInput, isUuid, type FormState } from '@/lib/forms/form-input';
import { fieldErrorText } from '@/lib/forms/field-error-text';
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
  redirect(`${petitionRoute(id)}?${new URLSearchParams(result.ok ? { done: 'petitionOpened' } : { error: await fieldErrorText(result.error) })}`);
}

export async function closePetitionAction(id: string): Promise<void> {
  const actor = await requireRole('organiser');
  const result = await closePetition(actor, id);
  if (!isUuid(id)) return;
  redirect(`${petitionRoute(id)}?${new URLSearchParams(result.ok ? { done: 'petitionClosed' } : { error: await fieldErrorText(result.error) })}`);
}

/** Clearing a flag ends in the petition page's own message: the flag, and this form with it, are gone. */
export async function clearPetitionFlagAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await clearPetitionFlag(actor, id, formInput(formData));
  if (result?.ok) redirect(`${petitionRoute(id)}?${new URLSearchParams({ done: 'flagCleared' })}`);
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
  const params = new URLSearchParams(search);
  params.delete('done');
  params.delete('count');
  params.delete('error');
  if (result?.ok) {
    params.set('done', 'invalidated');
    params.set('count', String(result.done?.values?.count ?? 0));
  }
  else if (result) {
    const first = Object.values(result.errors)[0];
    params.set('error', first ? await fieldErrorText(first) : (await getTranslations('Admin.form'))('nothingChanged'));
  }
  redirect(`${petitionRoute(id)}/signatures?${params}`);
}
