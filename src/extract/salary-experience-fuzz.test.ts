import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Experience, type JobSection, Salary } from '../core/job';
import { extractExperience } from './experience';
import { extractSalary } from './salary';
import { parseSalaryText } from './salary-parse';

/**
 * Text built from the pieces salary and experience parsing cares about — digits, separators,
 * currency marks, range words, period words — so random strings reach the tricky paths.
 */
const piece = fc.constantFrom(
  '$', '€', '£', '¥', '₹', 'USD', 'EUR', 'CAD', 'CA$', 'kr', 'zł', 'PLN', 'k', 'K', 'M', 'LPA',
  '0', '1', '5', '12', '120', '1,000', '45.000', '60 000', "60'000", '12,00,000', '204.4', '.5', ',00',
  ' ', ' ', '\u00A0', '\u202F', '\n', '-', '–', '—', '~', '+', '%', '/', '(', ')', ':', ';', '.', ',',
  ' to ', ' and ', ' between ', ' up to ', ' from ', ' per year', '/hr', ' monthly', ' p.a.',
  ' salary', ' base', ' OTE', ' equity', ' budget', ' raised', ' years', ' yrs', '+ years',
  ' of experience', ' at least ', ' five (5) ', ' founded ', ' ago', '**', '- ', '💰', '`',
);
const messy = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 60 }).map((p) => p.join(''));

const sections = (text: string): JobSection[] => [
  { kind: 'requirements', heading: '', text },
  { kind: 'compensation', heading: text.slice(0, 20), text },
];

/** CPU milliseconds `run` takes: unlike wall time, not inflated by other work on a busy machine. */
function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe('salary and experience on arbitrary text', () => {
  it('parseSalaryText never throws and returns a valid Salary whose figures are in order', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const salary = parseSalaryText(text);
        if (salary === null) return;
        expect(Salary.safeParse(salary).success).toBe(true);
        if (salary.min !== null && salary.max !== null) expect(salary.min).toBeLessThanOrEqual(salary.max);
        expect(salary.min !== null || salary.max !== null).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('extractSalary and extractExperience never throw and return valid values', () => {
    fc.assert(
      fc.property(messy, messy, (title, text) => {
        const salary = extractSalary({ title, sections: sections(text), boardSalaryText: title });
        if (salary) expect(Salary.safeParse(salary).success).toBe(true);
        const experience = extractExperience(sections(text));
        if (experience) {
          expect(Experience.safeParse(experience).success).toBe(true);
          expect(experience.minYears).toBeLessThanOrEqual(40);
          if (experience.maxYears !== null) expect(experience.maxYears).toBeGreaterThanOrEqual(experience.minYears);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any 1 MB built from these pieces in well under 100 ms', () => {
    fc.assert(
      fc.property(fc.array(messy, { minLength: 1, maxLength: 5 }), (parts) => {
        const unit = parts.join(' ') || '$1 ';
        const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
        // Both sections hold the megabyte, so each extractor reads 2 MB.
        expect(cpuMs(() => extractSalary({ title: '', sections: sections(big) }))).toBeLessThan(200);
        expect(cpuMs(() => extractExperience(sections(big)))).toBeLessThan(200);
      }),
      { numRuns: 8 },
    );
  });
});
