import { useTranslations } from 'next-intl';

type Props = {
  name: string;
  slug: string;
  photoPath: string | null;
  photoConsent: string;
  photoCredit: string | null;
  size?: number;
};

export function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => [...w][0]!.toUpperCase()).join('');
}

// Dark backgrounds only, so white initials keep a contrast above 4.5:1.
const BACKGROUNDS = ['#1f4e79', '#5b2a86', '#7a3b00', '#1e5631', '#6b1d2a', '#2f4858'];

export function portraitBackground(slug: string): string {
  let h = 0;
  for (const ch of slug) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return BACKGROUNDS[h % BACKGROUNDS.length]!;
}

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
