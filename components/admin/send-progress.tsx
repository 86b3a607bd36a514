'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { SendProgress } from '@/lib/updates/fanout';

const COUNTS = ['recipients', 'queued', 'sent', 'failed', 'suppressed'] as const;

/**
 * The send's figures, read again every two seconds while anything is still on its way. Without
 * JavaScript the page shows the figures of when it was loaded.
 */
export function SendProgressTable({ updateId, initial }: { updateId: string; initial: SendProgress }) {
  const t = useTranslations('Admin');
  const [progress, setProgress] = useState(initial);
  const running = !progress.finished || progress.queued > 0;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/admin/updates/${updateId}/progress`, { cache: 'no-store' }).catch(() => null);
      if (response?.ok) setProgress((await response.json()) as SendProgress);
    }, 2000);
    return () => clearInterval(timer);
  }, [running, updateId]);
  return (
    <>
      <table className="admin-table" aria-live="polite">
        <tbody>
          {COUNTS.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`updates.${key}`)}</th>
              <td data-testid={`progress-${key}`}>{progress[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{progress.finished ? t('updates.fanoutDone') : t('updates.fanoutRunning')}</p>
    </>
  );
}
