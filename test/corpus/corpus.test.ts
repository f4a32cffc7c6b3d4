import { describe, expect, it } from 'vitest';
import type { Job } from '../../src/core';
import { normalizeJob } from '../../src/extract/normalize-job';
import { PostingReadError, readPostingFile } from '../../src/sources';
import { corpusFiles, hasCorpus, SKIP_REASON } from '../support/shared-data';

if (!hasCorpus) console.warn(SKIP_REASON);

/** A money amount written with a currency: "$120,000", "€45.000", "60 000 EUR", "USD 90k". */
const CURRENCY_FIGURE =
  /(?:[$€£₹]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|INR|PLN)\b)\s?\d|\d[\d.,\s']{0,12}\s?(?:[€£]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|INR|PLN)\b)/;

interface Outcome {
  name: string;
  jobs: Job[];
  error: string | null;
  hasCurrencyFigure: boolean;
}

function runCorpus(): Outcome[] {
  return corpusFiles().map(({ name, text }) => {
    try {
      const jobs = readPostingFile({ text, fileName: name }).map((raw) =>
        normalizeJob(raw, { now: new Date('2026-11-22T00:00:00Z') }),
      );
      return { name, jobs, error: null, hasCurrencyFigure: CURRENCY_FIGURE.test(text) };
    } catch (error) {
      // Only a clear "no posting here" is acceptable; anything else fails the test below.
      if (error instanceof PostingReadError) {
        return { name, jobs: [], error: error.message, hasCurrencyFigure: false };
      }
      throw new Error(`${name}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  });
}

const share = (n: number, of: number) => `${n}/${of} (${of ? Math.round((100 * n) / of) : 0}%)`;

describe.skipIf(!hasCorpus)('the real-posting corpus', () => {
  it('reads every file without throwing, and extracts the fields a reader needs', () => {
    const outcomes = runCorpus();
    const jobs = outcomes.flatMap((o) => o.jobs);
    const failed = outcomes.filter((o) => o.error);
    const withFigure = outcomes.filter((o) => o.hasCurrencyFigure);
    const counts = {
      title: jobs.filter((j) => j.title.length > 0).length,
      company: jobs.filter((j) => j.company).length,
      // A sales or support posting may name only competencies (topics): it is still read.
      skills: jobs.filter((j) => j.skills.required.length + j.skills.preferred.length + j.skills.topics.length > 0).length,
      salaryWhereFigure: withFigure.filter((o) => o.jobs.some((j) => j.salary)).length,
      experience: jobs.filter((j) => j.experience).length,
      workplace: jobs.filter((j) => j.workplace).length,
    };
    console.log(
      [
        `corpus: ${outcomes.length} files, ${jobs.length} postings, ${failed.length} without a posting`,
        ...failed.map((o) => `  no posting: ${o.name}: ${o.error}`),
        `  title:      ${share(counts.title, jobs.length)}`,
        `  company:    ${share(counts.company, jobs.length)}`,
        `  skills:     ${share(counts.skills, jobs.length)}`,
        `  salary:     ${share(counts.salaryWhereFigure, withFigure.length)} of files whose text has a currency figure`,
        `  experience: ${share(counts.experience, jobs.length)}`,
        `  workplace:  ${share(counts.workplace, jobs.length)}`,
      ].join('\n'),
    );

    // Floors set from measured figures (see the closing notes); a regression trips them.
    expect(failed.length).toBeLessThanOrEqual(1);
    expect(counts.title).toBe(jobs.length);
    // About 8% of RemoteWLB postings name no company ("### None"): null is right for them.
    expect(counts.company / jobs.length).toBeGreaterThanOrEqual(0.9);
    expect(counts.skills / jobs.length).toBeGreaterThanOrEqual(0.9);
    expect(counts.salaryWhereFigure / withFigure.length).toBeGreaterThanOrEqual(0.62);
  });
});
