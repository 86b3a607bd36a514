import { Action, Layout, Paragraph } from './layout';
import { samplePicket, type PicketProps } from './picket-confirmation';
import { PicketDetails, whenOf } from './picket-details';
import { defineTemplate } from './template';

export default defineTemplate<PicketProps>({
  subject: (t, p, locale) => t('picketReminder.subject', { title: p.title, when: whenOf(p, locale) }),
  preview: samplePicket,
  Component: ({ t, locale, frame, title, startsAt, endsAt, timeZone, place, picketUrl }) => {
    const when = whenOf({ startsAt, endsAt, timeZone, place }, locale);
    return (
      <Layout t={t} locale={locale} frame={frame} heading={t('picketReminder.heading')} preview={t('picketReminder.body', { title, when })}>
        <Paragraph>{t('picketReminder.body', { title, when })}</Paragraph>
        <PicketDetails t={t} locale={locale} startsAt={startsAt} endsAt={endsAt} timeZone={timeZone} place={place} />
        <Action t={t} href={picketUrl} label={t('picketReminder.button')} />
      </Layout>
    );
  },
});
