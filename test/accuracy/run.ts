/**
 * `npm run accuracy [-- --verbose | --json] [--labels FILE] [--corpus DIR]`: scores the
 * extractors against the hand labels in ../shared/accuracy, by LABELLING.md's rules.
 * Exit status: 0 when scored (or when ../shared is absent, said so), 2 on a bad label file
 * or bad arguments. The figures are a measurement, not a test: no threshold fails the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, SHARED_DIR } from '../support/shared-data';
import { dictionarySpellings } from './dictionary-spellings';
import { formatDuplicateFigures, measureDuplicates } from './duplicates';
import { formatFigures, formatMisses } from './format-report';
import { LabelFileError, parseLabelFile } from './labels';
import { readAnswers } from './read-answers';
import { scoreAnswers } from './score';

/** Corpus pairs judged one job (or two) by reading: the false-merge figure counts against it. */
const SAME_JOB_LABELS = path.join(import.meta.dirname, '../fixtures/duplicates/corpus-same-job.json');

const USAGE = 'usage: npm run accuracy [-- --verbose | --json] [--labels FILE] [--corpus DIR]';

function parseArgs(argv: string[]): { verbose: boolean; json: boolean; labels: string; corpus: string } {
  const args = { verbose: false, json: false, labels: path.join(SHARED_DIR, 'accuracy/labels.json'), corpus: CORPUS_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--verbose' || arg === '-v') args.verbose = true;
    else if (arg === '--json') args.json = true;
    else if ((arg === '--labels' || arg === '--corpus') && argv[i + 1]) args[arg.slice(2) as 'labels' | 'corpus'] = argv[++i]!;
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return args;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`accuracy: ${(error as Error).message}`);
    return 2;
  }
  if (!existsSync(args.labels)) {
    console.log(`accuracy: no label file at ${args.labels} (../shared is absent?): nothing scored`);
    return 0;
  }
  let labels;
  try {
    labels = parseLabelFile(readFileSync(args.labels, 'utf8'));
  } catch (error) {
    if (!(error instanceof LabelFileError)) throw error;
    console.error(`accuracy: ${args.labels} is not a valid label file: ${error.message}`);
    return 2;
  }
  const report = scoreAnswers(labels, await readAnswers(labels, args.corpus), { sameSkill: dictionarySpellings() });
  if (args.json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  if (args.verbose) for (const line of formatMisses(report)) console.log(line);
  for (const line of formatFigures(report)) console.log(line);
  if (existsSync(args.corpus)) {
    const judgedSame = (JSON.parse(readFileSync(SAME_JOB_LABELS, 'utf8')) as { same: { files: string[] }[] }).same.map(({ files }) => JSON.stringify([...files].sort()));
    const figures = measureDuplicates(args.corpus);
    const confirmed = figures.suggested.filter((pair) => judgedSame.includes(JSON.stringify(pair))).length;
    for (const line of formatDuplicateFigures(figures, confirmed)) console.log(line);
  }
  return 0;
}

process.exitCode = await main();
