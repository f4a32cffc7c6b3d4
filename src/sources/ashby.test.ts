import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/sources/read-fixture';
import { looksLikeAshby, parseAshby } from './ashby';

const fixture = (name: string): unknown => JSON.parse(readFixture('ashby', name).text);

describe('parseAshby', () => {
  it('reads a job: workplace type over isRemote, secondary locations, employment type, date, company from its own text', () => {
    expect(parseAshby(fixture('job-with-tiers.json'))).toMatchObject([
      {
        source: 'ashby',
        title: 'Analytics Engineer',
        company: 'NorthStack',
        location: 'Toronto, ON; Montreal, QC',
        url: 'https://jobs.ashbyhq.com/northstack/11111111-2222-4333-8444-555555555555',
        hints: { workplace: 'hybrid', employmentType: 'full-time', postedAt: '2026-10-05T14:00:00.000Z', tags: ['Data', 'Data Platform'] },
      },
    ]);
  });

  it("takes the first tier's Salary component, the other tiers as alternatives, ignoring equity and bonus", () => {
    expect(parseAshby(fixture('job-with-tiers.json'))[0]?.hints.salary).toEqual({
      min: 120000,
      max: 150000,
      currency: 'CAD',
      period: 'year',
      kind: 'base',
      origin: 'employer',
      text: 'CAD 120,000–150,000 per year',
      alternatives: [{ min: 110000, max: 130000, currency: 'CAD', period: 'year', label: 'Intermediate' }],
    });
  });

  it('reads the HTML description into sections', () => {
    expect(parseAshby(fixture('job-with-tiers.json'))[0]?.sections).toEqual([
      { heading: 'About NorthStack', text: 'NorthStack sells software to ski resorts.' },
      { heading: 'You will', text: '- Model data in dbt\n- Write SQL for Snowflake' },
    ]);
  });

  it('reads a list: isRemote, the plain description when the HTML is empty, no pay the employer chose not to show', () => {
    const postings = parseAshby(fixture('list-hidden-pay.json'));
    expect(postings).toHaveLength(1);
    expect(postings[0]).toMatchObject({
      title: 'Customer Support Lead',
      company: null,
      location: 'Anywhere in Europe',
      sections: [{ heading: '', text: 'Lead a team of four.\nAnswer the hardest tickets yourself.' }],
      hints: { workplace: 'remote', employmentType: 'contract', salary: null, postedAt: '2026-03-01T00:00:00.000Z' },
    });
  });

  it.each([
    ['a job', { title: 'x', descriptionHtml: '<p>x</p>' }, true],
    ['a list', { jobs: [{ title: 'x', jobUrl: 'https://jobs.ashbyhq.com/a/1' }] }, true],
    ['a Workable job', { title: 'x', shortcode: 'AB' }, false],
  ])('looksLikeAshby: %s → %s', (_name, value, expected) => {
    expect(looksLikeAshby(value)).toBe(expected);
  });
});
