import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AuditSentence } from '@/components/admin/audit-entry';
import { DataTable } from '@/components/admin/data-table';
import { UtcTime } from '@/components/utc-time';
import { requireRole } from '@/lib/auth/session';
import { dashboardOverview } from '@/lib/dashboard/queries';
import { utcToZonedInput } from '@/lib/pickets/time';

/** A picket's start as its own city reads it, with the zone named. */
const picketTime = (at: Date, timeZone: string) => `${utcToZonedInput(at, timeZone).replace('T', ' ')} (${timeZone})`;

// The campaign's morning view: what waits for a decision, what is running, what changed last.
export default async function DashboardHome() {
  const actor = await requireRole('organiser');
  const t = await getTranslations('Admin');
  const { decide, running, latest } = await dashboardOverview();
  const number = new Intl.NumberFormat('en');

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('home.intro')}</p>

      <section aria-labelledby="decide">
        <h2 id="decide">{t('home.decideHeading')}</h2>
        <section aria-labelledby="proposals">
          <h3 id="proposals">{t('home.proposalsHeading')}</h3>
          <DataTable
            rows={decide.proposals}
            rowKey={(p) => p.id}
            empty={t('home.proposalsEmpty')}
            columns={[
              { header: t('home.picket'), cell: (p) => <Link href={`/admin/pickets/${p.id}`}>{p.title}</Link> },
              { header: t('home.where'), cell: (p) => `${p.city}, ${p.country}` },
              { header: t('home.when'), cell: (p) => picketTime(p.startsAt, p.timeZone) },
            ]}
          />
        </section>
        <section aria-labelledby="flagged">
          <h3 id="flagged">{t('home.flaggedHeading')}</h3>
          <DataTable
            rows={decide.flagged}
            rowKey={(p) => p.id}
            empty={t('home.flaggedEmpty')}
            columns={[
              { header: t('home.petition'), cell: (p) => <Link href={`/admin/petitions/${p.id}`}>{p.title.en}</Link> },
              { header: t('home.flagReason'), cell: (p) => p.flagReason },
              { header: t('home.flaggedAt'), cell: (p) => <UtcTime at={p.flaggedAt} /> },
            ]}
          />
        </section>
        <section aria-labelledby="failed-mail">
          <h3 id="failed-mail">{t('home.failedHeading')}</h3>
          {decide.failedMail.count === 0 ? (
            <p>{t('home.failedNone')}</p>
          ) : (
            <p>
              {t('home.failedSome', { count: decide.failedMail.count })}{' '}
              {actor.role === 'admin' ? <Link href="/admin/outbox">{t('home.failedRetry')}</Link> : t('home.failedAskAdmin')}
            </p>
          )}
        </section>
      </section>

      <section aria-labelledby="running">
        <h2 id="running">{t('home.runningHeading')}</h2>
        <section aria-labelledby="open-petitions">
          <h3 id="open-petitions">{t('home.openPetitionsHeading')}</h3>
          <DataTable
            rows={running.petitions}
            rowKey={(p) => p.id}
            empty={t('home.openPetitionsEmpty')}
            columns={[
              { header: t('home.petition'), cell: (p) => <Link href={`/admin/petitions/${p.id}`}>{p.title.en}</Link> },
              { header: t('home.today'), cell: (p) => number.format(p.today) },
              { header: t('home.total'), cell: (p) => number.format(p.total) },
              { header: t('home.goal'), cell: (p) => number.format(p.goal) },
            ]}
          />
        </section>
        <section aria-labelledby="sends">
          <h3 id="sends">{t('home.sendsHeading')}</h3>
          <DataTable
            rows={running.sends}
            rowKey={(s) => s.id}
            empty={t('home.sendsEmpty')}
            columns={[
              { header: t('home.update'), cell: (s) => <Link href={`/admin/updates/${s.id}`}>{s.title.en}</Link> },
              {
                header: t('home.progress'),
                cell: (s) => (
                  <>
                    {t('home.sendProgress', { sent: s.sent, recipients: s.recipients, queued: s.queued, failed: s.failed })}
                    {s.finished ? null : <> · {t('updates.fanoutRunning')}</>}
                  </>
                ),
              },
            ]}
          />
        </section>
        <section aria-labelledby="upcoming-pickets">
          <h3 id="upcoming-pickets">{t('home.picketsHeading')}</h3>
          <DataTable
            rows={running.pickets}
            rowKey={(p) => p.id}
            empty={t('home.picketsEmpty')}
            columns={[
              { header: t('home.picket'), cell: (p) => <Link href={`/admin/pickets/${p.id}`}>{p.title}</Link> },
              { header: t('home.where'), cell: (p) => p.city },
              { header: t('home.when'), cell: (p) => picketTime(p.startsAt, p.timeZone) },
              { header: t('home.attending'), cell: (p) => (p.capacity ? `${number.format(p.attending)} / ${number.format(p.capacity)}` : number.format(p.attending)) },
              { header: t('home.waiting'), cell: (p) => number.format(p.waiting) },
            ]}
          />
        </section>
      </section>

      <section aria-labelledby="latest">
        <h2 id="latest">{t('home.latestHeading')}</h2>
        <DataTable
          rows={latest}
          rowKey={(l) => l.id}
          empty={t('audit.empty')}
          columns={[
            { header: t('audit.when'), cell: (l) => <UtcTime at={l.at} /> },
            { header: t('audit.whatHappened'), cell: (l) => <AuditSentence line={l} /> },
          ]}
        />
        <p>
          <Link href="/admin/audit">{t('home.allChanges')}</Link>
        </p>
      </section>
    </>
  );
}
