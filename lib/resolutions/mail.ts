import type { Locale } from '@/lib/i18n/locales';
import { enqueueMail } from '@/lib/mail/enqueue';
import type { Tx } from '@/db/tx';
import { appUrl } from '@/lib/site-url';

/** Tells the contact of a resolution what an organiser decided, in the transaction of the decision. */
export async function sendResolutionReviewedMail(
  tx: Tx,
  input: { resolutionId: string; to: string; locale: Locale; organisation: string; approved: boolean; reason: string | null },
): Promise<void> {
  await enqueueMail(tx, {
    template: 'resolution-reviewed',
    to: input.to,
    locale: input.locale,
    props: { organisation: input.organisation, approved: input.approved, reason: input.reason, resolutionsUrl: `${appUrl()}/${input.locale}/resolutions` },
    idempotencyKey: `resolution-reviewed:${input.resolutionId}`,
  });
}
