'use server';

import { revalidatePath } from 'next/cache';
import { formInput, type FormState } from '@/lib/forms/form-input';
import { requireRole } from '@/lib/auth/session';
import { addBlock, removeBlock } from '@/lib/petitions/blocks';

// Every action checks the role first, on the server, before reading its input; ids bound to an
// action come back from the browser and may be forged, so the domain functions check them.

export async function addBlockAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('organiser');
  const result = await addBlock(actor, formInput(formData));
  if (result?.ok) revalidatePath('/admin/petitions/blocks');
  return result;
}

export async function removeBlockAction(id: string): Promise<void> {
  const actor = await requireRole('organiser');
  await removeBlock(actor, id);
  revalidatePath('/admin/petitions/blocks');
}
