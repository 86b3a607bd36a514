import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { PetitionProgress } from '@/components/petition-progress';
import { pluralTemplates } from '@/lib/i18n/plural-templates';
import type { LiveCount } from '@/lib/petitions/queries';

// A cached petition page shows the count it was rendered with (at most a second old at the
// origin, half a minute more through a CDN). public/petition-live.js then reads
// /api/petitions/:slug/count.json at once and every few seconds and changes these parts in place,
// so the count, the recent signers and the table follow confirmations within 5 seconds, without
// React on the page (docs/page-weight.md). What the server renders is the page without JavaScript.

/** The script that updates the parts below; the page loads it once. */
export const LIVE_COUNT_SCRIPT = '/petition-live.js';

type Props = { slug: string; initial: LiveCount };
type Countries = { countries: { code: string; name: string }[] };

/** The count and the progress bar; carries what the script needs: where to read, the language, the texts. */
export function LiveProgress({ slug, initial }: Props) {
  const t = useTranslations('Petitions');
  const locale = useLocale();
  const texts = {
    locale,
    progress: pluralTemplates(locale, (count) => t('progress', { count, goal: '{goal}' })),
    signerLine: t('signerLine', { name: '{name}', country: '{country}' }),
  };
  return (
    <div data-live-count={`/api/petitions/${encodeURIComponent(slug)}/count.json`} data-live-texts={JSON.stringify(texts)}>
      <PetitionProgress id="petition" count={initial.count} goal={initial.goal} />
    </div>
  );
}

// The list and the table are rendered with their "none yet" line, one of the two hidden, so the
// script only fills in and switches, in the markup the server gave them.

export function LiveSigners({ initial, countries }: Props & Countries) {
  const t = useTranslations('Petitions');
  const name = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const none = initial.signers.length === 0;
  return (
    <div data-live="signers">
      <p hidden={!none}>{t('noSigners')}</p>
      <ul className="signers" hidden={none}>
        {initial.signers.map((s, i) => (
          <li key={i}>{t('signerLine', { name: s.firstName, country: name(s.country) })}</li>
        ))}
      </ul>
    </div>
  );
}

export function LiveCountryTable({ initial, countries }: Props & Countries) {
  const t = useTranslations('Petitions');
  const format = useFormatter();
  const name = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const none = initial.byCountry.length === 0;
  return (
    <div data-live="countries">
      <p hidden={!none}>{t('noCountries')}</p>
      <table className="country-table" hidden={none}>
        <caption className="visually-hidden">{t('byCountryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country')}</th>
            <th scope="col">{t('signatures')}</th>
          </tr>
        </thead>
        <tbody>
          {initial.byCountry.map((c) => (
            <tr key={c.country} data-country={c.country}>
              <th scope="row">{name(c.country)}</th>
              <td>{format.number(c.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
