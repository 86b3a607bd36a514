import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { appUrl } from '@/lib/site-url';
import type { Locale } from '@/lib/i18n/locales';
import { pick, pickText } from '@/lib/i18n/localized';
import { renderMarkdown } from '@/lib/updates/markdown';
import type { PublishedUpdate } from '@/lib/updates/queries';

/** One published update: on /updates, on its own page and on a profile's timeline. */
export async function UpdateEntry({ update, headingLevel = 2, showCase = true, link = true }: { update: PublishedUpdate; headingLevel?: 1 | 2 | 3; showCase?: boolean; link?: boolean }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('Updates');
  const title = pick(update.title, locale);
  const body = update.body[title.locale] ?? update.body.en;
  const Heading = `h${headingLevel}` as const;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(update.publishedAt);
  return (
    <article className="update-entry" lang={title.fallback ? title.locale : undefined}>
      <Heading>{link ? <Link href={`/${locale}/updates/${update.id}`}>{title.text}</Link> : title.text}</Heading>
      <p className="update-meta">
        <time dateTime={update.publishedAt.toISOString()}>{date}</time>
        {showCase && update.case ? (
          <>
            {' · '}
            <Link href={`/${locale}/cases/${update.case.slug}`}>{pickText(update.case.name, locale)}</Link>
          </>
        ) : null}
      </p>
      {title.fallback ? (
        <p className="notice" lang={locale}>
          {t('fallbackNote')}
        </p>
      ) : null}
      {/* Sanitised by construction: lib/updates/markdown.ts drops raw HTML and unsafe links. */}
      <div className="update-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(body, appUrl()) }} />
      {update.petition ? (
        <p lang={locale}>
          <Link className="button" href={`/${locale}/petitions/${update.petition.slug}`}>
            {t('signPetition', { petition: pickText(update.petition.title, locale)! })}
          </Link>
        </p>
      ) : null}
      {update.picket ? (
        <p lang={locale}>
          <Link className="button" href={`/${locale}/pickets/${update.picket.id}`}>
            {t('picketLink', { picket: update.picket.title })}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
