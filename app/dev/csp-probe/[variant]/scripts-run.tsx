'use client';

import { useSyncExternalStore } from 'react';

const nothingChanges = () => () => {};

/** Says so once React has hydrated the page: its own scripts ran. */
export function ScriptsRun() {
  const ran = useSyncExternalStore(
    nothingChanges,
    () => true,
    () => false,
  );
  return <p role="status">{ran ? 'Scripts run' : 'Scripts have not run'}</p>;
}
