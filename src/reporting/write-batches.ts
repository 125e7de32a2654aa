/**
 * Writes that must take their turn on one row (a clause's stored outcome), combined: while one
 * transaction for a key runs, the writes that arrive for the same key wait, and the next
 * transaction takes all of them (at most `maxBatch`). A write that finds its key idle starts at
 * once, alone, so nothing waits that would not have waited on the row lock anyway. This is group
 * commit done by the application: a clause's reports pay one lock, one outcome write and one
 * commit per batch instead of one each, and every report is still stored with the outcome that
 * counts it, in one transaction.
 *
 * `write` settles every item of its batch (one result per item, in order); if it throws, the batch's
 * transaction is gone and each item is written again alone, so one item's failure is its own.
 */
export class WriteBatches<Item, Result> {
  private readonly waiting = new Map<string, Waiting<Item, Result>[]>();

  constructor(
    private readonly write: (items: Item[]) => Promise<Settled<Result>[]>,
    private readonly maxBatch: number,
  ) {}

  submit(key: string, item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      const queue = this.waiting.get(key);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.waiting.set(key, [{ item, resolve, reject }]);
      void this.drain(key);
    });
  }

  /** Runs the key's batches one after another until none is waiting. */
  private async drain(key: string): Promise<void> {
    const queue = this.waiting.get(key)!;
    while (queue.length) {
      const batch = queue.splice(0, this.maxBatch);
      await this.run(batch);
    }
    this.waiting.delete(key);
  }

  private async run(batch: Waiting<Item, Result>[]): Promise<void> {
    try {
      settle(batch, await this.write(batch.map((w) => w.item)));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const one of batch) await this.run([one]);
    }
  }
}

/** One item's outcome: its result, or the error its request answers with. */
export type Settled<Result> = { ok: true; value: Result } | { ok: false; error: unknown };

interface Waiting<Item, Result> {
  item: Item;
  resolve: (value: Result) => void;
  reject: (error: unknown) => void;
}

function settle<Result>(batch: Waiting<unknown, Result>[], results: Settled<Result>[]): void {
  batch.forEach((w, i) => {
    const r = results[i];
    if (r.ok) w.resolve(r.value);
    else w.reject(r.error);
  });
}
