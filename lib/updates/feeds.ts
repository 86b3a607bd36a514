import { and, eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { cases } from '@/db/schema';
import { appUrl } from '@/lib/site-url';
import { isLocale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { atomFeed } from './atom';
import { listPublishedUpdates } from './queries';

const ATOM = { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' };

/** The Atom feed of every update (`slug` undefined) or of one case, in one language; null when there is none. */
export async function feedResponse(localeParam: string, slug?: string): Promise<Response> {
  if (!isLocale(localeParam)) return new Response('Unknown language.\n', { status: 404 });
  const locale = localeParam;
  const site = appUrl();
  const t = await getTranslations({ locale, namespace: 'Updates' });
  let person: { id: string; name: NonNullable<Parameters<typeof pickText>[0]> } | undefined;
  if (slug !== undefined) {
    [person] = await db().select({ id: cases.id, name: cases.name }).from(cases).where(and(eq(cases.slug, slug), eq(cases.published, true)));
    if (!person) return new Response('No such case.\n', { status: 404 });
  }
  const updates = await listPublishedUpdates({ caseId: person?.id, limit: 50 });
  const body = atomFeed({
    id: person ? `urn:yntymaq:updates:case:${person.id}:${locale}` : `urn:yntymaq:updates:all:${locale}`,
    title: person ? t('feedTitleCase', { name: pickText(person.name, locale)! }) : t('feedTitle'),
    selfUrl: person ? `${site}/api/feeds/cases/${slug}/${locale}` : `${site}/api/feeds/updates/${locale}`,
    pageUrl: person ? `${site}/${locale}/cases/${slug}` : `${site}/${locale}/updates`,
    siteUrl: site,
    locale,
    author: 'Yntymaq',
    updates,
    labels: { petition: (petition) => t('signPetition', { petition }), picket: (picket) => t('picketLink', { picket }) },
  });
  return new Response(body, { headers: ATOM });
}
