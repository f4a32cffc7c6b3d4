import type { RawPosting } from '../../src/core';
import { postingClosed } from '../../src/extract/closed-notice';
import { extractDealBreakers } from '../../src/extract/deal-breakers';
import { detectEmploymentType } from '../../src/extract/employment';
import { extractExperience } from '../../src/extract/experience';
import { jobId } from '../../src/extract/job-id';
import { cleanLocation } from '../../src/extract/location';
import { cleanInline } from '../../src/extract/normalize-text';
import { extractSalary } from '../../src/extract/salary';
import { classifySections } from '../../src/extract/sections';
import { detectSeniority } from '../../src/extract/seniority';
import { extractSkills } from '../../src/extract/skills';
import { detectWorkplace } from '../../src/extract/workplace';

const ROUNDS = 5;

/**
 * Where the RawPosting → Job time goes: each step of normalizeJob timed on its own, in
 * microseconds per posting, so a regression points at its extractor.
 */
export function benchExtractionParts(raws: readonly RawPosting[]): string[] {
  const totals: Record<string, number> = {};
  const time = <T>(step: string, run: () => T): T => {
    const start = performance.now();
    const result = run();
    totals[step] = (totals[step] ?? 0) + performance.now() - start;
    return result;
  };
  for (let round = 0; round <= ROUNDS; round++) {
    if (round === 1) for (const step of Object.keys(totals)) totals[step] = 0; // round 0 warms up
    for (const raw of raws) {
      const title = time('inline', () => cleanInline(raw.title ?? ''));
      const company = time('inline', () => cleanInline(raw.company ?? ''));
      const location = time('location', () => cleanLocation(raw.location));
      const sections = time('sections', () => classifySections(raw.sections));
      time('skills', () => extractSkills(sections));
      time('workplace', () => detectWorkplace({ hint: raw.hints.workplace, title, location, sections }));
      time('employment', () =>
        detectEmploymentType({ hint: raw.hints.employmentType, title, sections, tags: raw.hints.tags }),
      );
      time('seniority', () => detectSeniority({ title, sections }));
      time('salary', () =>
        extractSalary({ title, sections, structured: raw.hints.salary, boardSalaryText: raw.hints.boardSalaryText }),
      );
      time('experience', () => extractExperience(sections));
      time('deal-breakers', () => extractDealBreakers(sections));
      time('closed', () => postingClosed(title, sections, raw.hints.closesAt, new Date('2026-12-01T00:00:00Z')));
      time('job-id', () => jobId({ url: raw.url, title, company, text: () => sections.map((s) => s.text).join('\n') }));
    }
  }
  const perPosting = (ms: number) => ((ms / ROUNDS / raws.length) * 1000).toFixed(1);
  return Object.entries(totals)
    .sort((a, b) => b[1] - a[1])
    .map(([step, ms]) => `extract-${step}: ${perPosting(ms)} µs/posting`);
}
