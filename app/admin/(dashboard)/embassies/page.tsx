import { getTranslations } from 'next-intl/server';
import { RecordForm } from '@/components/admin/record-form';
import { requireRole } from '@/lib/auth/session';
import { embassyForm } from '@/lib/pickets/organise-forms';
import { listEmbassies } from '@/lib/pickets/queries';
import { saveEmbassyAction } from './actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('embassies');

export default async function AdminEmbassiesPage() {
  await requireRole('organiser');
  const t = await getTranslations('Admin');
  const list = await listEmbassies();
  const blank = Object.fromEntries(embassyForm.map((f) => [f.name, f.name === 'kind' ? 'embassy' : '']));
  return (
    <>
      <h1>{t('embassies.title')}</h1>
      <p>{t('embassies.intro')}</p>
      {list.map((e) => (
        <section key={e.id} aria-label={`${e.name}, ${e.city}`}>
          <RecordForm
            legend={`${e.name}, ${e.city}`}
            fields={embassyForm}
            action={saveEmbassyAction.bind(null, e.id)}
            initial={{ kind: e.kind, name: e.name, address: e.address, city: e.city, country: e.country, lat: String(e.lat), lon: String(e.lon), sourceUrl: e.sourceUrl, checkedOn: e.checkedOn, email: e.email ?? '', emailSourceUrl: e.emailSourceUrl ?? '' }}
            submitLabel={t('embassies.save')}
          />
          <p>
            <a href={e.sourceUrl} rel="noreferrer">
              {t('embassies.source')}
            </a>
          </p>
        </section>
      ))}
      <section aria-labelledby="new-embassy">
        <h2 id="new-embassy">{t('embassies.new')}</h2>
        <RecordForm legend={t('embassies.new')} fields={embassyForm} action={saveEmbassyAction.bind(null, null)} initial={blank} submitLabel={t('embassies.create')} />
      </section>
    </>
  );
}
