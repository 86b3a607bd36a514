import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { PicketForm } from '@/components/picket-form';
import { PICKET_PLACE_SCRIPT } from '@/components/picket-place-fields';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { picketFormOptions } from '@/lib/pickets/form-options';
import { proposeAction } from './actions';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations('Pickets');
  return { title: t('propose.title'), alternates: alternates(locale, '/pickets/propose') };
}

export default async function ProposePicketPage({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations('Pickets');
  const options = await picketFormOptions(locale, t('propose.otherZones'));
  return (
    <div className="container narrow">
      <h1>{t('propose.title')}</h1>
      <p>{t('propose.intro')}</p>
      <ClientMessages namespaces={['Pickets']}>
        <PicketForm mode="propose" action={proposeAction} permalink={`/${locale}/pickets/propose`} {...options} />
      </ClientMessages>
      {/* The page goes without React (docs/page-weight.md): the embassy fills in the place by this script. */}
      <script type="module" src={PICKET_PLACE_SCRIPT} async />
    </div>
  );
}
