import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ConfirmOutcome } from '@/components/signature-outcome';
import { localeParam } from '@/lib/i18n/locale-param';
import { confirmSignature } from '@/lib/petitions/confirm';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeParam(params);
  const t = await getTranslations('Confirm');
  // The token must not leak to the sites the share links lead to.
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

/**
 * The link in the confirmation mail. Opening it confirms: mail scanners that open it first confirm
 * too, and the signer, following it later, still sees the thanks (confirmSignature is idempotent).
 */
export default async function ConfirmPage({ params }: Props) {
  await localeParam(params);
  const { token } = await params;
  const outcome = await confirmSignature(token);
  return (
    <div className="container narrow">
      <ConfirmOutcome outcome={outcome} />
    </div>
  );
}
