import { eq } from 'drizzle-orm';
import { cases, petitions, pickets, type CaseUpdateRow } from '@/db/schema';
import type { CaseUpdateProps } from '@/emails/case-update';
import { appUrl } from '@/lib/site-url';
import type { Locale, Localized } from '@/lib/i18n/locales';
import { pick, pickText } from '@/lib/i18n/localized';
import type { Executor } from '@/db/tx';
import { plainText, renderMarkdown } from './markdown';

/** What every mail of one update shares: read once per send, not once per recipient. */
export type UpdateMailContext = {
  update: Pick<CaseUpdateRow, 'id' | 'title' | 'body'>;
  caseName: Localized | null;
  petition: { slug: string; title: Localized } | null;
  picket: { id: string; title: string } | null;
};

export async function loadUpdateMailContext(executor: Executor, update: CaseUpdateRow): Promise<UpdateMailContext> {
  const [person] = update.caseId ? await executor.select({ name: cases.name }).from(cases).where(eq(cases.id, update.caseId)) : [];
  const [petition] = update.petitionId
    ? await executor.select({ slug: petitions.slug, title: petitions.title }).from(petitions).where(eq(petitions.id, update.petitionId))
    : [];
  const [picket] = update.picketId
    ? await executor.select({ id: pickets.id, title: pickets.title, status: pickets.status }).from(pickets).where(eq(pickets.id, update.picketId))
    : [];
  return {
    update,
    caseName: person?.name ?? null,
    petition: petition ?? null,
    // Cancelled since it was linked: send nobody to it.
    picket: picket?.status === 'approved' ? { id: picket.id, title: picket.title } : null,
  };
}

/**
 * The props of the mail in one language. An update not written in that language goes out in
 * English, in a mail whose own words are in the reader's language and say so.
 */
export function updateMailPropsFor(context: UpdateMailContext, locale: Locale): CaseUpdateProps {
  const site = appUrl();
  const title = pick(context.update.title, locale);
  const body = context.update.body[title.locale] ?? context.update.body.en;
  return {
    caseName: pickText(context.caseName, locale),
    title: title.text,
    body: plainText(body, site),
    bodyHtml: renderMarkdown(body, site),
    contentLocale: title.locale,
    fallback: title.fallback,
    caseUrl: `${site}/${locale}/updates/${context.update.id}`,
    petition: context.petition ? { title: pickText(context.petition.title, locale)!, url: `${site}/${locale}/petitions/${context.petition.slug}` } : null,
    picket: context.picket ? { title: context.picket.title, url: `${site}/${locale}/pickets/${context.picket.id}` } : null,
  };
}

export async function updateMailProps(executor: Executor, update: CaseUpdateRow, locale: Locale): Promise<CaseUpdateProps> {
  return updateMailPropsFor(await loadUpdateMailContext(executor, update), locale);
}
