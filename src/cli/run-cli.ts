import type { Job } from '../core';
import { normalizeJob } from '../extract/normalize-job';
import { PostingReadError, readPostingFile } from '../sources';
import { parseArgs, USAGE, UsageError } from './args';
import { formatJobTable } from './table';

/** What the CLI needs from the outside world, passed in so tests can run it in-process. */
export interface CliIo {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  now: Date;
}

export type FileJob = { file: string } & Job;

/** Runs `extract` and returns the exit status: 0, 1 when any file failed, 2 on a usage error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`jobmark: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }

  const jobs: FileJob[] = [];
  let failed = 0;
  for (const file of args.files) {
    try {
      const text = file === '-' ? await io.readStdin() : await io.readFile(file);
      for (const raw of readPostingFile({ text, fileName: file === '-' ? undefined : file, url: args.url })) {
        jobs.push({ file, ...normalizeJob(raw, { now: io.now }) });
      }
    } catch (error) {
      failed++;
      io.stderr(`jobmark: ${file}: ${describeError(error)}\n`);
    }
  }

  io.stdout(args.format === 'json' ? `${JSON.stringify(jobs, null, 2)}\n` : `${formatJobTable(jobs)}\n`);
  return failed > 0 ? 1 : 0;
}

function describeError(error: unknown): string {
  if (error instanceof PostingReadError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  // Anything else is a bug in Jobmark, not in the file: say so rather than hide it.
  return `internal error while reading this file: ${error instanceof Error ? error.message : String(error)}`;
}
