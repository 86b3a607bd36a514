import type { Locale } from '@/lib/i18n/locales';
import { pick, pickText } from '@/lib/i18n/localized';
import { escapeMarkup } from '@/lib/security/escape-markup';
import { renderMarkdown } from './markdown';
import type { PublishedUpdate } from './queries';

// Atom 1.0 (RFC 4287): the feed has one id, title and updated, an author and a self link; each
// entry an id (a permanent URN), a title, an updated date (RFC 3339), an alternate link and content.

// Characters XML 1.0 does not allow at all, even escaped.
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
export const xml = (s: string) => escapeMarkup(s.replace(NOT_XML, ''));

export type FeedInput = {
  /** A stable id for the feed, e.g. `urn:yntymaq:updates:en`. */
  id: string;
  title: string;
  selfUrl: string;
  pageUrl: string;
  siteUrl: string;
  locale: Locale;
  author: string;
  updates: PublishedUpdate[];
  /** The words of an entry's call to action, in the feed's language. */
  labels: { petition: (title: string) => string; picket: (title: string) => string };
};

/** Where an update sends its readers, if anywhere: the petition's or the picket's public page. */
function callToAction(u: PublishedUpdate, feed: FeedInput): { url: string; label: string } | null {
  if (u.petition) return { url: `${feed.siteUrl}/${feed.locale}/petitions/${u.petition.slug}`, label: feed.labels.petition(pickText(u.petition.title, feed.locale)!) };
  if (u.picket) return { url: `${feed.siteUrl}/${feed.locale}/pickets/${u.picket.id}`, label: feed.labels.picket(u.picket.title) };
  return null;
}

/** One entry of an Atom feed, its parts already escaped where they are markup (`extra`, `contentHtml`). */
export type AtomEntry = {
  id: string;
  lang: string;
  title: string;
  updated: Date;
  published?: Date;
  url: string;
  /** Further elements (links, categories), already written as XML. */
  extra?: string;
  /** The entry's HTML, escaped once more here as Atom's `type="html"` content. */
  contentHtml: string;
};

export type AtomDocument = Pick<FeedInput, 'id' | 'title' | 'selfUrl' | 'pageUrl' | 'siteUrl' | 'locale' | 'author'> & { entries: AtomEntry[] };

/** An Atom 1.0 document: the one writer of feeds on the platform (updates, resolutions). */
export function atomDocument(feed: AtomDocument): string {
  const newest = feed.entries.reduce<Date | null>((max, e) => (!max || e.updated > max ? e.updated : max), null);
  const entries = feed.entries.map(
    (e) => `  <entry xml:lang="${xml(e.lang)}">
    <id>${xml(e.id)}</id>
    <title type="text">${xml(e.title)}</title>
    <updated>${e.updated.toISOString()}</updated>${e.published ? `\n    <published>${e.published.toISOString()}</published>` : ''}
    <link rel="alternate" type="text/html" href="${xml(e.url)}"/>${e.extra ?? ''}
    <content type="html">${xml(e.contentHtml)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.locale}">
  <id>${xml(feed.id)}</id>
  <title type="text">${xml(feed.title)}</title>
  <updated>${(newest ?? new Date(0)).toISOString()}</updated>
  <author><name>${xml(feed.author)}</name><uri>${xml(feed.siteUrl)}</uri></author>
  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.pageUrl)}"/>
${entries.join('\n')}
</feed>
`;
}

export function atomFeed(feed: FeedInput): string {
  const entries = feed.updates.map((u): AtomEntry => {
    const title = pick(u.title, feed.locale);
    const body = u.body[title.locale] ?? u.body.en;
    const url = `${feed.siteUrl}/${feed.locale}/updates/${u.id}`;
    const category = u.case ? `\n    <category term="${xml(u.case.slug)}" label="${xml(pickText(u.case.name, feed.locale)!)}"/>` : '';
    const action = callToAction(u, feed);
    // rel="related" for readers that list links; the paragraph for those that only show the content.
    const related = action ? `\n    <link rel="related" type="text/html" href="${xml(action.url)}" title="${xml(action.label)}"/>` : '';
    const actionHtml = action ? `\n<p><a href="${xml(action.url)}">${xml(action.label)}</a></p>` : '';
    return {
      id: `urn:uuid:${u.id}`,
      lang: title.locale,
      title: title.text,
      updated: u.updatedAt,
      published: u.publishedAt,
      url,
      extra: related + category,
      contentHtml: renderMarkdown(body, feed.siteUrl) + actionHtml,
    };
  });
  return atomDocument({ ...feed, entries });
}
