import Link from 'next/link';
import { AddressNotice } from '@/components/admin/address-notice';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PublishForm, UpdateEditor } from '@/components/admin/update-editor';
import { SendProgressTable } from '@/components/admin/send-progress';
import { UtcTime } from '@/components/utc-time';
import { requireRole } from '@/lib/auth/session';
import { appUrl } from '@/lib/site-url';
import { locales } from '@/lib/i18n/locales';
import { sendProgress } from '@/lib/updates/fanout';
import { renderMarkdown } from '@/lib/updates/markdown';
import { editorOptions, getUpdateForEditing, valuesFromUpdate } from '@/lib/updates/queries';
import { deleteDraftUpdateAction, publishUpdateAction, saveUpdateAction, sendTestUpdateAction, unscheduleUpdateAction } from '../actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('update');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUpdatePage({ params, searchParams }: Props) {
  const actor = await requireRole('organiser');
  const { id } = await params;
  const query = await searchParams;
  const { test, delete: deleting } = query;
  const update = await getUpdateForEditing(id);
  if (!update) notFound();
  const [t, locale] = await Promise.all([getTranslations('Admin'), getLocale()]);
  const [options, progress] = await Promise.all([
    editorOptions(
      {
        campaign: t('updates.campaign'),
        noLink: t('updates.noLink'),
        petition: (title) => t('updates.petitionOption', { title }),
        picket: (picket) => t('updates.picketOption', picket),
      },
      update,
    ),
    sendProgress(update.id),
  ]);
  const site = appUrl();

  return (
    <>
      <h1>{update.title.en}</h1>
      <p>
        {t(`updates.states.${update.status}`)}
        {update.publishAt ? (
          <>
            {' · '}
            <UtcTime at={update.publishAt} />
          </>
        ) : null}
      </p>
      <AddressNotice query={query} />

      <section aria-labelledby="preview">
        <h2 id="preview">{t('updates.previewHeading')}</h2>
        {locales
          .filter((l) => update.title[l])
          .map((l) => (
            <article key={l} lang={l} className="update-entry update-preview">
              <h3>
                <span lang={locale}>{t('updates.previewLanguage', { language: t(`options.${l}`) })}: </span>
                {update.title[l]}
              </h3>
              <div className="update-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(update.body[l] ?? '', site) }} />
            </article>
          ))}
      </section>

      <section aria-labelledby="email-preview">
        <h2 id="email-preview">{t('updates.emailPreviewHeading')}</h2>
        <p>{t('updates.emailPreviewNote')}</p>
        <ul>
          {locales.map((l) => (
            <li key={l}>
              <a href={`/admin/updates/${update.id}/email?locale=${l}`}>{t('updates.emailPreview', { language: t(`options.${l}`) })}</a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="test">
        <h2 id="test">{t('updates.testHeading')}</h2>
        {test ? <p role="status">{t('updates.testSent', { count: Number(test) || 0 })}</p> : null}
        <p>{t('updates.testNote', { email: actor.email })}</p>
        <form action={sendTestUpdateAction.bind(null, update.id)}>
          <button type="submit" className="button button-secondary">
            {t('updates.test')}
          </button>
        </form>
      </section>

      {update.status === 'published' ? (
        <section aria-labelledby="progress">
          <h2 id="progress">{t('updates.progressHeading')}</h2>
          <SendProgressTable updateId={update.id} initial={progress} />
        </section>
      ) : (
        <>
          <section aria-labelledby="publish">
            <h2 id="publish">{t('updates.publishHeading')}</h2>
            {update.status === 'scheduled' ? (
              <form action={unscheduleUpdateAction.bind(null, update.id)}>
                <button type="submit" className="button button-secondary">
                  {t('updates.unschedule')}
                </button>
              </form>
            ) : (
              <PublishForm action={publishUpdateAction.bind(null, update.id)} />
            )}
            <p>{t('updates.notSent')}</p>
          </section>
          <section aria-labelledby="edit">
            <h2 id="edit">{t('updates.edit')}</h2>
            <UpdateEditor
              action={saveUpdateAction.bind(null, update.id)}
              initial={valuesFromUpdate(update)}
              caseOptions={options.caseOptions}
              linkOptions={options.linkOptions}
              submitLabel={t('updates.save')}
            />
          </section>
          {update.status === 'draft' ? (
            <section aria-labelledby="delete">
              <h2 id="delete">{t('updates.deleteHeading')}</h2>
              <p>{t('updates.deleteNote')}</p>
              {/* Two steps, and no script needed: the first only asks, the second deletes. */}
              {deleting === 'ask' ? (
                <form action={deleteDraftUpdateAction.bind(null, update.id)} className="confirm">
                  <p role="alert">{t('updates.deleteAsk', { title: update.title.en })}</p>
                  <button type="submit">{t('updates.deleteConfirm')}</button> <Link href={`/admin/updates/${update.id}`}>{t('updates.keep')}</Link>
                </form>
              ) : (
                <p>
                  <Link href={`/admin/updates/${update.id}?delete=ask#delete`} className="button button-secondary">
                    {t('updates.delete')}
                  </Link>
                </p>
              )}
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
