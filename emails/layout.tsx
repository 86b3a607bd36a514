import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { EmailTranslator } from './i18n';

/** What surrounds every message: transactional mail says why it came, bulk mail how to leave. */
export type Frame =
  | { stream: 'transactional'; site: string }
  | { stream: 'bulk'; site: string; listLabel: string; unsubscribeUrl: string };

/** What each template receives besides its own props. */
export type TemplateContext = { t: EmailTranslator; locale: Locale; frame: Frame };

const colors = { text: '#1f2328', muted: '#59636e', accent: '#9a3412', border: '#d1d9e0', background: '#f6f8fa' };

const styles = {
  body: { backgroundColor: colors.background, color: colors.text, fontFamily: 'Arial, Helvetica, sans-serif', margin: 0, padding: '24px 0' },
  container: { backgroundColor: '#ffffff', border: `1px solid ${colors.border}`, borderRadius: 6, maxWidth: 560, padding: '24px 32px' },
  brand: { color: colors.accent, fontSize: 20, fontWeight: 700, margin: 0 },
  tagline: { color: colors.muted, fontSize: 13, margin: '4px 0 0' },
  heading: { fontSize: 22, lineHeight: '28px', margin: '24px 0 12px' },
  paragraph: { fontSize: 16, lineHeight: '24px', margin: '0 0 16px' },
  button: { backgroundColor: colors.accent, borderRadius: 4, color: '#ffffff', fontSize: 16, fontWeight: 700, padding: '12px 20px', textDecoration: 'none' },
  small: { color: colors.muted, fontSize: 13, lineHeight: '20px', margin: '0 0 8px' },
  link: { color: colors.accent, wordBreak: 'break-all' as const },
};

export function Layout({
  t,
  locale,
  frame,
  preview,
  heading,
  footer,
  children,
}: TemplateContext & { preview: string; heading: string; children: ReactNode; /** Replaces the transactional footer (mail written for someone else). */ footer?: string }) {
  return (
    <Html lang={locale} dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section>
            <Text style={styles.brand}>{t('layout.brand')}</Text>
            <Text style={styles.tagline}>{t('layout.tagline')}</Text>
          </Section>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          {children}
          <Hr style={{ borderColor: colors.border, margin: '24px 0 16px' }} />
          {frame.stream === 'bulk' ? (
            <Text style={styles.small}>
              {t('layout.footerBulk', { list: frame.listLabel })}{' '}
              <Link href={frame.unsubscribeUrl} style={styles.link}>
                {t('layout.unsubscribe')}
              </Link>
            </Text>
          ) : (
            <Text style={styles.small}>{footer ?? t('layout.footerTransactional', { site: frame.site })}</Text>
          )}
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.paragraph}>{children}</Text>;
}

export function Small({ children }: { children: ReactNode }) {
  return <Text style={styles.small}>{children}</Text>;
}

/** The way out of a petition signature, in every mail about it. */
export function WithdrawNote({ t, href }: { t: EmailTranslator; href: string }) {
  return (
    <Text style={styles.small}>
      {t('withdrawSignature.text')}{' '}
      <Link href={href} style={styles.link}>
        {t('withdrawSignature.link')}
      </Link>
    </Text>
  );
}

/** A subscriber's own signed link to their preference page, in every mail about case updates. */
export function PreferencesNote({ t, href }: { t: EmailTranslator; href: string }) {
  return (
    <Text style={styles.small}>
      {t('preferencesNote.text', { days: 30 })}{' '}
      <Link href={href} style={styles.link}>
        {t('preferencesNote.link')}
      </Link>
    </Text>
  );
}

/** A button, and the same link written out for mail clients that do not show buttons. */
export function Action({ t, href, label }: { t: EmailTranslator; href: string; label: string }) {
  return (
    <Section style={{ margin: '8px 0 24px' }}>
      <Button href={href} style={styles.button}>
        {label}
      </Button>
      <Text style={{ ...styles.small, marginTop: 16 }}>
        {t('layout.linkFallback')}{' '}
        <Link href={href} style={styles.link}>
          {href}
        </Link>
      </Text>
    </Section>
  );
}

export function Details({ rows }: { rows: Array<{ label: string; value: string }> }) {
  return (
    <Section style={{ borderLeft: `3px solid ${colors.accent}`, margin: '0 0 16px', paddingLeft: 12 }}>
      {rows.map((row) => (
        <Text key={row.label} style={{ ...styles.paragraph, margin: '0 0 4px' }}>
          <strong>{row.label}:</strong> {row.value}
        </Text>
      ))}
    </Section>
  );
}

/** Plain text written by organisers: paragraphs separated by a blank line, never HTML. */
export function PlainParagraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <Paragraph key={i}>{p}</Paragraph>
        ))}
    </>
  );
}

/** A supporter's own words, line breaks kept, never HTML. */
export function Quoted({ text }: { text: string }) {
  return (
    <Section style={{ borderLeft: `3px solid ${colors.border}`, margin: '0 0 16px', paddingLeft: 12 }}>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <Text key={i} style={{ ...styles.paragraph, whiteSpace: 'pre-line' }}>
            {p}
          </Text>
        ))}
    </Section>
  );
}
