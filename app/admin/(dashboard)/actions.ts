'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { createCase, deleteCaseRecord, saveCaseRecord, saveSource, updateCase } from '@/lib/admin/case-editor';
import { recordKind, type RecordKind } from '@/lib/admin/case-forms';
import { echoValues, fieldErrors, formInput, isUuid, type FormState } from '@/lib/admin/form-input';
import { retryMessage } from '@/lib/admin/outbox';
import { saveCasePhoto } from '@/lib/admin/photos';
import { inviteOrganiser, inviteSchema, revokeOrganiser } from '@/lib/auth/organisers';
import { requireRole } from '@/lib/auth/session';

// Every action checks the role first, on the server, before reading its input. Ids bound to an
// action come back from the browser and may be forged; the domain functions check them.

const caseRoute = (caseId: string) => `/admin/cases/${caseId}`;
const adminT = () => getTranslations('Admin');

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
  if (!parsedKind.success) return { ok: false, errors: { form: (await adminT())('form.unknownRecord') }, values: echoValues(input) };
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

export async function saveSourceAction(sourceId: string | null, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await saveSource(actor, sourceId, formInput(formData));
  if (result?.ok) revalidatePath('/admin/sources');
  return result;
}

export async function inviteOrganiserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('admin');
  const input = formInput(formData);
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values: echoValues(input) };
  const result = await inviteOrganiser(actor, parsed.data);
  if (!result.ok) return { ok: false, errors: { email: result.error }, values: echoValues(input) };
  revalidatePath('/admin/organisers');
  return { ok: true, message: (await adminT())('organisers.invited', { email: parsed.data.email }) };
}

export async function revokeOrganiserAction(organiserId: string): Promise<void> {
  const actor = await requireRole('admin');
  if (!isUuid(organiserId)) return;
  await revokeOrganiser(actor, organiserId);
  revalidatePath('/admin/organisers');
}

export async function retryMessageAction(messageId: string): Promise<void> {
  const actor = await requireRole('admin');
  await retryMessage(actor, messageId);
  revalidatePath('/admin/outbox');
}
