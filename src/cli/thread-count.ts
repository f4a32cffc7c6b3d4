import { availableParallelism } from 'node:os';

/**
 * Threads worth extracting on for a large tree on this machine: one per core, up to eight.
 * The main thread is one of them (extract-in-parallel.ts), so two cores mean the main
 * thread and one worker.
 */
export function defaultThreadCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}
