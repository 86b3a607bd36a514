'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requireForm } from '@/lib/http/form-fields';
import { isLocale } from '@/lib/i18n/locales';
import { echoFileName, resolutionFields, type ResolutionFormState } from '@/lib/resolutions/forms';
import { submitResolution } from '@/lib/resolutions/submit';
import { requestIp } from '@/lib/security/client-ip';

export async function submitResolutionAction(_previous: ResolutionFormState, form: FormData): Promise<ResolutionFormState> {
  const { fields, file } = resolutionFields(requireForm(form));
  const locale = isLocale(fields.locale) ? fields.locale : 'en';
  const outcome = await submitResolution(fields, file, { ip: requestIp(await headers()) });
  if (outcome.ok) redirect(`/${locale}/resolutions/submitted`);
  return { errors: outcome.errors, values: { ...outcome.values, ...echoFileName(file) } };
}
