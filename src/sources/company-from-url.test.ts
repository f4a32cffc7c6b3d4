import { describe, expect, it } from 'vitest';
import { boardSlug, companyConfirmedBySlug } from './company-from-url';

describe('companyConfirmedBySlug', () => {
  it.each([
    ['one word', 'https://jobs.ashbyhq.com/northstack/1', ['About NorthStack', 'x'], 'NorthStack'],
    ['several words', 'https://jobs.lever.co/copperleafpay/1', ['At Copperleaf Pay, we move money.'], 'Copperleaf Pay'],
    ['a later text', 'https://jobs.lever.co/acme/1', ['Nothing here', 'Join Acme today'], 'Acme'],
    ['lower-case words only', 'https://jobs.lever.co/ramp/1', ['we ramp up quickly'], null],
    ['a shouted heading', 'https://jobs.ashbyhq.com/northstack/1', ['ABOUT NORTHSTACK'], null],
    ['no mention', 'https://jobs.lever.co/matchgroup/1', ['We build video chat apps.'], null],
    ['a short shouted name', 'https://boards.greenhouse.io/ibm/jobs/1', ['Join IBM'], 'IBM'],
    ['another host', 'https://example.com/acme/1', ['Acme'], null],
    ['no URL', null, ['Acme'], null],
  ])('%s', (_name, url, texts, expected) => {
    expect(companyConfirmedBySlug(url, texts)).toBe(expected);
  });

  it('reads the slug of each ATS host', () => {
    expect(boardSlug('https://jobs.eu.lever.co/Some-Co/123')).toBe('someco');
    expect(boardSlug('https://job-boards.greenhouse.io/kestrelworks/jobs/1')).toBe('kestrelworks');
    expect(boardSlug('https://jobs.ashbyhq.com/%E2%82%AC/1')).toBe(null);
  });
});
