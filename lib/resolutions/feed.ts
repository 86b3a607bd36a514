import { getTranslations } from 'next-intl/server';
import { appUrl } from '@/lib/site-url';
import { isLocale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { countryName } from '@/lib/countries';
import { atomDocument, xml } from '@/lib/updates/atom';
import { publicResolutions } from './queries';

/** The Atom feed of approved resolutions, in one language. */
export async function resolutionsFeed(localeParam: string): Promise<Response> {
  if (!isLocale(localeParam)) return new Response('Unknown language.\n', { status: 404 });
  const locale = localeParam;
  const site = appUrl();
  const t = await getTranslations({ locale, namespace: 'Resolutions' });
  const list = await publicResolutions({ limit: 50 });
  const page = `${site}/${locale}/resolutions`;
  const body = atomDocument({
    id: `urn:yntymaq:resolutions:${locale}`,
    title: t('title'),
    selfUrl: `${site}/api/feeds/resolutions/${locale}`,
    pageUrl: page,
    siteUrl: site,
    locale,
    author: 'Yntymaq',
    entries: list.map((r) => {
      const names = r.cases.map((c) => pickText(c.name, locale)!).join(', ');
      const lines = [
        `<p>${xml(countryName(r.country, locale))} · ${xml(t('passedOn', { date: r.passedOn }))}${r.members ? ` · ${xml(t('members', { count: r.members }))}` : ''}</p>`,
        names ? `<p>${xml(t('concerns', { names }))}</p>` : '',
        ...(r.body ?? '').split(/\n\s*\n/).filter(Boolean).map((p) => `<p>${xml(p)}</p>`),
        r.hasPdf ? `<p><a href="${xml(`${site}/api/resolutions/${r.id}/pdf`)}">${xml(t('pdf'))}</a></p>` : '',
      ];
      return {
        id: `urn:uuid:${r.id}`,
        lang: locale,
        title: r.organisation,
        updated: r.reviewedAt ?? new Date(`${r.passedOn}T00:00:00Z`),
        published: new Date(`${r.passedOn}T00:00:00Z`),
        url: `${page}#resolution-${r.id}`,
        contentHtml: lines.filter(Boolean).join('\n'),
      };
    }),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
}
