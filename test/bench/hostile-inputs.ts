import { compileTerms } from '../../src/content/term-scan';
import { tidyLines } from '../../src/extract/normalize-text-lines';
import { plainTextToSections } from '../../src/sites/plain-text-sections';
import fc from 'fast-check';
import { extractExperience } from '../../src/extract/experience';
import { extractSalary } from '../../src/extract/salary';
import { extractSkills } from '../../src/extract/skills';
import { megabyteOf, messyPayText, payAndYearsSections } from '../support/messy-pay-text';
import { DIGITS_MB, EXPERIENCE_MB, HOSTILE_FILES, HOSTILE_PAGE_TEXTS, PAY_MB, SKILL_LISTS_MB, HOSTILE_TERM_SCANS, HOSTILE_TEXTS, hostileFileVariants, MB, readHostileFile, readHostileText } from '../support/hostile-inputs';

/**
 * How long the readers take on 1 MB inputs built to make patterns backtrack (the tests
 * check only that they finish, with a sane answer): each text reader, the skill scan, whole
 * files through the CLI's pipeline (sources and every extractor), and the extractors that
 * read numbers and lists on megabytes of what they look for, fuzzed ones included. Each figure is the best of 3 runs: the
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
  const files = HOSTILE_FILES.flatMap(([name, build]) =>
    hostileFileVariants(build()).map((input, i) => ({ name: i === 0 ? name : `${name}, as requirements`, ms: bestOf(3, () => readHostileFile(input)) })),
  );
  const requirements = (text: string) => [{ kind: 'requirements' as const, heading: 'Requirements', text }];
  const other = (text: string) => [{ kind: 'other' as const, heading: '', text }];
  // The same eight fuzzed megabytes on every run (a fixed seed), each read by both extractors.
  const fuzzed = fc.sample(fc.array(messyPayText, { minLength: 1, maxLength: 5 }), { seed: 13, numRuns: 8 }).map(megabyteOf);
  const extractors = [
    { name: 'experience in requirements', ms: bestOf(3, () => extractExperience(requirements(EXPERIENCE_MB))) },
    { name: 'salary in pay and funding figures', ms: bestOf(3, () => extractSalary({ title: 'x', sections: other(PAY_MB) })) },
    { name: 'salary in digits', ms: bestOf(3, () => extractSalary({ title: 'x', sections: other(DIGITS_MB) })) },
    { name: 'skills in skill lists', ms: bestOf(3, () => extractSkills(requirements(SKILL_LISTS_MB))) },
    ...fuzzed.map((big, i) => ({
      name: `fuzzed pay text #${i + 1}, salary and experience`,
      ms: bestOf(3, () => {
        extractSalary({ title: '', sections: payAndYearsSections(big) });
        extractExperience(payAndYearsSections(big));
      }),
    })),
  ];
  const pageTexts = HOSTILE_PAGE_TEXTS.map(([name, build]) => {
    const input = build();
    return { name, ms: bestOf(3, () => plainTextToSections(input)) };
  });
  const paddedHeadings = `${'#'.repeat(6)}${' '.repeat(100_000)}x\n`.repeat(10) + '- item\n'.repeat(100_000);
  const shortLines = 'x:\n'.repeat(MB / 3);
  return [
    summary('hostile-1mb-text', text),
    summary('hostile-1mb-term-scan', scans),
    summary('hostile-1mb-pipeline', files),
    summary('hostile-1mb-extractors', extractors),
    summary('hostile-1mb-page-text', pageTexts),
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
