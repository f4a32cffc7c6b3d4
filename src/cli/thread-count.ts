import { availableParallelism } from 'node:os';

/**
 * Threads worth extracting a large tree on, by default: from three cores up, one per core
 * (up to eight), the main thread being one of them (extract-in-parallel.ts). On two cores
 * the main thread alone: with one worker beside it, 5,287 files took ~8 % longer (the
 * worker's second of loading and the two threads' contention outweigh its share) and
 * 15,861 files ~13 % less, so `--threads 2` pays only for very large trees there.
 */
export function defaultThreadCount(): number {
  const cores = availableParallelism();
  return cores >= 3 ? Math.min(cores, 8) : 1;
}
