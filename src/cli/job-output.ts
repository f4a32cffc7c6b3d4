import type { FileJob } from './extract-file';
import { formatJobTable } from './table';

/** Where extracted jobs go, one at a time, so a tree of 18,000 postings never sits in memory as text. */
export interface JobOutput {
  add(job: FileJob): void;
  end(): void;
}

export type OutputFormat = 'json' | 'jsonl' | 'table';

export function createJobOutput(format: OutputFormat, write: (text: string) => void): JobOutput {
  if (format === 'jsonl') return { add: (job) => write(`${JSON.stringify(job)}\n`), end: () => {} };
  if (format === 'json') return streamedJsonArray(write);
  // A table's column widths need every row, so it is drawn at the end.
  const jobs: FileJob[] = [];
  return { add: (job) => void jobs.push(job), end: () => write(`${formatJobTable(jobs)}\n`) };
}

/**
 * A JSON array written element by element, laid out as JSON.stringify(jobs, null, 2)
 * would lay it out, so it reads the same as before and parses the same.
 */
function streamedJsonArray(write: (text: string) => void): JobOutput {
  let count = 0;
  return {
    add(job) {
      const element = JSON.stringify(job, null, 2).replace(/\n/g, '\n  ');
      write(`${count === 0 ? '[\n' : ',\n'}  ${element}`);
      count++;
    },
    end() {
      write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
