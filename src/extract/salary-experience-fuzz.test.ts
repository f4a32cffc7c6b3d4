import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Experience, Salary } from '../core/job';
import { megabyteOf, messyPayText as messy, payAndYearsSections as sections } from '../../test/support/messy-pay-text';
import { extractExperience } from './experience';
import { extractSalary } from './salary';
import { parseSalaryText } from './salary-parse';

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

  // How long a megabyte of these pieces takes is a bench figure (`hostile-1mb-extractors`).
  it('reads any 1 MB built from these pieces into valid values', () => {
    fc.assert(
      fc.property(fc.array(messy, { minLength: 1, maxLength: 5 }), (parts) => {
        const big = megabyteOf(parts);
        const salary = extractSalary({ title: '', sections: sections(big) });
        if (salary) expect(Salary.safeParse(salary).success).toBe(true);
        const experience = extractExperience(sections(big));
        if (experience) expect(Experience.safeParse(experience).success).toBe(true);
      }),
      { numRuns: 8 },
    );
  });
});
