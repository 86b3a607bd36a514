import { getTranslations } from 'next-intl/server';
import { changedFields, listChanges } from '@/lib/audit/log';
import { getCaseForEditing } from '@/lib/cases/organise';
import { isUuid } from '@/lib/forms/form-input';
import { UtcTime } from '@/components/utc-time';
import { requireRole } from '@/lib/auth/session';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('audit');

type Props = { searchParams: Promise<{ case?: string; id?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  await requireRole('organiser');
  const t = await getTranslations('Admin.audit');
  const query = await searchParams;
  const caseId = isUuid(query.case) ? query.case : undefined;
  const entityId = typeof query.id === 'string' && query.id.length <= 64 ? query.id : undefined;
  const [changes, editing] = await Promise.all([listChanges({ caseId, entityId }), caseId ? getCaseForEditing(caseId) : null]);
  const title = editing ? t('caseTitle', { name: editing.case.name.en }) : entityId ? t('filtered') : t('title');
  return (
    <>
      <h1>{title}</h1>
      {changes.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('changed')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.id}>
                <td>
                  <UtcTime at={c.at} />
                </td>
                <td>{c.actorEmail}</td>
                <td>
                  {c.entity} {t(`actions.${c.action}`)}
                </td>
                <td>
                  {changedFields(c.before, c.after).join(', ')}
                  <details className="audit-diff">
                    <summary>{t('details')}</summary>
                    <p>{t('before')}</p>
                    <pre>{JSON.stringify(c.before, null, 2)}</pre>
                    <p>{t('after')}</p>
                    <pre>{JSON.stringify(c.after, null, 2)}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
