import { Settled, WriteBatches } from './write-batches';

/** A write whose transactions the test finishes by hand, recording the batches it was given. */
function manualWrite() {
  const batches: number[][] = [];
  const pending: (() => void)[] = [];
  const write = (items: number[]) =>
    new Promise<Settled<string>[]>((resolve, reject) => {
      batches.push(items);
      pending.push(() => (items.includes(13) && items.length > 1 ? reject(new Error('batch failed')) : resolve(items.map((i) =>
        i % 2 ? { ok: true, value: `stored ${i}` } : { ok: false, error: new Error(`refused ${i}`) }))));
    });
  const finishNext = async () => {
    pending.shift()!();
    await new Promise((r) => setImmediate(r));
  };
  return { batches, write, finishNext };
}

describe('WriteBatches: writes to one key take turns, those that waited go together', () => {
  it('starts a write at once, then takes every write that arrived meanwhile in the next batch, up to the maximum', async () => {
    const w = manualWrite();
    const batches = new WriteBatches(w.write, 3);
    const results = [1, 3, 5, 7, 9].map((i) => batches.submit('clause', i));
    await new Promise((r) => setImmediate(r));
    expect(w.batches).toEqual([[1]]);
    await w.finishNext();
    expect(w.batches).toEqual([[1], [3, 5, 7]]);
    await w.finishNext();
    await w.finishNext();
    expect(w.batches).toEqual([[1], [3, 5, 7], [9]]);
    await expect(Promise.all(results)).resolves.toEqual(['stored 1', 'stored 3', 'stored 5', 'stored 7', 'stored 9']);
  });

  it('keeps keys apart, and answers each item of a batch with its own result', async () => {
    const w = manualWrite();
    const batches = new WriteBatches(w.write, 10);
    const a = batches.submit('a', 1);
    const b = batches.submit('b', 3);
    // Settled as they come, so a refusal is never an unhandled rejection while the test waits.
    const later = Promise.all([batches.submit('a', 2), batches.submit('a', 5)].map((p) => p.then((v) => v, (e: Error) => e.message)));
    await new Promise((r) => setImmediate(r));
    expect(w.batches).toEqual([[1], [3]]);
    await w.finishNext();
    await w.finishNext();
    await w.finishNext();
    expect(w.batches).toEqual([[1], [3], [2, 5]]);
    await expect(a).resolves.toBe('stored 1');
    await expect(b).resolves.toBe('stored 3');
    await expect(later).resolves.toEqual(['refused 2', 'stored 5']);
  });

  it('writes each item of a failed batch again alone, so one failure is its own', async () => {
    const w = manualWrite();
    const batches = new WriteBatches(w.write, 10);
    const first = batches.submit('clause', 1);
    const rest = [batches.submit('clause', 13), batches.submit('clause', 15)];
    await new Promise((r) => setImmediate(r));
    await w.finishNext();
    await w.finishNext();
    expect(w.batches).toEqual([[1], [13, 15], [13]]);
    await w.finishNext();
    await w.finishNext();
    expect(w.batches).toEqual([[1], [13, 15], [13], [15]]);
    await expect(first).resolves.toBe('stored 1');
    await expect(Promise.all(rest)).resolves.toEqual(['stored 13', 'stored 15']);
  });
});
