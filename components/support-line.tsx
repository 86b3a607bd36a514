import { getTranslations } from 'next-intl/server';
import { supportFor } from '@/lib/resolutions/queries';

/** "Supported by 23 organisations representing 410,000 members, in 9 countries", when any resolution is approved. */
export async function SupportLine({ caseId }: { caseId: string | null }) {
  const support = await supportFor(caseId);
  if (support.organisations === 0) return null;
  const t = await getTranslations('Resolutions');
  return <p className="support-line">{t('support', support)}</p>;
}
