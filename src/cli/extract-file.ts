import type { Job } from '../core';
import { normalizeJob } from '../extract/normalize-job';
import { PostingReadError, readPostingFile } from '../sources';
import { describeError } from './describe-error';

/** A file the CLI reads: named on the command line, or found under a directory named there. */
export interface CliInput {
  file: string;
  inDirectory: boolean;
}

export type FileJob = { file: string } & Job;

export interface ExtractOptions {
  url: string | null;
  now: Date;
}

/** What one file gave: its jobs, or why it gave none. Plain data, so it crosses to and from worker threads. */
export interface FileOutcome {
  input: CliInput;
  jobs: FileJob[];
  problem: { noPosting: boolean; message: string } | null;
}

/** Reads the postings of one file's text (or the read error) into an outcome; never throws. */
export function extractFile(input: CliInput, read: { text?: string; error?: unknown }, options: ExtractOptions): FileOutcome {
  try {
    if (read.error !== undefined) throw read.error;
    const fileName = input.file === '-' ? undefined : input.file;
    const jobs = readPostingFile({ text: read.text ?? '', fileName, url: options.url }).map(
      (raw): FileJob => ({ file: input.file, ...normalizeJob(raw, { now: options.now }) }),
    );
    return { input, jobs, problem: null };
  } catch (error) {
    return { input, jobs: [], problem: { noPosting: error instanceof PostingReadError, message: describeError(error) } };
  }
}
