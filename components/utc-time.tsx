/** A moment as the dashboard and the mailbox show it: to the second, in UTC, with a machine-readable datetime. */
export function UtcTime({ at }: { at: Date }) {
  const iso = at.toISOString();
  return <time dateTime={iso}>{iso.slice(0, 19).replace('T', ' ')} UTC</time>;
}
