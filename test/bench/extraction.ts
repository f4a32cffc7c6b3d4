import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawPosting } from '../../src/core';
import { normalizeJob } from '../../src/extract/normalize-job';
import { repairMojibake } from '../../src/extract/normalize-text';
import { PostingReadError, readPostingFile } from '../../src/sources';
import { CORPUS_DIR, hasCorpus } from '../support/shared-data';
import { benchExtractionParts } from './extraction-parts';

/** Long enough for V8 to finish optimising the hot functions before anything is timed. */
const WARM_UP_MS = 500;
/** Five timed windows; the median one is reported, so a burst from another process on a shared machine does not decide the figure. */
const WINDOWS = 5;
const WINDOW_MS = 400;

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

/** Items per second of `work` in steady state: warmed up, then the median of several timed windows. */
function throughput(itemsPerRound: number, work: () => void): number {
  runFor(WARM_UP_MS, work); // JIT, and the lazily built skill word index
  const rates: number[] = [];
  for (let i = 0; i < WINDOWS; i++) {
    const { rounds, elapsed } = runFor(WINDOW_MS, work);
    rates.push((rounds * itemsPerRound * 1000) / elapsed);
  }
  return rates.sort((a, b) => a - b)[Math.floor(WINDOWS / 2)]!;
}

function runFor(durationMs: number, work: () => void): { rounds: number; elapsed: number } {
  let rounds = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    work();
    rounds++;
    elapsed = performance.now() - start;
  }
  return { rounds, elapsed };
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
    `mojibake-1mb: ${mojibakeMegabyteMs().toFixed(1)} ms`,
    `bench-machine: ${plainWalkNsPerChar(raws).toFixed(2)} ns/char (the cheapest walk over the postings' text: a letter test per unit)`,
  ];
}

/**
 * The floor under every extractor that reads a posting unit by unit, on this machine and in
 * this run: one loop testing each unit for a letter, nothing else. A shared machine can run
 * twice as slow one day as another; this is a rough gauge of that (it misses slowdowns
 * that hit memory more than arithmetic), for comparing a run's figures with earlier ones.
 */
function plainWalkNsPerChar(raws: readonly RawPosting[]): number {
  const texts = raws.flatMap((raw) => raw.sections.map((section) => section.text));
  const units = texts.reduce((sum, text) => sum + text.length, 0);
  let letters = 0;
  const rate = throughput(units, () => {
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) if (((text.charCodeAt(i) | 0x20) - 0x61) >>> 0 <= 25) letters++;
    }
  });
  // Read, so the loop cannot be optimised away.
  if (letters < 0) throw new Error('unreachable');
  return 1e9 / rate;
}

/** A megabyte of text broken throughout (every character mojibake), repaired: the best of five runs. */
function mojibakeMegabyteMs(): number {
  const text = 'Ã©â€™ðŸŒŽ'.repeat(110_000);
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    repairMojibake(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
