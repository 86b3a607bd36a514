import type { Locale } from '@/lib/i18n/locales';
import { pick, pickText } from '@/lib/i18n/localized';
import { escapeMarkup } from '@/lib/security/escape-markup';
import { renderMarkdown } from './markdown';
import type { PublishedUpdate } from './queries';

// Atom 1.0 (RFC 4287): the feed has one id, title and updated, an author and a self link; each
// entry an id (a permanent URN), a title, an updated date (RFC 3339), an alternate link and content.

// Characters XML 1.0 does not allow at all, even escaped.
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const xml = (s: string) => escapeMarkup(s.replace(NOT_XML, ''));

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

export function atomFeed(feed: FeedInput): string {
  const newest = feed.updates.reduce<Date | null>((max, u) => (!max || u.updatedAt > max ? u.updatedAt : max), null);
  const entries = feed.updates.map((u) => {
    const title = pick(u.title, feed.locale);
    const body = u.body[title.locale] ?? u.body.en;
    const url = `${feed.siteUrl}/${feed.locale}/updates/${u.id}`;
    const category = u.case ? `\n    <category term="${xml(u.case.slug)}" label="${xml(pickText(u.case.name, feed.locale)!)}"/>` : '';
    const action = callToAction(u, feed);
    // rel="related" for readers that list links; the paragraph for those that only show the content.
    const related = action ? `\n    <link rel="related" type="text/html" href="${xml(action.url)}" title="${xml(action.label)}"/>` : '';
    const actionHtml = action ? `\n<p><a href="${xml(action.url)}">${xml(action.label)}</a></p>` : '';
    return `  <entry xml:lang="${title.locale}">
    <id>urn:uuid:${u.id}</id>
    <title type="text">${xml(title.text)}</title>
    <updated>${u.updatedAt.toISOString()}</updated>
    <published>${u.publishedAt.toISOString()}</published>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>${related}${category}
    <content type="html">${xml(renderMarkdown(body, feed.siteUrl) + actionHtml)}</content>
  </entry>`;
  });
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
