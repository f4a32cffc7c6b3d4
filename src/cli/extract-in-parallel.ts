import Tinypool from 'tinypool';
import type { CliInput, ExtractOptions, FileOutcome } from './extract-file';
import type { WorkerBatch } from './extract-worker';

/** Files per message to a worker: large enough that messaging is noise, small enough to keep every thread busy to the end. */
const BATCH = 64;

/**
 * The inputs' outcomes in input order, extracted on worker threads. Batches run out of
 * order; they are yielded in order, a few batches per thread ahead at most, so memory
 * stays bounded however large the tree.
 */
export async function* extractInParallel(
  inputs: readonly CliInput[],
  options: ExtractOptions & { cwd: string; threads: number },
): AsyncGenerator<FileOutcome> {
  const { threads } = options;
  const pool = new Tinypool({
    filename: new URL('./extract-worker-boot.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  const ahead = threads * 3;
  const pending: Promise<FileOutcome[]>[] = [];
  let next = 0;
  const submit = () => {
    const batch: WorkerBatch = {
      inputs: inputs.slice(next, next + BATCH),
      cwd: options.cwd,
      url: options.url,
      now: options.now.toISOString(),
    };
    next += BATCH;
    const result = pool.run(batch) as Promise<FileOutcome[]>;
    result.catch(() => {}); // awaited in order below; this only keeps an early failure from being "unhandled"
    pending.push(result);
  };
  try {
    while (next < inputs.length && pending.length < ahead) submit();
    while (pending.length > 0) {
      const outcomes = await pending.shift()!;
      if (next < inputs.length) submit();
      yield* outcomes;
    }
  } finally {
    await pool.destroy();
  }
}
