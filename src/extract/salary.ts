import type { JobSection, Salary } from '../core/job';
import { parseBoardSalary } from './salary-board';
import { findSalaryCandidates, type SalaryCandidate, type ScanMode } from './salary-candidates';
import { mergeCandidates } from './salary-merge';
import { candidateToSalary } from './salary-parse';

export interface SalaryInput {
  title: string;
  sections: readonly JobSection[];
  /** A salary the source gave as data (ATS pay ranges, JSON-LD baseSalary): taken as given. */
  structured?: Salary | null;
  /** A job board's header line (RemoteWLB's `💰 …`): used only when the body states no pay. */
  boardSalaryText?: string | null;
}

/** A board header left inside a section ("#### `💰 65k-95k USD` `🌎 Remote`") is not the body. */
const BOARD_HEADER_LINE = /^.{0,40}`💰.{0,200}$/gmu;

function scan(text: string, mode: ScanMode): SalaryCandidate[] {
  const body = text.includes('`💰') ? text.replace(BOARD_HEADER_LINE, '') : text;
  return findSalaryCandidates(body, mode);
}

function scanSections(sections: readonly JobSection[], mode: ScanMode): SalaryCandidate[] {
  return sections.flatMap((s) => [...scan(s.heading, mode), ...scan(s.text, mode)]);
}

/**
 * The posting's salary. Precedence:
 * 1. `structured`, as given;
 * 2. pay stated in the body — compensation sections first (where a lone figure counts),
 *    then every other section, then the title; several figures at the same level are merged
 *    into one covering range (see `mergeCandidates`);
 * 3. `boardSalaryText`, as an estimate, unless it is a placeholder.
 */
export function extractSalary(input: SalaryInput): Salary | null {
  if (input.structured) return input.structured;

  const compensation = input.sections.filter((s) => s.kind === 'compensation');
  const others = input.sections.filter((s) => s.kind !== 'compensation');
  const tiers: Array<() => SalaryCandidate[]> = [
    () => scanSections(compensation, 'phrase'),
    () => scanSections(others, 'body'),
    () => scan(input.title, 'body'),
  ];
  for (const tier of tiers) {
    const merged = mergeCandidates(tier());
    if (merged) return candidateToSalary(merged, 'employer');
  }

  return input.boardSalaryText ? parseBoardSalary(input.boardSalaryText) : null;
}
