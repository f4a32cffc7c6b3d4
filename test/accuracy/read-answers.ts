import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { normalizeJob } from '../../src/extract/normalize-job';
import { readPostingFile } from '../../src/sources';
import type { PostingLabel } from './labels';
import type { Answer, AnswerFailure } from './score';

/** A fixed clock: accuracy must not depend on the day it is measured. */
const NOW = new Date('2026-12-01T00:00:00Z');

/**
 * Runs the product's own extraction (file reader, then normalizeJob — what the CLI does) on
 * each labelled corpus file. A file that cannot be read becomes a failure, not a crash, so
 * one broken file costs its own score only.
 */
export async function readAnswers(
  labels: readonly PostingLabel[],
  corpusDir: string,
): Promise<Map<string, Answer | AnswerFailure>> {
  const answers = new Map<string, Answer | AnswerFailure>();
  for (const label of labels) {
    try {
      const text = await readFile(path.join(corpusDir, label.file), 'utf8');
      const [first] = readPostingFile({ text, fileName: label.file });
      answers.set(label.file, first ? normalizeJob(first, { now: NOW }) : { error: 'no posting in the file' });
    } catch (error) {
      answers.set(label.file, { error: error instanceof Error ? error.message : String(error) });
    }
  }
  return answers;
}
