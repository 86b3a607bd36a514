import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Portrait } from '@/components/portrait';
import { QrCode } from '@/components/qr-code';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { appUrl } from '@/lib/site-url';
import { placardFor } from '@/lib/pickets/kit';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { slug } = await params;
  const placard = await placardFor(slug);
  const t = await getTranslations('Pickets');
  return placard ? { title: t('kit.placardTitle', { name: pickText(placard.person.name, locale)! }), robots: { index: false } } : {};
}

/** A placard to print (A4 or larger): the person, why they are held, and a QR code to sign. */
export default async function PlacardPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const placard = await placardFor(slug);
  if (!placard) notFound();
  const t = await getTranslations('Pickets');
  const { person, petition } = placard;
  const name = pickText(person.name, locale)!;
  const petitionUrl = petition ? `${appUrl()}/${locale}/petitions/${petition.slug}` : null;
  return (
    <article className="placard">
      <h1>{t('kit.free', { name })}</h1>
      <Portrait name={name} slug={person.slug} photoPath={person.photoPath} photoConsent={person.photoConsent} photoCredit={person.photoCredit} size={320} />
      <p className="placard-why">{pickText(person.summary, locale)}</p>
      {petitionUrl ? (
        <div className="placard-qr">
          <p>{t('kit.scan')}</p>
          <QrCode url={petitionUrl} label={`${t('kit.scan')} ${petitionUrl}`} size={220} />
          <p className="placard-url">{petitionUrl}</p>
        </div>
      ) : null}
    </article>
  );
}
