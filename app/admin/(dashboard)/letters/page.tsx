import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { adminTitle } from '@/app/admin/title';
import { RecordForm } from '@/components/admin/record-form';
import { listCasesForEditing } from '@/lib/cases/organise';
import { requireRole } from '@/lib/auth/session';
import { actionFields } from '@/lib/letters/organise-forms';
import { listActionsForOrganisers, listOffices } from '@/lib/letters/organise';
import { createLetterActionAction } from './actions';

export const generateMetadata = adminTitle('letters');

export default async function AdminLettersPage() {
  await requireRole('organiser');
  const [t, locale] = await Promise.all([getTranslations('Admin'), getLocale()]);
  const [list, cases, offices] = await Promise.all([listActionsForOrganisers(), listCasesForEditing(), listOffices()]);
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <h1>{t('letters.title')}</h1>
      <p>
        <Link href="/admin/letters/offices">{t('letters.offices')}</Link>
      </p>
      {list.length === 0 ? (
        <p>{t('letters.empty')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('fields.title')}</th>
              <th scope="col">{t('letters.status')}</th>
              <th scope="col">{t('letters.mode')}</th>
              <th scope="col">{t('letters.queued')}</th>
              <th scope="col">{t('letters.sent')}</th>
              <th scope="col">{t('letters.held')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/admin/letters/${a.id}`}>{a.title.en}</Link>
                </td>
                <td>{t(`letters.states.${a.status}`)}</td>
                <td>{t(`options.${a.mode}`)}</td>
                <td>{number.format(a.queued)}</td>
                <td>{number.format(a.sent)}</td>
                <td>{number.format(a.held)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="new-action">
        <h2 id="new-action">{t('letters.new')}</h2>
        <RecordForm
          legend={t('letters.texts')}
          fields={actionFields(
            cases.map((c) => ({ value: c.id, label: c.name.en })),
            offices.map((o) => ({ value: o.id, label: o.name.en })),
          )}
          action={createLetterActionAction}
          initial={{ mode: 'each', perHour: '30', toEmbassy: 'on' }}
          submitLabel={t('letters.create')}
        />
      </section>
    </>
  );
}
