'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createCase, deleteCaseRecord, saveCaseRecord, updateCase } from '@/lib/cases/organise';
import { recordKind, type RecordKind } from '@/lib/cases/organise-forms';
import { echoValues, fieldError, formInput, type FormState } from '@/lib/forms/form-input';
import { saveCasePhoto } from '@/lib/cases/photos';
import { requireRole } from '@/lib/auth/session';

// Every action checks the role first, on the server, before reading its input. Ids bound to an
// action come back from the browser and may be forged; the domain functions check them.

const caseRoute = (caseId: string) => `/admin/cases/${caseId}`;

export async function createCaseAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await createCase(actor, formInput(formData, ['sources']));
  if (result?.ok && result.id) redirect(caseRoute(result.id));
  return result;
}

export async function updateCaseAction(caseId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await updateCase(actor, caseId, formInput(formData, ['sources']));
  if (result?.ok) revalidatePath(caseRoute(caseId));
  return result;
}

export async function saveRecordAction(
  kind: RecordKind,
  caseId: string,
  recordId: string | null,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('organiser');
  const input = formInput(formData, ['sources']);
  const parsedKind = recordKind.safeParse(kind);
  if (!parsedKind.success) return { ok: false, errors: { form: fieldError('unknownRecord') }, values: echoValues(input) };
  const result = await saveCaseRecord(actor, parsedKind.data, caseId, recordId, input);
  if (result?.ok) revalidatePath(caseRoute(caseId));
  return result;
}

export async function deleteRecordAction(kind: RecordKind, caseId: string, recordId: string): Promise<void> {
  const actor = await requireRole('organiser');
  const parsedKind = recordKind.safeParse(kind);
  if (!parsedKind.success) return;
  await deleteCaseRecord(actor, parsedKind.data, caseId, recordId);
  revalidatePath(caseRoute(caseId));
}

export async function uploadPhotoAction(caseId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await saveCasePhoto(actor, caseId, formData.get('photo'));
  if (result?.ok) revalidatePath(caseRoute(caseId));
  return result;
}
