import { z } from 'zod';
import { isUuid, localized } from '@/lib/forms/form-input';
import { issueAt, says } from '@/lib/forms/field-error';
import { locales } from '@/lib/i18n/locales';

/**
 * The update editor's one schema: it parses the form, types `saveUpdate` and yields the field
 * errors. The link is `<kind>:<id>`: a petition to sign or a picket to come to, one select.
 */
export const LINK_KINDS = ['petition', 'picket'] as const;
export type UpdateLink = { kind: (typeof LINK_KINDS)[number]; id: string } | null;

const link = z
  .preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string())
  .transform((value, ctx): UpdateLink => {
    if (value === '') return null;
    const [kind, id] = value.split(':', 2);
    if (!(LINK_KINDS as readonly string[]).includes(kind!) || !isUuid(id)) {
      ctx.addIssue(issueAt([], 'chooseLink'));
      return z.NEVER;
    }
    return { kind: kind as (typeof LINK_KINDS)[number], id: id! };
  });

export const updateForm = z
  .object({
    /** `campaign` or a case id. */
    case: z.string(says('chooseUpdateCase')).refine((v) => v === 'campaign' || isUuid(v), says('chooseUpdateCase')),
    title: localized({ required: false }),
    body: localized({ required: false, multiline: true }),
    link,
  })
  .superRefine((value, ctx) => {
    if (!value.title && !value.body) {
      ctx.addIssue(issueAt(['title', 'en'], 'writeUpdate'));
      return;
    }
    if (!value.title) ctx.addIssue(issueAt(['title', 'en'], 'englishRequired'));
    if (!value.body) ctx.addIssue(issueAt(['body', 'en'], 'englishRequired'));
    // A translation of only half an update would mix two languages in one mail.
    for (const locale of locales) {
      if (Boolean(value.title?.[locale]) !== Boolean(value.body?.[locale])) {
        const missing = value.title?.[locale] ? 'body' : 'title';
        ctx.addIssue(issueAt([missing, locale], 'titleAndText'));
      }
    }
  });

export type UpdateFormInput = z.output<typeof updateForm>;

/** When to publish: now, or a moment (UTC) in the future. */
export const publishForm = z.discriminatedUnion('when', [
  z.object({ when: z.literal('now') }),
  z.object({
    when: z.literal('schedule'),
    publishAt: z
      .string(says('dateTime'))
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, says('dateTime'))
      .transform((v) => new Date(`${v}:00Z`))
      .refine((d) => !Number.isNaN(d.getTime()), says('dateTime')),
  }),
]);
