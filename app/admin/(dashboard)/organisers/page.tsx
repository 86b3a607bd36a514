import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RecordForm } from '@/components/admin/record-form';
import type { FieldSpec } from '@/lib/forms/field-spec';
import { listOrganisers } from '@/lib/auth/queries';
import { requireRole } from '@/lib/auth/session';
import { adminEmails } from '@/lib/auth/admins';
import { appUrl } from '@/lib/site-url';
import { inviteOrganiserAction, revokeOrganiserAction } from './actions';

export const metadata: Metadata = { title: 'Organisers' };

const inviteFields: FieldSpec[] = [
  { name: 'email', kind: 'text', required: true },
  { name: 'role', kind: 'select', options: ['organiser', 'admin'], labels: 'Admin.options', required: true },
];

export default async function OrganisersPage() {
  const actor = await requireRole('admin');
  const t = await getTranslations({ locale: 'en', namespace: 'Admin' });
  const organisers = await listOrganisers();
  const fromEnv = adminEmails();
  return (
    <>
      <h1>{t('organisers.title')}</h1>
      <p>{t('organisers.intro')}</p>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t('organisers.email')}</th>
            <th scope="col">{t('organisers.role')}</th>
            <th scope="col">{t('organisers.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('organisers.revoke', { email: '' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {organisers.map((o) => (
            <tr key={o.id}>
              <td>{o.email}</td>
              <td>{fromEnv.includes(o.email.toLowerCase()) ? t('organisers.fromEnv') : t(`roles.${o.role}`)}</td>
              <td>{o.revokedAt ? t('organisers.revoked', { date: o.revokedAt.toISOString().slice(0, 10) }) : t('organisers.active')}</td>
              <td>
                {!o.revokedAt && o.id !== actor.organiserId && !fromEnv.includes(o.email.toLowerCase()) ? (
                  <form action={revokeOrganiserAction.bind(null, o.id)}>
                    <button type="submit" className="button button-secondary">
                      {t('organisers.revoke', { email: o.email })}
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('organisers.invite')}</h2>
      <p>{t('organisers.inviteHint', { url: `${appUrl()}/admin/sign-in` })}</p>
      <RecordForm
        legend={t('organisers.invite')}
        fields={inviteFields}
        action={inviteOrganiserAction}
        initial={{ role: 'organiser' }}
        submitLabel={t('organisers.invite')}
      />
    </>
  );
}
