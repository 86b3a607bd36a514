import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { ClientMessages } from '@/components/client-messages';
import { PicketWhenWhere } from '@/components/picket-when-where';
import { RsvpForm } from '@/components/rsvp-form';
import { isUuid } from '@/lib/forms/form-input';
import { showsOnPage } from '@/lib/cache/tags';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { getPublicPicket } from '@/lib/pickets/queries';
import { attendance } from '@/lib/pickets/rsvp';
import { publicStatus, rsvpRefusal } from '@/lib/pickets/status';
import { rsvpAction } from './actions';

// Served from the page cache: rendered once per language, then again only when what it shows
// changes (lib/cache/tags.ts) or, for what changes by itself, after this many seconds.
export const revalidate = 60;
// No page is rendered during the build (it has no database): each is rendered on its first visit.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

const picketFor = cache(async (id: string) => (isUuid(id) ? getPublicPicket(id) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { id } = await params;
  const page = await picketFor(id);
  if (!page) return {};
  return { title: page.picket.title, alternates: alternates(locale, `/pickets/${id}`) };
}

export default async function PicketPage({ params }: Props) {
  const locale = await localeParam(params);
  // Before the lookup: a 404 is cached too, and must go once the record appears.
  await showsOnPage('pickets', 'cases', 'petitions');
  const { id } = await params;
  const page = await picketFor(id);
  if (!page) notFound();
  const { picket, cases, petition } = page;
  const [t, counts] = await Promise.all([getTranslations('Pickets'), attendance(picket.id)]);
  const status = publicStatus(picket);
  const refusal = rsvpRefusal(picket);

  return (
    <article className="container picket">
      <h1>{picket.title}</h1>
      {status !== 'approved' ? <p className="notice">{t(`statusLong.${status}`)}</p> : null}
      <dl className="details">
        <PicketWhenWhere picket={picket} />
        <dt>{t('attending')}</dt>
        <dd>
          {t('attendingCount', { count: counts.attending })}
          {picket.capacity !== null ? ` · ${t('capacity', { count: picket.capacity })}` : null}
          {counts.waiting > 0 ? ` · ${t('waitingCount', { count: counts.waiting })}` : null}
        </dd>
      </dl>
      {picket.description.split(/\n{2,}/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {picket.whatToBring ? (
        <>
          <h2>{t('fields.whatToBring')}</h2>
          <p className="pre-line">{picket.whatToBring}</p>
        </>
      ) : null}
      {picket.accessibility ? (
        <>
          <h2>{t('fields.accessibility')}</h2>
          <p className="pre-line">{picket.accessibility}</p>
        </>
      ) : null}
      {cases.length > 0 || petition ? (
        <>
          <h2>{t('forWhom')}</h2>
          <ul>
            {cases.map((c) => (
              <li key={c.id}>
                <Link href={`/cases/${c.slug}`}>{pickText(c.name, locale)}</Link> · <Link href={`/pickets/kit/${c.slug}`}>{t('kit.placard')}</Link>
              </li>
            ))}
            {petition ? (
              <li>
                <Link href={`/petitions/${petition.slug}`}>{pickText(petition.title, locale)}</Link> ·{' '}
                <Link href={`/petitions/${petition.slug}/sheet`}>{t('kit.sheet')}</Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      <p>
        <a href={`/api/pickets/${picket.id}/calendar`} download={`picket-${picket.id}.ics`}>
          {t('downloadIcs')}
        </a>
      </p>
      <section aria-labelledby="rsvp-heading">
        <h2 id="rsvp-heading">{t('rsvp.heading')}</h2>
        {refusal ? (
          <p className="notice">{t(`rsvp.refused.${refusal}`)}</p>
        ) : (
          <ClientMessages namespaces={['Pickets']}>
            <RsvpForm action={rsvpAction.bind(null, picket.id)} permalink={`/${locale}/pickets/${picket.id}`} />
          </ClientMessages>
        )}
      </section>
      <p>
        <Link href="/pickets">{t('backToList')}</Link>
      </p>
    </article>
  );
}
