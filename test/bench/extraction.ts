import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawPosting } from '../../src/core';
import { normalizeJob } from '../../src/extract/normalize-job';
import { PostingReadError, readPostingFile } from '../../src/sources';
import { CORPUS_DIR, hasCorpus } from '../support/shared-data';
import { benchExtractionParts } from './extraction-parts';

const MIN_DURATION_MS = 2_000;

interface Input {
  name: string;
  text: string;
}

function loadInputs(): { inputs: Input[]; from: string } {
  const dir = hasCorpus ? CORPUS_DIR : path.resolve(import.meta.dirname, '../fixtures/postings');
  const inputs = readdirSync(dir)
    .filter((name) => name !== 'SOURCES.md')
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
  return { inputs, from: hasCorpus ? 'corpus' : 'fixtures (../shared/corpus is absent)' };
}

/** Runs `work` over and over for at least MIN_DURATION_MS and returns items per second. */
function throughput(itemsPerRound: number, work: () => void): number {
  work(); // warm-up: JIT and the lazily built skill automaton
  let rounds = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_DURATION_MS) {
    work();
    rounds++;
    elapsed = performance.now() - start;
  }
  return (rounds * itemsPerRound * 1000) / elapsed;
}

function readAll(inputs: Input[]): RawPosting[] {
  return inputs.flatMap(({ name, text }) => {
    try {
      return readPostingFile({ text, fileName: name });
    } catch (error) {
      if (error instanceof PostingReadError) return [];
      throw error;
    }
  });
}

/** Extraction throughput on one core (Node runs this on one thread). */
export async function benchExtraction(): Promise<string[]> {
  const { inputs, from } = loadInputs();
  const now = new Date();
  const raws = readAll(inputs);
  const totalKb = inputs.reduce((sum, i) => sum + i.text.length, 0) / 1024;

  const readRate = throughput(inputs.length, () => readAll(inputs));
  const extractRate = throughput(raws.length, () => {
    for (const raw of raws) normalizeJob(raw, { now });
  });
  const endToEndRate = throughput(inputs.length, () => {
    for (const raw of readAll(inputs)) normalizeJob(raw, { now });
  });

  return [
    `bench-input: ${inputs.length} files from ${from}, ${Math.round(totalKb)} kB, ${raws.length} postings`,
    `sources: ${Math.round(readRate)} files/s`,
    `extract: ${Math.round(extractRate)} postings/s`,
    `file-to-job: ${Math.round(endToEndRate)} files/s`,
    ...benchExtractionParts(raws),
  ];
}
