import { describe, expect, it } from 'vitest';
import { normalizeJob } from './normalize-job';
import { localDollarOf } from './local-dollar';
import type { RawPosting } from '../core/raw-posting';

describe('localDollarOf', () => {
  it.each([
    ['Sydney NSW', 'AUD'],
    ['Melbourne, Victoria, Australia', 'AUD'],
    ['Toronto, ON', 'CAD'],
    ['Montreal, QC, CA', 'CAD'],
    ['Vancouver, British Columbia', 'CAD'],
    ['Auckland, New Zealand', 'NZD'],
    ['Singapore', 'SGD'],
    ['Ciudad de México, México', 'MXN'],
  ])('%s pays in %s', (place, dollar) => {
    expect(localDollarOf(place)).toBe(dollar);
  });

  it.each(['Seattle, WA', 'San Francisco, CA', 'Albuquerque, New Mexico', 'Victoria, TX', 'Remote (United States)', 'London, UK', 'Remote', null])(
    '%s names no other dollar',
    (place) => {
      expect(localDollarOf(place)).toBeNull();
    },
  );
});

const NOW = { now: new Date('2026-11-15T12:00:00Z') };

function posting(location: string, text: string, hints: RawPosting['hints'] = {}): RawPosting {
  return { source: 'text', url: null, title: 'Data Engineer', company: 'Acme', location, sections: [{ heading: 'Pay', text }], hints };
}

describe('a bare "$" in a posting', () => {
  it('is the local dollar where the job is', () => {
    const job = normalizeJob(posting('Brisbane QLD', 'The salary is $140,000 - $160,000 plus super.'), NOW);
    expect(job.salary).toMatchObject({ min: 140000, max: 160000, currency: 'AUD' });
  });

  it('is the board’s dollar when the board says so, whatever the place', () => {
    const job = normalizeJob(posting('Auckland CBD', 'Salary: $95,000 – $110,000', { boardDollar: 'NZD' }), NOW);
    expect(job.salary?.currency).toBe('NZD');
  });

  it('stays what the posting names: "USD", "CA$" or "Australian dollars"', () => {
    expect(normalizeJob(posting('Sydney NSW', 'Salary: USD $120,000 – $150,000'), NOW).salary?.currency).toBe('USD');
    expect(normalizeJob(posting('Sydney NSW', 'Salary: CA$120,000 – CA$150,000'), NOW).salary?.currency).toBe('CAD');
    expect(normalizeJob(posting('Seattle, WA', 'Salary: $120,000 – $150,000 Australian dollars'), NOW).salary?.currency).toBe('AUD');
  });

  it('is USD in the US or where the place is not known', () => {
    expect(normalizeJob(posting('Seattle, WA', 'Salary: $120,000 – $150,000'), NOW).salary?.currency).toBe('USD');
    expect(normalizeJob(posting('Remote', 'Salary: $120,000 – $150,000'), NOW).salary?.currency).toBe('USD');
  });
});
