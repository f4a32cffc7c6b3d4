import type { JobSection, Salary } from '../core/job';
import { parseBoardSalary } from './salary-board';
import { findSalaryCandidates, type ScanMode } from './salary-candidates';
import { firstWithAlternatives, rangeLabel, type LabelledCandidate } from './salary-merge';
import { candidateToSalary } from './salary-parse';

export interface SalaryInput {
  title: string;
  sections: readonly JobSection[];
  /** A salary the source gave as data (ATS pay ranges, JSON-LD baseSalary): taken as given. */
  structured?: Salary | null;
  /** A job board's header line (RemoteWLB's `💰 …`): used only when the body states no pay. */
  boardSalaryText?: string | null;
  /** The dollar a bare "$" means where the job is (AUD in Sydney); USD when not known. */
  localDollar?: string | null;
}

/** A board header left inside a section ("#### `💰 65k-95k USD` `🌎 Remote`") is not the body. */
const BOARD_HEADER_LINE = /^.{0,40}`💰.{0,200}$/gmu;

function scan(text: string, mode: ScanMode, localDollar: string | null | undefined): LabelledCandidate[] {
  const body = text.includes('`💰') ? text.replace(BOARD_HEADER_LINE, '') : text;
  let found = findSalaryCandidates(body, mode);
  if (localDollar && localDollar !== 'USD' && found.some((c) => c.bareDollar)) {
    found = found.map((c) => (c.bareDollar ? { ...c, currency: localDollar } : c));
  }
  // Labels only matter when there are alternatives; one figure needs none.
  return found.map((candidate) => ({ candidate, label: found.length > 1 ? rangeLabel(body, candidate.start) : null }));
}

/**
 * The candidates of the sections that `compensation` selects (those of kind 'compensation',
 * or all the others), heading then text, in order. A plain loop: this runs on every
 * section of every posting, and most give no candidate at all.
 */
function scanSections(sections: readonly JobSection[], compensation: boolean, mode: ScanMode, localDollar: string | null | undefined): LabelledCandidate[] {
  let found: LabelledCandidate[] = [];
  for (const section of sections) {
    if ((section.kind === 'compensation') !== compensation) continue;
    found = appended(found, scan(section.heading, mode, localDollar));
    found = appended(found, scan(section.text, mode, localDollar));
  }
  return found;
}

function appended(found: LabelledCandidate[], more: LabelledCandidate[]): LabelledCandidate[] {
  if (more.length === 0) return found;
  return found.length === 0 ? more : found.concat(more);
}

function merged(candidates: LabelledCandidate[]): Salary | null {
  const found = firstWithAlternatives(candidates);
  return found ? { ...candidateToSalary(found.first, 'employer'), alternatives: found.alternatives } : null;
}

/**
 * The posting's salary. Precedence:
 * 1. `structured`, as given;
 * 2. pay stated in the body — compensation sections first (where a lone figure counts),
 *    then every other section, then the title; when one level states several ranges, the
 *    first is the salary and the others its labelled alternatives (`firstWithAlternatives`);
 * 3. `boardSalaryText`, as an estimate, unless it is a placeholder.
 */
export function extractSalary(input: SalaryInput): Salary | null {
  if (input.structured) return input.structured;

  return (
    merged(scanSections(input.sections, true, 'phrase', input.localDollar)) ??
    merged(scanSections(input.sections, false, 'body', input.localDollar)) ??
    merged(scan(input.title, 'body', input.localDollar)) ??
    (input.boardSalaryText ? parseBoardSalary(input.boardSalaryText) : null)
  );
}
