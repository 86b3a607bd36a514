import { useTranslations } from 'next-intl';

/**
 * Share links as plain URLs: nothing is loaded from these services unless the visitor follows one.
 */
export function ShareLinks({ url, title, headingLevel = 2 }: { url: string; title: string; headingLevel?: 2 | 3 }) {
  const t = useTranslations('Petitions');
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const Heading = `h${headingLevel}` as const;
  const services = [
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${text}%20${u}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { name: 'VK', href: `https://vk.com/share.php?url=${u}` },
    { name: t('shareEmail'), href: `mailto:?subject=${text}&body=${u}` },
  ];
  return (
    <section aria-labelledby="share-heading" className="share">
      <Heading id="share-heading">{t('share')}</Heading>
      <p className="hint">{t('shareLead')}</p>
      <div className="field">
        <label htmlFor="share-url">{t('link')}</label>
        <input id="share-url" type="url" readOnly value={url} />
      </div>
      <ul className="share-list">
        {services.map((s) => (
          <li key={s.name}>
            <a href={s.href} rel="noopener noreferrer nofollow" target="_blank">
              {s.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
