'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { PicketFormState } from '@/components/picket-form';
import { isUuid } from '@/lib/forms/form-input';
import { requireRole } from '@/lib/auth/session';
import { approvePicket, cancelPicket, rejectPicket, updatePicket } from '@/lib/pickets/organise';
import { picketFormFields } from '@/lib/pickets/forms';

// Every action checks the role first, on the server. Ids bound to an action come back from the
// browser and may be forged: they are checked here and by the domain functions.

const route = (id: string) => `/admin/pickets/${id}`;
type Problem = 'not_found' | 'wrong_status' | 'reason_required';

/** Back to the picket, saying what worked (`done`) or what did not (`problem`). */
function done(id: string, worked: 'approved' | 'rejected' | 'cancelled', outcome: { ok: true } | { ok: false; error: Problem }): never {
  redirect(outcome.ok ? `${route(id)}?done=${worked}` : `${route(id)}?problem=${outcome.error}`);
}

export async function approvePicketAction(id: string): Promise<void> {
  const actor = await requireRole('organiser');
  if (!isUuid(id)) redirect('/admin/pickets');
  done(id, 'approved', await approvePicket(actor, id));
}

export async function rejectPicketAction(id: string, form: FormData): Promise<void> {
  const actor = await requireRole('organiser');
  if (!isUuid(id)) redirect('/admin/pickets');
  done(id, 'rejected', await rejectPicket(actor, id, String(form.get('reason') ?? '')));
}

export async function cancelPicketAction(id: string, form: FormData): Promise<void> {
  const actor = await requireRole('organiser');
  if (!isUuid(id)) redirect('/admin/pickets');
  done(id, 'cancelled', await cancelPicket(actor, id, String(form.get('note') ?? '')));
}

export async function updatePicketAction(id: string, _previous: PicketFormState, form: FormData): Promise<PicketFormState> {
  const actor = await requireRole('organiser');
  const t = await getTranslations('Admin');
  if (!isUuid(id)) return { problem: t('pickets.problems.not_found') };
  const fields = picketFormFields(form);
  const outcome = await updatePicket(actor, id, fields, typeof fields.note === 'string' ? fields.note : undefined);
  if (outcome.ok) {
    revalidatePath(route(id));
    return { done: true, notice: outcome.notified > 0 ? t('pickets.notified', { count: outcome.notified }) : undefined };
  }
  if (outcome.error === 'invalid') return { errors: outcome.errors, values: outcome.values };
  return { problem: t(`pickets.problems.${outcome.error}`) };
}
