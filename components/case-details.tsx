import { useLocale, useTranslations } from 'next-intl';
import type { CaseProfile } from '@/lib/cases/queries';
import { formatDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/locales';
import { CitationMarks } from './citation-marks';
import { LocalizedText } from './localized-text';
import { StatusLine } from './status-line';

function useTerm() {
  const t = useTranslations('Term');
  return (months: number) => {
    const years = Math.floor(months / 12);
    const rest = months % 12;
    return [years ? t('years', { count: years }) : null, rest ? t('months', { count: rest }) : null]
      .filter(Boolean)
      .join(' ');
  };
}

/** Identity, status history, charges, sentence and places of detention of one profile. */
export function CaseDetails({ profile }: { profile: CaseProfile }) {
  const t = useTranslations('Profile');
  const locale = useLocale() as Locale;
  const term = useTerm();
  const { case: person, cited } = profile;
  const spellings = profile.names.filter((n) => n.kind !== 'primary');

  return (
    <>
      <section aria-labelledby="identity-heading">
        <h2 id="identity-heading" className="visually-hidden">
          {t('profileOf')}
        </h2>
        <dl className="facts">
          {person.birthYear ? (
            <>
              <dt>{t('born')}</dt>
              <dd>{person.birthYear}</dd>
            </>
          ) : null}
          {person.birthName ? (
            <>
              <dt>{t('bornAs')}</dt>
              <dd>{person.birthName}</dd>
            </>
          ) : null}
          {person.occupation ? (
            <>
              <dt>{t('occupation')}</dt>
              <dd>
                <LocalizedText value={person.occupation} as="span" />
              </dd>
            </>
          ) : null}
          {person.affiliation ? (
            <>
              <dt>{t('affiliation')}</dt>
              <dd>
                <LocalizedText value={person.affiliation} as="span" />
              </dd>
            </>
          ) : null}
          {spellings.length > 0 ? (
            <>
              <dt>{t('spellings')}</dt>
              <dd>
                {spellings.map((n, i) => (
                  <span key={n.id} lang={n.language ?? undefined}>
                    {i > 0 ? ', ' : null}
                    {n.name}
                  </span>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('statusHistory')}</h2>
        <ol className="status-history">
          {profile.statusHistory.map((s) => (
            <li key={s.id}>
              <StatusLine status={s} />
              <CitationMarks numbers={cited('status', s.id)} />
              {s.note ? <LocalizedText value={s.note} /> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="charges-heading">
        <h2 id="charges-heading">{t('charges')}</h2>
        {profile.charges.length === 0 ? <p>{t('noCharges')}</p> : null}
        <ul>
          {profile.charges.map((c) => (
            <li key={c.id}>
              <strong>
                <LocalizedText value={c.label} as="span" />
              </strong>
              {c.article ? (
                <>
                  {' — '}
                  {t('chargeArticle', { article: c.article })}
                  {c.part ? `, ${t('chargePart', { part: c.part })}` : null}
                  {', '}
                  <LocalizedText value={c.code} as="span" />
                </>
              ) : null}
              <CitationMarks numbers={cited('charge', c.id)} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sentence-heading">
        <h2 id="sentence-heading">{t('sentence')}</h2>
        {profile.sentences.length === 0 ? <p>{t('noSentence')}</p> : null}
        {profile.sentences.map((s) => (
          <dl key={s.id} className="facts">
            {s.sentencedOn ? (
              <>
                <dt>{t('sentencedOn')}</dt>
                <dd>
                  {formatDate(s.sentencedOn, locale, s.sentencedOnPrecision)}
                  <CitationMarks numbers={cited('sentence', s.id)} />
                </dd>
              </>
            ) : null}
            {s.court ? (
              <>
                <dt>{t('court')}</dt>
                <dd>
                  <LocalizedText value={s.court} as="span" />
                </dd>
              </>
            ) : null}
            {s.termMonths ? (
              <>
                <dt>{t('term')}</dt>
                <dd>{term(s.termMonths)}</dd>
              </>
            ) : null}
            {s.regime ? (
              <>
                <dt>{t('regime')}</dt>
                <dd>
                  <LocalizedText value={s.regime} as="span" />
                </dd>
              </>
            ) : null}
            {s.additionalPenalties.length > 0 ? (
              <>
                <dt>{t('additionalPenalties')}</dt>
                <dd>
                  <ul>
                    {s.additionalPenalties.map((p, i) => (
                      <li key={i}>
                        <LocalizedText value={p} as="span" />
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {s.expectedRelease ? (
              <>
                <dt>{t('expectedRelease')}</dt>
                <dd>{formatDate(s.expectedRelease, locale)}</dd>
              </>
            ) : null}
          </dl>
        ))}
      </section>

      <section aria-labelledby="detention-heading">
        <h2 id="detention-heading">{t('detention')}</h2>
        {profile.detentions.length === 0 ? <p>{t('noDetention')}</p> : null}
        <ol className="detentions">
          {profile.detentions.map((d) => (
            <li key={d.id}>
              <h3>
                <LocalizedText value={d.facility} as="span" />
                {d.city ? (
                  <>
                    {', '}
                    <LocalizedText value={d.city} as="span" />
                  </>
                ) : null}
                <CitationMarks numbers={cited('detention', d.id)} />
              </h3>
              <dl className="facts">
                <dt>{t('period')}</dt>
                <dd>
                  {d.fromDate || d.toDate ? (
                    <>
                      {d.fromDate ? formatDate(d.fromDate, locale) : t('unknownDate')} –{' '}
                      {d.toDate ? formatDate(d.toDate, locale) : t('unknownDate')}
                    </>
                  ) : (
                    t('datesUnknown')
                  )}
                </dd>
                <dt>{t('letterAddress')}</dt>
                <dd>
                  {d.letterAddress ? (
                    <>
                      <address>{d.letterAddress}</address>
                      {d.addressVerifiedOn ? (
                        <span className="hint">{t('lastVerified', { date: formatDate(d.addressVerifiedOn, locale) })}</span>
                      ) : null}
                    </>
                  ) : (
                    t('noAddress')
                  )}
                </dd>
                <dt>{t('lettersReach')}</dt>
                <dd>{t(`lettersReach_${d.lettersReach}`)}</dd>
              </dl>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
