import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PhotoForm } from '@/components/admin/photo-form';
import { RecordForm } from '@/components/admin/record-form';
import { getCaseForEditing, sourceOptions as listSourceOptions } from '@/lib/cases/organise';
import { emptyValues, identityForm, recordForms, recordKinds, recordSummary, valuesFromRow, type Say } from '@/lib/cases/organise-forms';
import { requireRole } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/locales';
import { deleteRecordAction, saveRecordAction, updateCaseAction, uploadPhotoAction } from '../actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('editCase');

type Props = { params: Promise<{ id: string }> };

export default async function EditCasePage({ params }: Props) {
  await requireRole('organiser');
  const { id } = await params;
  const [editing, sourceOptions] = await Promise.all([getCaseForEditing(id), listSourceOptions()]);
  if (!editing) notFound();
  const [t, locale] = await Promise.all([getTranslations('Admin'), getLocale()]);
  const say = (await getTranslations()) as unknown as Say;
  const person = editing.case;

  return (
    <>
      <h1>{person.name.en}</h1>
      <p className="record-actions">
        {person.published ? <Link href={`/${locale}/cases/${person.slug}`}>{t('cases.view')}</Link> : <span>{t('cases.draft')}</span>}
        <Link href={`/admin/audit?case=${person.id}`}>{t('cases.history')}</Link>
      </p>

      <section aria-labelledby="identity">
        <h2 id="identity">{t('cases.identity')}</h2>
        <RecordForm
          legend={t('cases.identity')}
          fields={identityForm.fields}
          action={updateCaseAction.bind(null, person.id)}
          initial={valuesFromRow(identityForm.fields, person, editing.citedBy('case', person.id))}
          submitLabel={t('records.save')}
          sourceOptions={sourceOptions}
        />
      </section>

      <section aria-labelledby="photo">
        <h2 id="photo">{t('cases.photo')}</h2>
        {person.photoPath ? (
          <p>
            {/* eslint-disable-next-line @next/next/no-img-element -- our own upload, shown small */}
            <img src={person.photoPath} alt={t('cases.photoCurrent')} width={120} height={120} />
          </p>
        ) : (
          <p>{t('cases.photoNone')}</p>
        )}
        <PhotoForm action={uploadPhotoAction.bind(null, person.id)} />
      </section>

      {recordKinds.map((kind) => {
        const form = recordForms[kind];
        const rows = editing.records[kind] as unknown as ({ id: string } & Record<string, unknown>)[];
        return (
          <section key={kind} aria-labelledby={`records-${kind}`}>
            <h2 id={`records-${kind}`}>{t(`records.${kind}`)}</h2>
            {rows.length === 0 ? <p>{t('records.none')}</p> : null}
            <ol className="record-list">
              {rows.map((row) => {
                const entry = recordSummary(kind, row, say, isLocale(locale) ? locale : 'en');
                return (
                  <li key={row.id}>
                    <details>
                      <summary>{entry}</summary>
                      <RecordForm
                        legend={t('records.editEntry', { entry })}
                        fields={form.fields}
                        action={saveRecordAction.bind(null, kind, person.id, row.id)}
                        initial={valuesFromRow(form.fields, row, editing.citedBy(kind, row.id))}
                        submitLabel={t('records.save')}
                        sourceOptions={sourceOptions}
                      />
                      <div className="record-actions">
                        <form action={deleteRecordAction.bind(null, kind, person.id, row.id)}>
                          <button type="submit" className="button button-secondary">
                            {t('records.deleteEntry', { entry })}
                          </button>
                        </form>
                        <Link href={`/admin/audit?id=${row.id}`}>{t('records.historyOf', { entry })}</Link>
                      </div>
                    </details>
                  </li>
                );
              })}
            </ol>
            <RecordForm
              legend={t('records.newRecord')}
              fields={form.fields}
              action={saveRecordAction.bind(null, kind, person.id, null)}
              initial={emptyValues(form.fields)}
              submitLabel={t('records.add')}
              sourceOptions={sourceOptions}
            />
          </section>
        );
      })}
    </>
  );
}
