import { render, toPlainText } from '@react-email/render';
import { createElement } from 'react';
import { emailTranslator } from '@/emails/i18n';
import { templates, type TemplateName, type TemplateProps } from '@/emails/index';
import type { Frame, TemplateContext } from '@/emails/layout';
import type { MailAttachment, MailTemplate } from '@/emails/template';
import type { Locale } from '@/lib/i18n/locales';

export type RenderedMail = { subject: string; html: string; text: string; attachments: MailAttachment[] };

/** A template in one language: subject, HTML, the plain-text part mail clients fall back to, and its files. */
export async function renderMail<N extends TemplateName>(name: N, props: TemplateProps<N>, locale: Locale, frame: Frame): Promise<RenderedMail> {
  const template = templates[name] as unknown as MailTemplate<TemplateProps<N>>;
  const t = emailTranslator(locale);
  const html = await render(createElement(template.Component, { ...(props as object), t, locale, frame } as TemplateProps<N> & TemplateContext));
  const text = toPlainText(html);
  const attachments = template.attachments?.(t, props, { locale, frame }) ?? [];
  return { subject: template.subject(t, props, locale), html, text, attachments };
}

/** The sample props of a template, for previews. */
export function previewProps<N extends TemplateName>(name: N): TemplateProps<N> {
  return (templates[name] as unknown as MailTemplate<TemplateProps<N>>).preview;
}
