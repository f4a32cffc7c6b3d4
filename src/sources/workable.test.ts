import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/sources/read-fixture';
import { looksLikeWorkable, parseWorkable } from './workable';

const fixture = (name: string): unknown => JSON.parse(readFixture('workable', name).text);

describe('parseWorkable', () => {
  it('makes one posting per job, each with the account name as company', () => {
    const postings = parseWorkable(fixture('widget.json'));
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['Controls Engineer', 'Lumen Orchard'],
      ['Remote Data Scientist', 'Lumen Orchard'],
    ]);
  });

  it('reads locations, telecommuting, employment type and dates', () => {
    const [controls, scientist] = parseWorkable(fixture('widget.json'));
    expect(controls).toMatchObject({
      location: 'Venlo, Limburg, Netherlands; Hasselt, Belgium',
      url: 'https://apply.workable.com/j/A1B2C3D4E5',
      hints: { workplace: null, employmentType: 'full-time', postedAt: '2026-06-10T00:00:00.000Z', tags: ['Engineering'] },
    });
    expect(scientist).toMatchObject({ location: 'Portugal', hints: { workplace: 'remote', employmentType: 'contract', postedAt: null } });
  });

  it('reads the description, and requirements and benefits under their own headings', () => {
    const [controls, scientist] = parseWorkable(fixture('widget.json'));
    expect(controls?.sections).toEqual([{ heading: '', text: 'Program the PLCs that water our crops.\n**Requirements**\n- Siemens TIA Portal' }]);
    expect(scientist?.sections).toEqual([
      { heading: 'Requirements', text: '- Python\n- Forecasting' },
      { heading: 'Benefits', text: 'Learning budget' },
    ]);
  });

  it('reads a single job without an account: no company, application URL as the address', () => {
    expect(parseWorkable(fixture('single-job-minimal.json'))).toEqual([
      {
        source: 'workable',
        url: 'https://apply.workable.com/j/K1L2M3N4O5/apply',
        title: 'Night Shift Grower',
        company: null,
        location: 'Venlo, Netherlands',
        sections: [],
        hints: { workplace: null, employmentType: 'temporary', postedAt: null, tags: undefined },
      },
    ]);
  });

  it.each([
    ['a widget', { name: 'A', jobs: [{ title: 'x', shortcode: 'AB' }] }, true],
    ['a single job', { title: 'x', shortcode: 'AB' }, true],
    ['an Ashby list', { jobs: [{ title: 'x', jobUrl: 'https://jobs.ashbyhq.com/a/1' }] }, false],
  ])('looksLikeWorkable: %s → %s', (_name, value, expected) => {
    expect(looksLikeWorkable(value)).toBe(expected);
  });
});
