import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { adminTitle } from '@/app/admin/title';
import { RecordForm } from '@/components/admin/record-form';
import { requireRole } from '@/lib/auth/session';
import { officeFields } from '@/lib/letters/organise-forms';
import { listOffices } from '@/lib/letters/organise';
import { saveOfficeAction } from '../actions';

export const generateMetadata = adminTitle('offices');

export default async function AdminOfficesPage() {
  await requireRole('organiser');
  const t = await getTranslations('Admin');
  const offices = await listOffices();
  return (
    <>
      <p>
        <Link href="/admin/letters">{t('letters.title')}</Link>
      </p>
      <h1>{t('letters.offices')}</h1>
      <p>{t('letters.officesIntro')}</p>
      {offices.map((o) => {
        const initial: Record<string, string> = { slug: o.slug, email: o.email ?? '', sourceUrl: o.sourceUrl, checkedOn: o.checkedOn ?? '', note: o.note ?? '' };
        for (const [locale, text] of Object.entries(o.name)) if (text) initial[`name.${locale}`] = text;
        return (
          <section key={o.id} aria-label={o.name.en}>
            {!o.checkedOn || !o.email ? <p className="field-error">{t('letters.officeUnchecked')}</p> : null}
            <RecordForm legend={o.name.en} fields={officeFields} action={saveOfficeAction.bind(null, o.id)} initial={initial} submitLabel={t('letters.officeSave')} />
            <p>
              <a href={o.sourceUrl} rel="noreferrer">
                {o.sourceUrl}
              </a>
            </p>
          </section>
        );
      })}
      <section aria-labelledby="new-office">
        <h2 id="new-office">{t('letters.officeNew')}</h2>
        <RecordForm legend={t('letters.officeNew')} fields={officeFields} action={saveOfficeAction.bind(null, null)} initial={{}} submitLabel={t('letters.officeCreate')} />
      </section>
    </>
  );
}
