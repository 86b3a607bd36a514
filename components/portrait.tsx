import { useTranslations } from 'next-intl';
import { initials, portraitBackground } from '@/lib/cases/portrait';

type Props = {
  name: string;
  slug: string;
  photoPath: string | null;
  photoConsent: string;
  photoCredit: string | null;
  size?: number;
};

/**
 * The person's photo where we may publish it; otherwise their initials. A photo without a consent
 * basis is never shown, even if a file exists.
 */
export function Portrait({ name, slug, photoPath, photoConsent, photoCredit, size = 96 }: Props) {
  const t = useTranslations('Profile');
  if (photoPath && photoConsent !== 'none') {
    return (
      <figure className="portrait" style={{ width: size }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- our own file, sized by us */}
        <img src={photoPath} alt={t('portrait', { name })} width={size} height={size} />
        {photoCredit ? <figcaption>{t('photoCredit', { credit: photoCredit })}</figcaption> : null}
      </figure>
    );
  }
  return (
    <svg
      className="portrait"
      role="img"
      aria-label={t('initialsPortrait', { name })}
      width={size}
      height={size}
      viewBox="0 0 100 100"
    >
      <rect width="100" height="100" rx="12" fill={portraitBackground(slug)} />
      <text x="50" y="50" dy="0.35em" textAnchor="middle" fontSize="38" fontFamily="system-ui, sans-serif" fill="#fff">
        {initials(name)}
      </text>
    </svg>
  );
}
