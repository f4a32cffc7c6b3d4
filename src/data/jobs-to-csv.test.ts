import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JobSummary } from '../core';
import { fakeJobSummary } from '../../test/support/job-fixtures';
import { HOSTILE_STRINGS, savedJob } from '../../test/support/export-arbitraries';
import { jobsToCsv } from './jobs-to-csv';

/** A strict RFC 4180 reader, to check the file as a spreadsheet would read it. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && cell === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted cell');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else {
      if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') throw new Error(`unquoted ${JSON.stringify(text[i])} at ${i}`);
      cell += text[i++];
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}

const HEADER = [
  'title', 'company', 'location', 'workplace', 'employment type', 'seniority', 'salary min', 'salary max', 'currency',
  'period', 'salary as written', 'years', 'required skills', 'preferred skills', 'status', 'note', 'url', 'saved at',
];

const summary = fakeJobSummary;

describe('jobsToCsv', () => {
  it('writes a header row and one row per job, every field in its column', () => {
    const job = summary({
      title: 'Widget Engineer, Platform',
      company: 'Zorbly "Labs"',
      location: 'Porto\nPortugal',
      salary: { min: 50_000, max: 65_000.5, currency: 'EUR', period: 'year', kind: 'base', origin: 'employer', text: '€50k–€65.5k', alternatives: [] },
      experience: { minYears: 3, maxYears: 5, text: '3-5 years' },
      skills: { required: ['Go', 'Kubernetes'], preferred: ['PostgreSQL'], unrecognised: [], topics: [] },
      skillGroups: [{ anyOf: ['AWS', 'GCP'], required: true }, { anyOf: ['Rust', 'C++'], required: false }],
      status: 'interviewing',
      note: 'Ask about on-call 🧑‍💻',
      savedAt: '2026-01-10T09:00:00.000Z',
    });
    const rows = readCsv(jobsToCsv([job]));
    expect(rows).toEqual([
      HEADER,
      [
        'Widget Engineer, Platform', 'Zorbly "Labs"', 'Porto\nPortugal', 'remote', 'full-time', 'senior', '50000', '65000.5', 'EUR',
        'year', '€50k–€65.5k', '3-5', 'Go; Kubernetes; one of AWS / GCP', 'PostgreSQL; one of Rust / C++', 'interviewing',
        'Ask about on-call 🧑‍💻', 'https://boards.greenhouse.io/zorbly/jobs/42?gh_src=mail', '2026-01-10T09:00:00.000Z',
      ],
    ]);
  });

  it.each([
    ['no salary, no years, no url', { salary: null, experience: null, url: null, company: null }, { 'salary min': '', currency: '', years: '', url: '', company: '' }],
    ['an open-ended range', { salary: { min: null, max: 90, currency: 'USD', period: 'hour', kind: 'ote', origin: 'estimate', text: 'up to $90', alternatives: [] } as const }, { 'salary min': '', 'salary max': '90', period: 'hour' }],
    ['years with no upper bound', { experience: { minYears: 4, maxYears: null, text: '4+' } }, { years: '4+' }],
    ['an exact number of years', { experience: { minYears: 2, maxYears: 2, text: 'two years' } }, { years: '2' }],
  ])('leaves %s as expected', (_, overrides, cells) => {
    const [header, row] = readCsv(jobsToCsv([summary(overrides as Partial<JobSummary>)]));
    for (const [column, value] of Object.entries(cells)) expect(row?.[header!.indexOf(column)]).toBe(value);
  });

  it('writes just the header for no jobs', () => {
    expect(jobsToCsv([])).toBe(`${HEADER.join(',')}\r\n`);
  });

  it.each([
    ['=HYPERLINK("http://evil.test","Apply")', '\'=HYPERLINK("http://evil.test","Apply")'],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tTabbed', "'\tTabbed"],
    ['\rCarriage', "'\rCarriage"],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['Engineer = good', 'Engineer = good'],
  ])('a title %j becomes the inert text %j', (title, cell) => {
    const [, row] = readCsv(jobsToCsv([summary({ title, note: title, company: title })]));
    expect(row?.slice(0, 2)).toEqual([cell, cell]);
    expect(row?.[HEADER.indexOf('note')]).toBe(cell);
  });

  it('any job, hostile text included, reads back cell for cell and never starts a formula', () => {
    fc.assert(
      fc.property(fc.array(savedJob, { maxLength: 4 }), fc.constantFrom(...HOSTILE_STRINGS), (jobs, hostile) => {
        const summaries = jobs.map(({ raw: _raw, sections: _sections, ...rest }) => ({ ...rest, title: `${hostile}${rest.title}` }));
        const rows = readCsv(jobsToCsv(summaries));
        expect(rows).toHaveLength(jobs.length + 1);
        rows.slice(1).forEach((row, i) => {
          expect(row).toHaveLength(HEADER.length);
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          const title = summaries[i]!.title;
          expect(row[0]).toBe(/^[=+\-@\t\r]/.test(title) ? `'${title}` : title);
        });
      }),
    );
  });
});
