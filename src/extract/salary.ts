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

/**
 * The candidates of the sections that `compensation` selects (those of kind 'compensation',
 * or all the others), heading then text, in order. A plain loop: this runs on every
 * section of every posting, and most give no candidate at all.
 */
function scanSections(sections: readonly JobSection[], compensation: boolean, mode: ScanMode): SalaryCandidate[] {
  let found: SalaryCandidate[] = [];
  for (const section of sections) {
    if ((section.kind === 'compensation') !== compensation) continue;
    found = appended(found, scan(section.heading, mode));
    found = appended(found, scan(section.text, mode));
  }
  return found;
}

function appended(found: SalaryCandidate[], more: SalaryCandidate[]): SalaryCandidate[] {
  if (more.length === 0) return found;
  return found.length === 0 ? more : found.concat(more);
}

function merged(candidates: SalaryCandidate[]): Salary | null {
  const candidate = mergeCandidates(candidates);
  return candidate ? candidateToSalary(candidate, 'employer') : null;
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

  return (
    merged(scanSections(input.sections, true, 'phrase')) ??
    merged(scanSections(input.sections, false, 'body')) ??
    merged(scan(input.title, 'body')) ??
    (input.boardSalaryText ? parseBoardSalary(input.boardSalaryText) : null)
  );
}
