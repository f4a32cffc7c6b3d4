/**
 * Below this many files, starting worker threads (each loads the extractors, about half a
 * second) costs more than it saves, and the CLI extracts on its own thread. Its own file,
 * so deciding does not load the thread pool.
 */
export const PARALLEL_FROM = 1_000;
