import type { Salary } from '../core/job';
import { findSalaryCandidates, type SalaryCandidate } from './salary-candidates';

export interface ParseSalaryOptions {
  /** 'estimate' when a job board, not the employer, wrote the figure. Default 'employer'. */
  origin?: 'employer' | 'estimate';
}

/** A candidate as the `Salary` the data model stores. */
export function candidateToSalary(candidate: SalaryCandidate, origin: Salary['origin']): Salary {
  return {
    min: candidate.min,
    max: candidate.max,
    currency: candidate.currency,
    period: candidate.period,
    kind: candidate.kind,
    origin,
    text: candidate.text,
    alternatives: [],
  };
}

/**
 * One line or phrase that is about pay ("$120k–150k", "USD 232000.0~348000.0",
 * "45.000 – 55.000 EUR brutto/Jahr") → its first pay figure, or null. A lone figure counts
 * here (the caller says the phrase is about pay); budgets, funding, equity and bonuses
 * still do not.
 */
export function parseSalaryText(text: string, options: ParseSalaryOptions = {}): Salary | null {
  const first = findSalaryCandidates(text, 'phrase')[0];
  return first ? candidateToSalary(first, options.origin ?? 'employer') : null;
}
