import Tinypool from 'tinypool';
import type { CliInput, ExtractOptions, FileOutcome } from './extract-file';
import extractBatch, { type WorkerBatch } from './extract-worker';

/** Files per batch: large enough that messaging is noise, small enough to keep every thread busy to the end. */
const BATCH = 64;
/** Batches queued per worker: enough that a worker never waits for the main thread to hand it more. */
const QUEUED_PER_WORKER = 2;
/** Batches done ahead of the one being printed, at most: memory stays bounded however large the tree. */
const DONE_AHEAD = 48;

/**
 * The inputs' outcomes in input order, extracted on `threads` threads: this one and
 * `threads - 1` workers. This thread extracts too, whenever the next batch to print is still
 * on a worker: on two cores a worker alone was no faster than this thread alone (it only
 * waited), and while workers start (each loads the extractors, about a second here) this
 * thread is already at work. Batches finish out of order; they are yielded in order.
 */
export async function* extractInParallel(
  inputs: readonly CliInput[],
  options: ExtractOptions & { cwd: string; threads: number },
): AsyncGenerator<FileOutcome> {
  const workers = Math.max(options.threads - 1, 1);
  const pool = new Tinypool({
    filename: new URL('./extract-worker-boot.mjs', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
  });
  const batchCount = Math.ceil(inputs.length / BATCH);
  const batchAt = (index: number): WorkerBatch => ({
    inputs: inputs.slice(index * BATCH, (index + 1) * BATCH),
    cwd: options.cwd,
    url: options.url,
    now: options.now.toISOString(),
  });
  const done = new Map<number, FileOutcome[]>();
  const onWorkers = new Map<number, Promise<FileOutcome[]>>();
  let queued = 0;
  let nextToStart = 0;
  const startOnWorker = () => {
    const index = nextToStart++;
    queued++;
    const result = (pool.run(batchAt(index)) as Promise<FileOutcome[]>).finally(() => queued--);
    result.then((outcomes) => done.set(index, outcomes)).catch(() => {}); // a failure is thrown where it is awaited, below
    onWorkers.set(index, result);
  };
  const topUpWorkers = (printing: number) => {
    while (queued < workers * QUEUED_PER_WORKER && nextToStart < batchCount && nextToStart - printing < DONE_AHEAD) startOnWorker();
  };
  try {
    for (let next = 0; next < batchCount; next++) {
      // The batch to print next is this thread's when no worker has it yet: output starts at
      // once, however long the workers take to start.
      const mine = nextToStart === next;
      if (mine) nextToStart++;
      topUpWorkers(next);
      if (mine) done.set(next, extractBatch(batchAt(next)));
      while (!done.has(next)) {
        topUpWorkers(next);
        if (nextToStart < batchCount && nextToStart - next < DONE_AHEAD) {
          // The next batch to print is on a worker: this thread extracts a later one meanwhile,
          // then lets the workers' answers in.
          const index = nextToStart++;
          done.set(index, extractBatch(batchAt(index)));
          await new Promise((resolve) => setImmediate(resolve));
        } else {
          await onWorkers.get(next);
        }
      }
      onWorkers.delete(next);
      const outcomes = done.get(next)!;
      done.delete(next);
      yield* outcomes;
    }
  } finally {
    await pool.destroy();
  }
}
