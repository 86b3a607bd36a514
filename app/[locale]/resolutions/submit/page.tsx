import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { RESOLUTION_UPLOAD_SCRIPT, ResolutionForm } from '@/components/resolution-form';
import { listCases } from '@/lib/cases/queries';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { countryOptions } from '@/lib/countries';
import { submitResolutionAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeParam(params);
  const t = await getTranslations('Resolutions');
  return { title: t('submitTitle') };
}

export default async function SubmitResolutionPage({ params }: Props) {
  const locale = await localeParam(params);
  const [t, people] = await Promise.all([getTranslations('Resolutions'), listCases(locale)]);
  return (
    <div className="container narrow">
      <h1>{t('submitTitle')}</h1>
      <p className="lead">{t('submitIntro')}</p>
      <ClientMessages namespaces={['Resolutions']}>
        <ResolutionForm
          action={submitResolutionAction}
          countries={countryOptions(locale)}
          cases={people.map((p) => ({ id: p.id, name: pickText(p.name, locale)! }))}
          permalink={`/${locale}/resolutions/submit`}
        />
      </ClientMessages>
      {/* The page goes without React (docs/page-weight.md): a PDF over the limit is refused by this script before it is sent. */}
      <script type="module" src={RESOLUTION_UPLOAD_SCRIPT} async />
    </div>
  );
}
