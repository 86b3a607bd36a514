import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { picketStatus, type PicketStatus } from '@/db/schema';
import { requireRole } from '@/lib/auth/session';
import { listPicketsForOrganisers } from '@/lib/pickets/queries';
import { picketWhen } from '@/lib/pickets/time';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('pickets');

type Props = { searchParams: Promise<{ status?: string }> };

export default async function AdminPicketsPage({ searchParams }: Props) {
  await requireRole('organiser');
  const [t, locale] = await Promise.all([getTranslations('Admin'), getLocale()]);
  const { status: raw } = await searchParams;
  const status = (picketStatus.enumValues as readonly string[]).includes(raw ?? '') ? (raw as PicketStatus) : undefined;
  const list = await listPicketsForOrganisers(status);
  return (
    <>
      <h1>{t('pickets.title')}</h1>
      <p>{t('pickets.intro')}</p>
      <nav aria-label={t('pickets.filter')}>
        <ul className="admin-filter">
          <li>
            <Link href="/admin/pickets" aria-current={status ? undefined : 'page'}>
              {t('pickets.all')}
            </Link>
          </li>
          {picketStatus.enumValues.map((s) => (
            <li key={s}>
              <Link href={`/admin/pickets?status=${s}`} aria-current={status === s ? 'page' : undefined}>
                {t(`pickets.statuses.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.length === 0 ? (
        <p>{t('pickets.empty')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('fields.title')}</th>
              <th scope="col">{t('fields.city')}</th>
              <th scope="col">{t('pickets.when')}</th>
              <th scope="col">{t('fields.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={`/admin/pickets/${p.id}`}>{p.title}</Link>
                </td>
                <td>
                  {p.city} ({p.country})
                </td>
                <td>{picketWhen(p.startsAt, p.endsAt, p.timeZone, locale)}</td>
                <td>{t(`pickets.statuses.${p.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
