'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { PetitionProgress } from '@/components/petition-progress';
import type { LiveCount } from '@/lib/petitions/queries';

// A cached petition page shows the count it was rendered with (at most a second old at the
// origin, half a minute more through a CDN); these parts then read /api/petitions/:slug/count.json
// at once and every few seconds, so the count, the recent signers and the table follow
// confirmations within 5 seconds. One read for all of them: they share this store.

const POLL_MS = 4_000;
type Store = { value: LiveCount; listeners: Set<() => void>; timer?: ReturnType<typeof setInterval>; subscribe: (listener: () => void) => () => void };
const stores = new Map<string, Store>();

function storeFor(slug: string, initial: LiveCount): Store {
  let store = stores.get(slug);
  if (!store) {
    const created: Store = { value: initial, listeners: new Set(), subscribe: (listener) => subscribe(slug, created, listener) };
    stores.set(slug, (store = created));
  }
  return store;
}

async function refresh(slug: string, store: Store) {
  try {
    const response = await fetch(`/api/petitions/${encodeURIComponent(slug)}/count.json`);
    if (!response.ok) return;
    store.value = (await response.json()) as LiveCount;
    for (const listener of store.listeners) listener();
  } catch {
    // Offline or the server busy: keep what is shown, try again at the next tick.
  }
}

/** The first listener starts the reads (one at once, then every few seconds); the last stops them. */
function subscribe(slug: string, store: Store, listener: () => void): () => void {
  store.listeners.add(listener);
  if (!store.timer) {
    void refresh(slug, store);
    store.timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh(slug, store);
    }, POLL_MS);
  }
  return () => {
    store.listeners.delete(listener);
    if (store.listeners.size === 0 && store.timer) {
      clearInterval(store.timer);
      store.timer = undefined;
    }
  };
}

function useLiveCount(slug: string, initial: LiveCount): LiveCount {
  const store = storeFor(slug, initial);
  // One subscribe function per store: a new one each render would make React unsubscribe and
  // subscribe again after every read, and each subscription starts a read.
  return useSyncExternalStore(
    store.subscribe,
    () => store.value,
    () => initial,
  );
}

type Props = { slug: string; initial: LiveCount };

export function LiveProgress({ slug, initial }: Props) {
  const live = useLiveCount(slug, initial);
  return <PetitionProgress id="petition" count={live.count} goal={live.goal} />;
}

export function LiveSigners({ slug, initial, countries }: Props & { countries: { code: string; name: string }[] }) {
  const t = useTranslations('Petitions');
  const live = useLiveCount(slug, initial);
  const name = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  if (live.signers.length === 0) return <p>{t('noSigners')}</p>;
  return (
    <ul className="signers">
      {live.signers.map((s, i) => (
        <li key={i}>{t('signerLine', { name: s.firstName, country: name(s.country) })}</li>
      ))}
    </ul>
  );
}

export function LiveCountryTable({ slug, initial, countries }: Props & { countries: { code: string; name: string }[] }) {
  const t = useTranslations('Petitions');
  const format = useFormatter();
  const live = useLiveCount(slug, initial);
  const name = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  if (live.byCountry.length === 0) return <p>{t('noCountries')}</p>;
  return (
    <table className="country-table">
      <caption className="visually-hidden">{t('byCountryCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('country')}</th>
          <th scope="col">{t('signatures')}</th>
        </tr>
      </thead>
      <tbody>
        {live.byCountry.map((c) => (
          <tr key={c.country}>
            <th scope="row">{name(c.country)}</th>
            <td>{format.number(c.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
