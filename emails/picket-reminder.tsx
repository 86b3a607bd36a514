import { formatMoment } from './i18n';
import { Action, Details, Layout, Paragraph } from './layout';
import { samplePicket, type PicketProps } from './picket-confirmation';
import { defineTemplate } from './template';

export default defineTemplate<PicketProps>({
  subject: (t, p, locale) => t('picketReminder.subject', { title: p.title, when: formatMoment(p.startsAt, p.timeZone, locale) }),
  preview: samplePicket,
  Component: ({ t, locale, frame, title, startsAt, timeZone, place, picketUrl }) => {
    const when = formatMoment(startsAt, timeZone, locale);
    return (
      <Layout t={t} locale={locale} frame={frame} heading={t('picketReminder.heading')} preview={t('picketReminder.body', { title, when })}>
        <Paragraph>{t('picketReminder.body', { title, when })}</Paragraph>
        <Details
          rows={[
            { label: t('picketConfirmation.when'), value: when },
            { label: t('picketConfirmation.where'), value: place },
          ]}
        />
        <Action t={t} href={picketUrl} label={t('picketReminder.button')} />
      </Layout>
    );
  },
});
