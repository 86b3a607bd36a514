import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { RecordForm } from '@/components/admin/record-form';
import { listSources } from '@/lib/cases/organise';
import { emptyValues, sourceForm, valuesFromRow } from '@/lib/cases/organise-forms';
import { requireRole } from '@/lib/auth/session';
import { saveSourceAction } from './actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('sources');

export default async function SourcesPage() {
  await requireRole('organiser');
  const t = await getTranslations('Admin');
  const sources = await listSources();
  return (
    <>
      <h1>{t('sources.title')}</h1>
      <RecordForm
        legend={t('sources.add')}
        fields={sourceForm.fields}
        action={saveSourceAction.bind(null, null)}
        initial={emptyValues(sourceForm.fields)}
        submitLabel={t('records.add')}
      />
      <ol className="record-list">
        {sources.map((s) => (
          <li key={s.id}>
            <RecordForm
              legend={`${s.title} — ${s.publisher}`}
              fields={sourceForm.fields}
              action={saveSourceAction.bind(null, s.id)}
              initial={valuesFromRow(sourceForm.fields, s)}
              submitLabel={t('records.save')}
            />
            <Link href={`/admin/audit?id=${s.id}`}>
              {t('records.history')} ({s.title})
            </Link>
          </li>
        ))}
      </ol>
    </>
  );
}
