// `npm run email`: renders every template in every language with its sample data into
// .data/email-previews/, as HTML and plain text (and the files a template attaches), and prints where. (With `npm start` running, the
// button on /dev/mailbox sends the same previews through the real pipeline into the local mailbox.)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { locales } from '@/lib/i18n/locales';
import { bulkTemplates, previewList } from '@/lib/mail/preview';
import { previewProps, renderMail } from '@/lib/mail/render';
import { mailSettings } from '@/lib/mail/settings';
import { templateNames } from './index';
import type { Frame } from './layout';

const settings = mailSettings();
const site = new URL(settings.appUrl).host;
const dir = path.resolve(process.env.DATA_DIR ?? '.data', 'email-previews');
await mkdir(dir, { recursive: true });
for (const name of templateNames) {
  for (const locale of locales) {
    const frame: Frame = bulkTemplates.has(name)
      ? { stream: 'bulk', site, listLabel: previewList.label, unsubscribeUrl: `${settings.appUrl}/api/unsubscribe?token=preview` }
      : { stream: 'transactional', site };
    const mail = await renderMail(name, previewProps(name), locale, frame);
    await writeFile(path.join(dir, `${name}.${locale}.html`), mail.html);
    await writeFile(path.join(dir, `${name}.${locale}.txt`), `Subject: ${mail.subject}\n\n${mail.text}\n`);
    for (const file of mail.attachments) await writeFile(path.join(dir, `${name}.${locale}.${file.filename}`), file.content);
    console.log(`${name} [${locale}] ${mail.subject}`);
  }
}
console.log(`\n${templateNames.length * locales.length} previews in ${dir}`);
