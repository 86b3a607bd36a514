import { useLocale, useTranslations } from 'next-intl';
import type { Locale, Localized } from '@/lib/i18n/locales';
import { pick } from '@/lib/i18n/localized';

/**
 * Text in the page's language, or in English with a visible note when it has not been translated.
 * Paragraphs are separated by a blank line; the text is never read as HTML.
 */
export function LocalizedText({ value, as = 'p' }: { value: Localized; as?: 'p' | 'span' }) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Profile');
  const { text, locale: textLocale, fallback } = pick(value, locale);
  const lang = fallback ? textLocale : undefined;
  if (as === 'span') {
    return (
      <span lang={lang}>
        {text}
        {fallback ? <span className="fallback-note"> ({t('fallbackToEnglish')})</span> : null}
      </span>
    );
  }
  return (
    <div className="prose">
      {fallback ? <p className="fallback-note">{t('fallbackToEnglish')}</p> : null}
      {text.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i} lang={lang}>
          {paragraph}
        </p>
      ))}
    </div>
  );
}
