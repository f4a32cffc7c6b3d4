import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/sources/read-fixture';
import { looksLikeGreenhouse, parseGreenhouse } from './greenhouse';

const fixture = (name: string): unknown => JSON.parse(readFixture('greenhouse', name).text);

describe('parseGreenhouse', () => {
  it('takes a remote office the job is filed under as the listing workplace, and nothing from a city office', () => {
    const job = (offices: unknown) => ({
      title: 'Account Executive',
      absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/1',
      internal_job_id: 1,
      location: { name: 'Pune, India' },
      offices,
    });
    expect(parseGreenhouse(job([{ name: 'Pune' }, { name: 'Remote-India (PEO)' }]))[0]?.hints.boardWorkplace).toBe('remote');
    expect(parseGreenhouse(job([{ name: 'Pune' }]))[0]?.hints.boardWorkplace).toBeNull();
    expect(parseGreenhouse(job('not a list'))[0]?.hints.boardWorkplace).toBeNull();
  });

  it('reads one job: trimmed company, location, URL, first-published date, employment type, departments', () => {
    expect(parseGreenhouse(fixture('single-job.json'))).toMatchObject([
      {
        source: 'greenhouse',
        title: 'Machine Learning Engineer',
        company: 'Kestrel Works',
        location: 'Remote, Portugal',
        url: 'https://job-boards.greenhouse.io/kestrelworks/jobs/5550001',
        hints: { postedAt: '2026-09-30T14:15:00.000Z', employmentType: 'full-time', tags: ['Research'] },
      },
    ]);
  });

  it('decodes the HTML-escaped content before reading it, and never keeps a script', () => {
    expect(parseGreenhouse(fixture('single-job.json'))[0]?.sections).toEqual([
      { heading: '', text: '**About Kestrel Works**\nWe build drones that count trees & shrubs.' },
      { heading: 'What you’ll do', text: '- Train vision models in PyTorch\n- Ship them to the edge' },
    ]);
  });

  it('takes the first pay zone, and the others as alternatives named by their zone', () => {
    expect(parseGreenhouse(fixture('single-job.json'))[0]?.hints.salary).toEqual({
      min: 90000,
      max: 110000,
      currency: 'USD',
      period: 'year',
      kind: 'base',
      origin: 'employer',
      text: 'USD 90,000–110,000 per year (Zone A)',
      alternatives: [{ min: 75000, max: 95000, currency: 'USD', period: 'year', label: 'Zone B' }],
    });
  });

  it('reads a job list: skips untitled jobs, hourly ranges from the range title, a company confirmed by the board URL', () => {
    const postings = parseGreenhouse(fixture('job-list.json'));
    expect(postings.map((p) => p.title)).toEqual(['Warehouse Associate', 'Delivery Driver']);
    expect(postings[0]?.hints.salary).toMatchObject({ min: 21, max: 26, currency: 'USD', period: 'hour', text: 'USD 21–26 per hour (Hourly rate)' });
    // "thimbleberry" is spelled "Thimbleberry" in the second job's own text only.
    expect(postings.map((p) => p.company)).toEqual([null, 'Thimbleberry']);
    expect(postings[1]?.hints.salary).toBeNull();
  });

  it.each([
    ['a job', { title: 'x', absolute_url: 'https://boards.greenhouse.io/a/jobs/1' }, true],
    ['a list', { jobs: [{ title: 'x', absolute_url: 'https://example.com/1', internal_job_id: 1 }] }, true],
    ['a Lever posting', { text: 'x', hostedUrl: 'https://jobs.lever.co/a/1', categories: {} }, false],
    ['an empty list', { jobs: [] }, false],
    ['a title and a non-Greenhouse URL only', { title: 'x', absolute_url: 'https://example.com/1' }, false],
  ])('looksLikeGreenhouse: %s → %s', (_name, value, expected) => {
    expect(looksLikeGreenhouse(value)).toBe(expected);
  });
});
