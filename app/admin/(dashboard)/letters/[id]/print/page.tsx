import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { adminTitle } from '@/app/admin/title';
import { requireRole } from '@/lib/auth/session';
import { actionForOrganisers, deliveryRecord } from '@/lib/letters/organise';

export const generateMetadata = adminTitle('printLetters');

/** The letters as their recipients see them, one after another, to print and hand in. */
export default async function PrintLettersPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('organiser');
  const action = await actionForOrganisers((await params).id);
  if (!action) notFound();
  const t = await getTranslations('Admin');
  const rows = await deliveryRecord(action.id);
  return (
    <article className="print-letters">
      <h1>{t('letters.printTitle', { title: action.title.en })}</h1>
      {rows.length === 0 ? <p>{t('letters.printEmpty')}</p> : null}
      {rows.map((r, i) => (
        <section key={i} className="print-letter" aria-label={`${r.target} ${i + 1}`}>
          <p>
            <strong>{t('letters.printTo', { target: r.target })}</strong>
          </p>
          {r.body.split(/\n\s*\n/).map((p, j) => (
            <p key={j} style={{ whiteSpace: 'pre-line' }}>
              {p}
            </p>
          ))}
          <p>{[r.signature, r.city, r.country].filter(Boolean).join(', ')}</p>
        </section>
      ))}
    </article>
  );
}
