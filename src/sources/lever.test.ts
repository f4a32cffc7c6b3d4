import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/sources/read-fixture';
import { looksLikeLever, parseLever } from './lever';

const fixture = (name: string): unknown => JSON.parse(readFixture('lever', name).text);

describe('parseLever', () => {
  it('reads a posting: categories, all locations, workplace, commitment, salary range, created date', () => {
    expect(parseLever(fixture('posting.json'))).toMatchObject([
      {
        source: 'lever',
        title: 'Senior Payments Engineer',
        url: 'https://jobs.lever.co/copperleafpay/0b9f6e1c-0000-4000-8000-000000000001',
        location: 'Berlin, Germany; Remote - Germany',
        hints: {
          workplace: 'remote',
          employmentType: 'full-time',
          postedAt: '2025-10-09T08:53:20.000Z',
          tags: ['Engineering', 'Payments'],
          salary: { min: 80000, max: 100000, currency: 'EUR', period: 'year', text: 'EUR 80,000–100,000 per year' },
        },
      },
    ]);
  });

  it('names the company only when the posting writes the name its board URL spells', () => {
    expect(parseLever(fixture('posting.json'))[0]?.company).toBe('Copperleaf Pay');
    expect(parseLever(fixture('array-plain.json')).map((p) => p.company)).toEqual([null, null]);
  });

  it('orders the body: description, each list under its own heading, additional, salary words', () => {
    expect(parseLever(fixture('posting.json'))[0]?.sections).toEqual([
      { heading: '', text: 'At Copperleaf Pay, we move money for small shops.\n**Why this team**\nPayments touch every customer.' },
      { heading: "What you'll do", text: '- Design ledger services in Kotlin\n- Own PCI DSS scope' },
      { heading: 'What we look for', text: '- Distributed systems\n- 6+ years of backend work' },
      { heading: '', text: 'We interview in two steps.' },
      { heading: 'Compensation', text: 'Plus a yearly bonus.' },
    ]);
  });

  it('reads an array payload with plain-text bodies, hourly pay, and no salary for an interval it does not know', () => {
    const [trainer, roaster] = parseLever(fixture('array-plain.json'));
    expect(trainer).toMatchObject({
      title: 'Barista Trainer (Weekend)',
      sections: [{ heading: '', text: 'Teach new baristas.\nPull consistent shots.' }],
      hints: { workplace: null, employmentType: 'part-time', postedAt: null, salary: { min: 12, max: 15, period: 'hour' } },
    });
    expect(roaster?.hints).toMatchObject({ employmentType: 'internship', salary: null });
  });

  it.each([
    ['a posting', { text: 'x', categories: {}, hostedUrl: 'https://jobs.lever.co/a/1' }, true],
    ['an array of postings', [{ text: 'x', categories: {}, lists: [] }], true],
    ['a Greenhouse job', { title: 'x', absolute_url: 'https://boards.greenhouse.io/a/jobs/1' }, false],
    ['text without categories', { text: 'x', hostedUrl: 'https://jobs.lever.co/a/1' }, false],
  ])('looksLikeLever: %s → %s', (_name, value, expected) => {
    expect(looksLikeLever(value)).toBe(expected);
  });
});
