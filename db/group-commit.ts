import 'server-only';
import { db, type Database } from './client';
import type { Tx } from './tx';

// Group commit: writes that arrive together share one transaction. Under a wave of requests the
// cost of a transaction — BEGIN and COMMIT round trips, the statements' planning and executor
// start-up, and above all the WAL flush of every COMMIT — is paid once per batch instead of once
// per request, and a batch's rows go in as one statement each. Nothing is answered before its batch
// has committed, so an answer still means "stored". There is no timer: a batch starts as soon as
// the event loop has taken in what arrived together and a slot is free (at most `maxInFlight` at
// once); what arrives meanwhile waits for the next one. A lone request is written at once, alone.

export type GroupCommitOptions<I, O> = {
  /** Writes the items in the transaction it is given; one outcome per item, in their order. */
  write: (tx: Tx, items: I[]) => Promise<O[]>;
  /** The most items in one transaction. */
  maxBatch?: number;
  /** Transactions under way at once (each holds one connection of the pool). */
  maxInFlight?: number;
  database?: () => Database;
};

export type GroupCommitStats = {
  /** Transactions that committed a batch. */
  batches: number;
  /** Items those transactions wrote. */
  items: number;
  /** Batches that failed and whose items were then written alone, each in a transaction of its own. */
  split: number;
};

export type GroupCommit<I, O> = {
  /** Resolves with the item's outcome once its transaction has committed; rejects with its own error. */
  submit(item: I): Promise<O>;
  stats(): GroupCommitStats;
};

type Waiting<I, O> = { item: I; resolve: (outcome: O) => void; reject: (error: unknown) => void };

export function groupCommit<I, O>(options: GroupCommitOptions<I, O>): GroupCommit<I, O> {
  const { write, maxBatch = 64, maxInFlight = 2, database = db } = options;
  const queue: Waiting<I, O>[] = [];
  const stats: GroupCommitStats = { batches: 0, items: 0, split: 0 };
  let inFlight = 0;
  let scheduled = false;

  async function commit(items: I[]): Promise<O[]> {
    const outcomes = await database().transaction((tx) => write(tx, items));
    if (outcomes.length !== items.length) throw new Error(`A group commit wrote ${items.length} items but gave ${outcomes.length} outcomes.`);
    stats.batches += 1;
    stats.items += items.length;
    return outcomes;
  }

  async function run(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const outcomes = await commit(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(outcomes[i]!));
      return;
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
    }
    // Nothing of the batch was written (its transaction rolled back). One item's error must not
    // fail the others: each is written again in a transaction of its own, and only the item that
    // fails alone gets the error.
    stats.split += 1;
    await Promise.all(
      batch.map(async (w) => {
        try {
          w.resolve((await commit([w.item]))[0]!);
        } catch (error) {
          w.reject(error);
        }
      }),
    );
  }

  function flush(): void {
    scheduled = false;
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      inFlight += 1;
      void run(batch).finally(() => {
        inFlight -= 1;
        schedule();
      });
    }
  }

  function schedule(): void {
    if (scheduled || inFlight >= maxInFlight || queue.length === 0) return;
    scheduled = true;
    // After the I/O callbacks of this turn: the requests that arrived together are all queued by then.
    setImmediate(flush);
  }

  return {
    submit(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        schedule();
      });
    },
    stats: () => ({ ...stats }),
  };
}
