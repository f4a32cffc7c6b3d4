/** What one worker thread does with a batch of files: read each, extract it, return the outcomes. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFile, type CliInput, type FileOutcome } from './extract-file';

export interface WorkerBatch {
  inputs: CliInput[];
  /** Paths are resolved against this. */
  cwd: string;
  url: string | null;
  /** ISO time, so every worker dates postings as the main thread would. */
  now: string;
}

export default function extractBatch({ inputs, cwd, url, now }: WorkerBatch): FileOutcome[] {
  const options = { url, now: new Date(now) };
  return inputs.map((input) => {
    let read: { text?: string; error?: unknown };
    try {
      read = { text: readFileSync(path.resolve(cwd, input.file), 'utf8') };
    } catch (error) {
      read = { error };
    }
    return extractFile(input, read, options);
  });
}
