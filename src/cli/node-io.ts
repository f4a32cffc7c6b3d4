import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import type { CliIo } from './run-cli';
import { defaultThreadCount } from './thread-count';
import type { DirectoryEntry } from './walk-tree';

/**
 * The CLI's world on Node: files and folders resolved against `cwd`, standard streams.
 * Tests use it with their own cwd and output sinks, so what they run is what users run.
 */
export function nodeCliIo(cwd = process.cwd()): CliIo {
  const at = (file: string) => path.resolve(cwd, file);
  return {
    // Synchronous: for small files it is several times quicker than the promise API's
    // open, stat, read and close hops through the thread pool, and the CLI has nothing else to do.
    readFile: async (file) => readFileSync(at(file), 'utf8'),
    readStdin: () => text(process.stdin),
    kindOf: async (file) => ((await stat(at(file)).catch(() => null))?.isDirectory() ? 'directory' : 'other'),
    listDirectory: async (dir) =>
      (await readdir(at(dir), { withFileTypes: true })).map(
        (entry): DirectoryEntry => ({
          name: entry.name,
          kind: entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other',
        }),
      ),
    stdout: (s) => void process.stdout.write(s),
    // Output piped into a slow reader waits here rather than piling up in memory.
    drained: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
    },
    stderr: (s) => void process.stderr.write(s),
    now: new Date(),
    progressColumns: process.stderr.isTTY ? process.stderr.columns || 80 : null,
    clock: () => performance.now(),
    defaultThreads: defaultThreadCount(),
    // Loaded only when a tree is large enough to use it: the pool costs nothing otherwise.
    extractInParallel: async function* (inputs, options) {
      const { extractInParallel } = await import('./extract-in-parallel');
      yield* extractInParallel(inputs, { ...options, cwd });
    },
  };
}
