import Table from 'cli-table3';
import type { Job, Salary } from '../core';

const MAX_SKILLS_SHOWN = 8;

/** A comparison table for the terminal: one row per job, the columns a job seeker scans. */
export function formatJobTable(jobs: readonly Job[]): string {
  const table = new Table({
    head: ['Title', 'Company', 'Location', 'Salary', 'Years', 'Required skills'],
    colWidths: [28, 20, 20, 32, 7, 44],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const job of jobs) {
    table.push([
      job.title,
      job.company ?? '—',
      formatPlace(job),
      formatSalary(job.salary),
      formatYears(job),
      formatSkills(job.skills.required),
    ]);
  }
  return table.toString();
}

export function formatSalary(salary: Salary | null): string {
  if (!salary) return '—';
  const amount = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(n);
  const range =
    salary.min !== null && salary.max !== null
      ? `${amount(salary.min)}–${amount(salary.max)}`
      : salary.min !== null
        ? `from ${amount(salary.min)}`
        : `up to ${amount(salary.max ?? 0)}`;
  const notes = [salary.kind === 'ote' ? 'OTE' : null, salary.origin === 'estimate' ? 'estimate' : null].filter(Boolean);
  return `${salary.currency} ${range} /${salary.period}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** Location as written, plus the workplace when the location does not already say it. */
function formatPlace(job: Job): string {
  const { location, workplace } = job;
  if (!location) return workplace ?? '—';
  if (!workplace || location.toLowerCase().includes(workplace)) return location;
  return `${location} · ${workplace}`;
}

function formatYears(job: Job): string {
  const e = job.experience;
  if (!e) return '—';
  return e.maxYears === null ? `${e.minYears}+` : e.maxYears === e.minYears ? `${e.minYears}` : `${e.minYears}–${e.maxYears}`;
}

function formatSkills(skills: readonly string[]): string {
  if (skills.length === 0) return '—';
  const shown = skills.slice(0, MAX_SKILLS_SHOWN).join(', ');
  return skills.length > MAX_SKILLS_SHOWN ? `${shown} +${skills.length - MAX_SKILLS_SHOWN}` : shown;
}
