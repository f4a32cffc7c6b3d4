import type { JobSummary, SkillGroup } from '../core';

/**
 * One column of the CSV: its header and how a job fills it. The order here is the order
 * in the file.
 */
const COLUMNS: readonly [header: string, cell: (job: JobSummary) => string | number | null][] = [
  ['title', (job) => job.title],
  ['company', (job) => job.company],
  ['location', (job) => job.location],
  ['workplace', (job) => job.workplace],
  ['employment type', (job) => job.employmentType],
  ['seniority', (job) => job.seniority],
  ['salary min', (job) => job.salary?.min ?? null],
  ['salary max', (job) => job.salary?.max ?? null],
  ['currency', (job) => job.salary?.currency ?? null],
  ['period', (job) => job.salary?.period ?? null],
  ['salary as written', (job) => job.salary?.text ?? null],
  ['years', (job) => yearsOf(job)],
  ['required skills', (job) => skillsOf(job.skills.required, job.skillGroups, true)],
  ['preferred skills', (job) => skillsOf(job.skills.preferred, job.skillGroups, false)],
  ['status', (job) => job.status],
  ['note', (job) => job.note],
  ['url', (job) => job.url],
  ['saved at', (job) => job.savedAt],
];

/** "3-5", "4+" or "2": years asked. Never starts with a sign, so a sheet cannot misread it as a formula or date. */
function yearsOf(job: JobSummary): string | null {
  const experience = job.experience;
  if (experience === null) return null;
  if (experience.maxYears === null) return `${experience.minYears}+`;
  if (experience.maxYears === experience.minYears) return String(experience.minYears);
  return `${experience.minYears}-${experience.maxYears}`;
}

/** "Go; Kubernetes; one of AWS / GCP": single skills, then each any-of group of that kind. */
function skillsOf(names: readonly string[], groups: readonly SkillGroup[], required: boolean): string {
  const grouped = groups.filter((group) => group.required === required).map((group) => `one of ${group.anyOf.join(' / ')}`);
  return [...names, ...grouped].join('; ');
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return that
 * some read past) gets a leading apostrophe: page text is untrusted, and a title such as
 * `=HYPERLINK("http://evil.test","Apply")` must open as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: a cell holding a comma, quote or line break is quoted, its quotes doubled. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The saved jobs as a CSV file's text (RFC 4180: a header row, CRLF after every row), one
 * row per job in the order given. For spreadsheets: every cell is inert text or a number.
 */
export function jobsToCsv(jobs: readonly JobSummary[]): string {
  const rows = [COLUMNS.map(([header]) => csvCell(header)).join(',')];
  for (const job of jobs) rows.push(COLUMNS.map(([, cell]) => csvCell(cell(job))).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
