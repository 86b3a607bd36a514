import { Marked, type Tokens } from 'marked';
import { escapeMarkup } from '@/lib/security/escape-markup';

/**
 * Markdown written by organisers, turned into HTML that is safe by construction: raw HTML in the
 * source (script tags, event handlers, iframes …) is dropped, links keep only http(s), mailto and
 * site paths (no `javascript:`, `data:` …), and images become plain links, because loading a
 * picture from another server would be a third-party request from our pages and a tracker in mail.
 * Every other piece of text is escaped by marked itself.
 */

/** The address a link may point to, made absolute against the site; null when it may not. */
export function safeHref(href: string, siteUrl: string): string | null {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so do we.
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (cleaned.startsWith('/') && !cleaned.startsWith('//') && !cleaned.startsWith('/\\')) return new URL(cleaned, siteUrl).toString();
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return null;
  }
  return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.toString() : null;
}

function markedFor(siteUrl: string) {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    renderer: {
      html: () => '',
      link(this: { parser: { parseInline: (t: Tokens.Link['tokens']) => string } }, token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        const href = safeHref(token.href, siteUrl);
        if (!href) return text;
        const title = token.title ? ` title="${escapeMarkup(token.title)}"` : '';
        return `<a href="${escapeMarkup(href)}"${title} rel="nofollow noopener">${text}</a>`;
      },
      image(token: Tokens.Image) {
        const href = safeHref(token.href, siteUrl);
        const label = escapeMarkup(token.text || token.href);
        return href ? `<a href="${escapeMarkup(href)}" rel="nofollow noopener">${label}</a>` : label;
      },
    },
  });
  return marked;
}

const cache = new Map<string, Marked>();

/** Sanitised HTML of an update's Markdown, for the page, the mail and the Atom feed. */
export function renderMarkdown(source: string, siteUrl: string): string {
  let marked = cache.get(siteUrl);
  if (!marked) cache.set(siteUrl, (marked = markedFor(siteUrl)));
  return marked.parse(source, { async: false }) as string;
}

/** The words of the Markdown without markup, for previews and descriptions. */
export function plainText(source: string, siteUrl: string): string {
  return renderMarkdown(source, siteUrl)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
