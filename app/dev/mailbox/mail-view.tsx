import { getTranslations } from 'next-intl/server';
import { mailboxDocument } from '@/lib/mail/mailbox';
import type { OutgoingMail } from '@/lib/mail/transport';

/**
 * One message as a mail client shows it. The HTML runs in a sandboxed iframe with no scripts; its
 * links open in this tab (`allow-top-navigation-by-user-activation`), so confirming works.
 */
export async function MailView(props: Required<OutgoingMail>) {
  const t = await getTranslations({ locale: 'en', namespace: 'Mailbox' });
  const headers = Object.entries(props.headers);
  return (
    <>
      <h1>{props.subject}</h1>
      <dl>
        <dt>{t('from')}</dt>
        <dd>{props.from}</dd>
        <dt>{t('to')}</dt>
        <dd>{props.to}</dd>
      </dl>
      {props.attachments.length > 0 ? (
        <>
          <h2>{t('attachments')}</h2>
          <ul>
            {props.attachments.map((file, i) => (
              <li key={i}>
                <a href={`/dev/mailbox/${props.id}/attachments/${i}`}>{file.filename}</a>{' '}
                {t('attachmentSize', { bytes: Buffer.byteLength(file.content, 'utf8') })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t('html')}</h2>
      <iframe
        title={props.subject}
        srcDoc={mailboxDocument(props.html)}
        sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
        style={{ width: '100%', height: '70vh', border: '1px solid #d1d9e0', background: '#fff' }}
      />
      <h2>{t('plainText')}</h2>
      <pre style={{ whiteSpace: 'pre-wrap' }}>{props.text}</pre>
      {headers.length > 0 ? (
        <>
          <h2>{t('headers')}</h2>
          <pre style={{ whiteSpace: 'pre-wrap' }}>{headers.map(([k, v]) => `${k}: ${v}`).join('\n')}</pre>
        </>
      ) : null}
    </>
  );
}
