import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/admin/data-table';
import { RecordForm } from '@/components/admin/record-form';
import type { FieldSpec } from '@/lib/forms/field-spec';
import { listOrganisers } from '@/lib/auth/queries';
import { requireRole } from '@/lib/auth/session';
import { adminEmails } from '@/lib/auth/admins';
import { formatDate } from '@/lib/i18n/dates';
import { appUrl } from '@/lib/site-url';
import { inviteOrganiserAction, revokeOrganiserAction } from './actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('organisers');

const inviteFields: FieldSpec[] = [
  { name: 'email', kind: 'text', required: true },
  { name: 'role', kind: 'select', options: ['organiser', 'admin'], labels: 'Admin.options', required: true },
  // Their dashboard and their mail start in this language, until they choose another.
  { name: 'locale', kind: 'select', options: ['en', 'ru', 'kk'], labels: 'Admin.options', required: true },
];

export default async function OrganisersPage() {
  const actor = await requireRole('admin');
  const [t, locale] = await Promise.all([getTranslations('Admin'), getLocale()]);
  const organisers = await listOrganisers();
  const fromEnv = adminEmails();
  return (
    <>
      <h1>{t('organisers.title')}</h1>
      <p>{t('organisers.intro')}</p>
      <DataTable
        rows={organisers}
        rowKey={(o) => o.id}
        columns={[
          { header: t('organisers.email'), cell: (o) => o.email },
          { header: t('organisers.role'), cell: (o) => (fromEnv.includes(o.email.toLowerCase()) ? t('organisers.fromEnv') : t(`roles.${o.role}`)) },
          {
            header: t('organisers.state'),
            cell: (o) => (o.revokedAt ? t('organisers.revoked', { date: formatDate(o.revokedAt.toISOString().slice(0, 10), locale) }) : t('organisers.active')),
          },
          {
            header: <span className="visually-hidden">{t('organisers.revoke', { email: '' })}</span>,
            cell: (o) =>
              !o.revokedAt && o.id !== actor.organiserId && !fromEnv.includes(o.email.toLowerCase()) ? (
                <form action={revokeOrganiserAction.bind(null, o.id)}>
                  <button type="submit" className="button button-secondary">
                    {t('organisers.revoke', { email: o.email })}
                  </button>
                </form>
              ) : null,
          },
        ]}
      />
      <h2>{t('organisers.invite')}</h2>
      <p>{t('organisers.inviteHint', { url: `${appUrl()}/admin/sign-in` })}</p>
      <RecordForm
        legend={t('organisers.invite')}
        fields={inviteFields}
        action={inviteOrganiserAction}
        initial={{ role: 'organiser', locale }}
        submitLabel={t('organisers.invite')}
      />
    </>
  );
}
