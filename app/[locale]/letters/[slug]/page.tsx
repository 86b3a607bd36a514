import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { LETTER_CHECK_SCRIPT, LetterForm } from '@/components/letter-form';
import { LocalizedText } from '@/components/localized-text';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { letterCounts, publicAction } from '@/lib/letters/queries';
import { countryOptions } from '@/lib/countries';
import { writeLetterAction } from './actions';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { slug } = await params;
  const action = await publicAction(slug);
  if (!action) return {};
  return { title: pickText(action.title, locale) ?? undefined, description: pickText(action.ask, locale) ?? undefined, alternates: alternates(locale, `/letters/${slug}`) };
}

export default async function LetterActionPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const action = await publicAction(slug);
  if (!action) notFound();
  const [t, format, counts] = await Promise.all([getTranslations('Letters'), getFormatter(), letterCounts(action.id)]);
  const open = action.status === 'open';

  return (
    <article className="container petition letter-action">
      <header>
        {action.person ? <p className="petition-for">{t('forPerson', { name: pickText(action.person.name, locale)! })}</p> : null}
        <h1>{pickText(action.title, locale)}</h1>
        <p className="lead" id="letters-total">
          {t('total', { count: counts.total })}
        </p>
      </header>

      <div className="petition-columns">
        <div>
          <LocalizedText value={action.ask} />
          {action.person ? (
            <p>
              <Link href={`/cases/${action.person.slug}`}>{t('aboutPerson', { name: pickText(action.person.name, locale)! })}</Link>
            </p>
          ) : null}
          <section aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t('countsHeading')}</h2>
            {counts.byTarget.length === 0 ? (
              <p>{t('noLettersYet')}</p>
            ) : (
              <table className="country-table">
                <thead>
                  <tr>
                    <th scope="col">{t('target')}</th>
                    <th scope="col">{t('lettersSent')}</th>
                  </tr>
                </thead>
                <tbody>
                  {counts.byTarget.map((c) => (
                    <tr key={c.key}>
                      <th scope="row">{pickText(c.name, locale)}</th>
                      <td>{format.number(c.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="safety-heading">
            <h2 id="safety-heading">{t('safetyHeading')}</h2>
            <p>{t('safety')}</p>
          </section>
        </div>

        <section aria-labelledby="write-heading" className="sign">
          <h2 id="write-heading">{open ? t('heading') : t('closedHeading')}</h2>
          {open ? (
            <ClientMessages namespaces={['Letters']}>
              <LetterForm
                action={writeLetterAction.bind(null, slug)}
                countries={countryOptions(locale)}
                offices={action.offices.map((o) => ({ id: o.id, name: pickText(o.name, locale)! }))}
                toEmbassy={action.toEmbassy}
                allowAnonymous={action.allowAnonymous}
                suggested={pickText(action.letter, locale)!}
                permalink={`/${locale}/letters/${slug}`}
              />
            </ClientMessages>
          ) : (
            <p>{t('closed')}</p>
          )}
          {/* The page goes without React (docs/page-weight.md): the count and the check of the text are this script. */}
          {open ? <script type="module" src={LETTER_CHECK_SCRIPT} async /> : null}
        </section>
      </div>
    </article>
  );
}
