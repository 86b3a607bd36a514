import { getTranslations } from 'next-intl/server';
import { fieldErrorTexts } from '@/lib/forms/field-error-text';
import { AuditChanges, AuditSentence } from '@/components/admin/audit-entry';
import { DataTable } from '@/components/admin/data-table';
import { FormField } from '@/components/form-field';
import { UtcTime } from '@/components/utc-time';
import { getCaseForEditing } from '@/lib/cases/organise';
import { isUuid } from '@/lib/forms/form-input';
import { auditEntities } from '@/lib/audit/format';
import { auditFilterFromQuery } from '@/lib/audit/forms';
import { auditActors, listAuditLines } from '@/lib/audit/queries';
import { requireRole } from '@/lib/auth/session';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('audit');

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireRole('organiser');
  const t = await getTranslations('Admin.audit');
  const query = await searchParams;
  const caseId = isUuid(query.case) ? query.case : undefined;
  const entityId = typeof query.id === 'string' && query.id.length <= 64 ? query.id : undefined;
  const { typed, errors, filter } = auditFilterFromQuery(query);
  const say = await fieldErrorTexts();
  const [lines, actors, editing] = await Promise.all([
    filter ? listAuditLines({ ...filter, caseId, entityId }) : [],
    auditActors(),
    caseId ? getCaseForEditing(caseId) : null,
  ]);
  const title = editing ? t('caseTitle', { name: editing.case.name.en }) : entityId ? t('filtered') : t('title');

  return (
    <>
      <h1>{title}</h1>
      <form method="get" className="admin-form admin-filters" role="search" aria-label={t('filterLegend')}>
        {/* The case or record the log was opened for stays chosen while filtering. */}
        {caseId ? <input type="hidden" name="case" value={caseId} /> : null}
        {entityId ? <input type="hidden" name="id" value={entityId} /> : null}
        <fieldset>
          <legend>{t('filterLegend')}</legend>
          <FormField name="who" id="audit-who" label={t('person')} error={say(errors.who)}>
            {(aria) => (
              <select {...aria} defaultValue={typed.who}>
                <option value="">{t('everyone')}</option>
                {actors.map((a) => (
                  <option key={a.email} value={a.email}>
                    {a.name ? `${a.name} (${a.email})` : a.email}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField name="kind" id="audit-kind" label={t('kind')} error={say(errors.kind)}>
            {(aria) => (
              <select {...aria} defaultValue={typed.kind}>
                <option value="">{t('anyKind')}</option>
                {auditEntities.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField name="from" id="audit-from" label={t('from')} error={say(errors.from)}>
            {(aria) => <input type="date" {...aria} defaultValue={typed.from} />}
          </FormField>
          <FormField name="to" id="audit-to" label={t('to')} error={say(errors.to)}>
            {(aria) => <input type="date" {...aria} defaultValue={typed.to} />}
          </FormField>
          <button type="submit">{t('filter')}</button>
        </fieldset>
      </form>
      <DataTable
        rows={lines}
        rowKey={(l) => l.id}
        empty={t('empty')}
        columns={[
          { header: t('when'), cell: (l) => <UtcTime at={l.at} /> },
          { header: t('whatHappened'), cell: (l) => <AuditSentence line={l} /> },
          { header: t('changes'), cell: (l) => <AuditChanges line={l} /> },
        ]}
      />
    </>
  );
}
