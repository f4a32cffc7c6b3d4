import { PostingReadError } from '../sources';
import { parseArgs, USAGE, UsageError } from './args';
import { describeError } from './describe-error';
import type { CliInput, ExtractOptions, FileOutcome } from './extract-file';
import { extractInOrder } from './extract-in-order';
import { PARALLEL_FROM } from './parallel-threshold';
import { createJobOutput } from './job-output';
import { ProgressBar } from './progress-bar';
import { postingFilesUnder, type ListDirectory } from './walk-tree';

export type { FileJob } from './extract-file';

/** What the CLI needs from the outside world, passed in so tests can run it in-process. */
export interface CliIo {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  /** 'directory' for a folder to walk; anything else is read as a file (and fails as one). */
  kindOf(path: string): Promise<'directory' | 'other'>;
  listDirectory: ListDirectory;
  stdout(text: string): void;
  /** Resolves once stdout has taken what was written (backpressure of a pipe). */
  drained(): Promise<void>;
  stderr(text: string): void;
  now: Date;
  /** The terminal's width when stderr is a terminal, so a progress bar can be drawn; null when it is piped. */
  progressColumns: number | null;
  /** Milliseconds, for the progress bar's rate. */
  clock(): number;
  /** Threads (the main thread included) when --threads is not given; 1 for the main thread alone. */
  defaultThreads: number;
  /** Extraction on this thread and worker threads, for trees of PARALLEL_FROM files or more; absent to stay on this thread. */
  extractInParallel?(inputs: readonly CliInput[], options: ExtractOptions & { threads: number }): AsyncIterable<FileOutcome>;
}

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

  let failed = 0;
  const inputs: CliInput[] = [];
  let walked = false;
  for (const file of args.files) {
    if (file === '-' || (await io.kindOf(file)) !== 'directory') {
      inputs.push({ file, inDirectory: false });
      continue;
    }
    walked = true;
    try {
      const found = await postingFilesUnder(file, io.listDirectory, (dir, error) => {
        failed++;
        io.stderr(`jobmark: ${dir}: ${describeError(error)}\n`);
      });
      if (found.length === 0) throw new PostingReadError('no posting files under this folder (.md, .txt, .html, .json…)');
      for (const path of found) inputs.push({ file: path, inDirectory: true });
    } catch (error) {
      failed++;
      io.stderr(`jobmark: ${file}: ${describeError(error)}\n`);
    }
  }

  const output = createJobOutput(args.format ?? (walked ? 'jsonl' : 'json'), io.stdout);
  const progress = walked && io.progressColumns !== null ? new ProgressBar(io.stderr, io.progressColumns, io.clock) : null;
  const tell = (message: string) => {
    progress?.clear();
    io.stderr(`jobmark: ${message}\n`);
  };
  const options = { url: args.url, now: io.now };
  const threads = args.threads ?? io.defaultThreads;
  const parallel =
    io.extractInParallel !== undefined && threads > 1 && inputs.length >= PARALLEL_FROM && !inputs.some((i) => i.file === '-');
  const read = (file: string) => (file === '-' ? io.readStdin() : io.readFile(file));
  const outcomes = parallel ? io.extractInParallel!(inputs, { ...options, threads }) : extractInOrder(inputs, read, options);
  let done = 0;
  let postings = 0;
  let withoutPosting = 0;
  for await (const { input, jobs, problem } of outcomes) {
    for (const job of jobs) output.add(job);
    postings += jobs.length;
    // A folder of postings holds other files too: those are counted, not failures.
    if (problem !== null && input.inDirectory && problem.noPosting) {
      withoutPosting++;
      if (args.verbose) tell(`${input.file}: ${problem.message}`);
    } else if (problem !== null) {
      failed++;
      tell(`${input.file}: ${problem.message}`);
    }
    progress?.update(++done, inputs.length);
    await io.drained();
  }
  progress?.clear();
  output.end();
  if (walked) {
    const skipped = withoutPosting > 0 ? `, ${count(withoutPosting)} without a posting${args.verbose ? '' : ' (--verbose names them)'}` : '';
    io.stderr(`jobmark: read ${count(inputs.length)} files: ${count(postings)} postings${skipped}${failed > 0 ? `, ${count(failed)} failed` : ''}\n`);
  }
  return failed > 0 ? 1 : 0;
}

const count = (n: number) => n.toLocaleString('en');

