import { compileTerms } from '../../src/content/term-scan';
import { tidyLines } from '../../src/extract/normalize-text-lines';
import { plainTextToSections } from '../../src/sites/plain-text-sections';
import { HOSTILE_TERM_SCANS, HOSTILE_TEXTS, MB, readHostileText } from '../support/hostile-inputs';

/**
 * How long the readers take on 1 MB inputs built to make patterns backtrack (the tests
 * check only that they finish, with a sane answer). Each figure is the best of 3 runs: the
 * worst input by name, and the median over all of them. The project's budget for any
 * 1 MB input is 100 ms.
 */
export function benchHostileInputs(): string[] {
  const text = HOSTILE_TEXTS.map(([name, input]) => ({
    name,
    ms: bestOf(3, () => readHostileText(input)),
  }));
  const scans = HOSTILE_TERM_SCANS.map(([name, input, terms]) => {
    const scan = compileTerms(terms.map((t) => ({ text: t, tag: 0 })));
    return { name, ms: bestOf(3, () => scan(input, 500)) };
  });
  const paddedHeadings = `${'#'.repeat(6)}${' '.repeat(100_000)}x\n`.repeat(10) + '- item\n'.repeat(100_000);
  const shortLines = 'x:\n'.repeat(MB / 3);
  return [
    summary('hostile-1mb-text', text),
    summary('hostile-1mb-term-scan', scans),
    `plain-text-sections-1mb: ${bestOf(3, () => plainTextToSections(paddedHeadings)).toFixed(1)} ms`,
    `tidy-lines-1mb: ${bestOf(3, () => tidyLines(shortLines)).toFixed(1)} ms`,
  ];
}

function summary(figure: string, runs: { name: string; ms: number }[]): string {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const worst = sorted.at(-1)!;
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `${figure}: worst ${worst.ms.toFixed(1)} ms (${worst.name}), median ${median.ms.toFixed(1)} ms, ${runs.length} inputs`;
}

function bestOf(runs: number, work: () => unknown): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
