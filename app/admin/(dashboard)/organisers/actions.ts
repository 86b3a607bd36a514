'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { echoValues, fieldErrors, formInput, isUuid, type FormState } from '@/lib/forms/form-input';
import { inviteOrganiser, revokeOrganiser } from '@/lib/auth/organise';
import { inviteSchema } from '@/lib/auth/forms';
import { requireRole } from '@/lib/auth/session';

// Every action checks the role first, on the server, before reading its input; ids bound to an
// action come back from the browser and may be forged, so the domain functions check them.

const adminT = () => getTranslations('Admin');

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
