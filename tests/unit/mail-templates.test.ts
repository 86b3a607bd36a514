import { describe, expect, it } from 'vitest';
import { templateNames } from '@/emails/index';
import { locales } from '@/lib/i18n/locales';
import { previewProps, renderMail } from '@/lib/mail/render';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

const transactional = { stream: 'transactional', site: 'localhost:3000' } as const;
const bulk = { stream: 'bulk', site: 'localhost:3000', listLabel: 'Roza Tuletaeva', unsubscribeUrl: 'http://localhost:3000/api/unsubscribe?token=abc.def' } as const;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('mail templates', () => {
  it('have every Email text in English, Russian and Kazakh', () => {
    const english = keysOf(en.Email).sort();
    expect(keysOf(ru.Email).sort()).toEqual(english);
    expect(keysOf(kk.Email).sort()).toEqual(english);
  });

  for (const name of templateNames) {
    for (const locale of locales) {
      it(`renders ${name} in ${locale} as HTML and plain text`, async () => {
        const mail = await renderMail(name, previewProps(name), locale, name === 'case-update' ? bulk : transactional);
        expect(mail.subject.length).toBeGreaterThan(3);
        expect(mail.html).toMatch(new RegExp(`<html[^>]*lang="${locale}"`));
        expect(mail.text.length).toBeGreaterThan(40);
        expect(mail.text).not.toMatch(/<[a-z]/i);
        // No message key left untranslated (next-intl shows the key path when a text is missing).
        expect(mail.html).not.toMatch(/Email\.|confirmSignature\.|layout\./);
        // Every link of the sample is written out in the plain-text part too.
        for (const href of [...mail.html.matchAll(/href="(http[^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'))) {
          expect(mail.text).toContain(href);
        }
      });
    }
  }

  it('writes Russian and Kazakh in their own words, not English', async () => {
    const ru = await renderMail('confirm-signature', previewProps('confirm-signature'), 'ru', transactional);
    const kk = await renderMail('confirm-signature', previewProps('confirm-signature'), 'kk', transactional);
    expect(ru.subject).toMatch(/^Подтвердите подпись/);
    expect(kk.subject).toMatch(/^Қолыңызды растаңыз/);
    expect(ru.text).toContain('Подтвердить подпись');
  });

  it('puts the unsubscribe link in the footer of bulk mail only', async () => {
    const update = await renderMail('case-update', previewProps('case-update'), 'en', bulk);
    expect(update.html).toContain(bulk.unsubscribeUrl);
    expect(update.text).toContain(bulk.unsubscribeUrl);
    const confirm = await renderMail('confirm-signature', previewProps('confirm-signature'), 'en', transactional);
    expect(confirm.html).not.toContain('unsubscribe');
  });

  it('shows a picket in its own time zone and language', async () => {
    const mail = await renderMail('picket-reminder', previewProps('picket-reminder'), 'ru', transactional);
    // 06:00 UTC is 11:00 in Almaty (UTC+5 since 2024) and 12:00 under the older UTC+6; either way not 06:00.
    expect(mail.text).toMatch(/декабря 2026/);
    expect(mail.text).not.toMatch(/\b6:00|06:00/);
  });
});
