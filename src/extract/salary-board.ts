import type { Salary } from '../core/job';
import { parseSalaryText } from './salary-parse';

/**
 * Header values RemoteWLB shows when it has no real figure: "~0k", "0", "$0", "None",
 * and "65k-95k USD", a default it stamps on postings of every country and level.
 */
const PLACEHOLDERS = new Set(['~0k', '0', '$0', 'none', 'n/a', '65k-95k usd']);

/** Longest board header we read. */
const MAX_HEADER = 200;

/**
 * A job board's salary line (RemoteWLB's `💰 …` header) → a Salary with origin 'estimate',
 * or null for a placeholder, a figure without currency ("450000.0", "~195k") or words
 * ("Competitive"). The emoji and code-span backticks around it are tolerated.
 */
export function parseBoardSalary(boardText: string): Salary | null {
  // A header is one short line; anything past this is not part of it.
  const cleaned = boardText.slice(0, MAX_HEADER).replace(/💰|`/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!cleaned || PLACEHOLDERS.has(cleaned.toLowerCase())) return null;
  return parseSalaryText(cleaned, { origin: 'estimate' });
}
