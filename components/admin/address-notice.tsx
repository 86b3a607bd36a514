import { getTranslations } from 'next-intl/server';
import { noticeFrom } from '@/lib/forms/notice-in-address';

/** What the last button did (lib/forms/notice-in-address.ts), in the organiser's language. */
export async function AddressNotice({ query }: { query: Record<string, string | string[] | undefined> }) {
  const notice = noticeFrom(query);
  if (!notice) return null;
  const t = await getTranslations('Admin');
  if ('done' in notice) {
    return (
      <p className="form-ok" role="status">
        {t(`done.${notice.done.key}`, notice.done.values)}
      </p>
    );
  }
  return (
    <p className="form-error" role="alert">
      {t(`errors.${notice.error.key}`, notice.error.values)}
    </p>
  );
}
