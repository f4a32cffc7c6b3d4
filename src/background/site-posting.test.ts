import { describe, expect, it } from 'vitest';
import type { RawPosting } from '../core/raw-posting';
import { sitePosting, type SiteFields } from './site-posting';

const URL_TEXT = 'https://jobs.example.com/1';

const BASE: RawPosting = {
  source: 'jsonld',
  url: 'https://other.example.com/posting',
  title: 'Data Engineer',
  company: 'Acme',
  location: null,
  sections: [{ heading: '', text: 'Build pipelines in Python and SQL for our warehouse.' }],
  hints: { employmentType: 'full-time', salary: null, workplace: null },
};

const SITE: SiteFields = {
  title: 'Data Engineer (m/f/d)',
  company: 'Acme GmbH',
  location: 'Berlin',
  sections: [{ heading: '', text: 'Short teaser.' }],
  salaryText: '€70K/yr - €80K/yr',
  hints: { workplace: 'hybrid', employmentType: 'part-time' },
};

describe('sitePosting', () => {
  it('takes the JSON-LD as the base and fills only what it misses from the site', () => {
    expect(sitePosting('linkedin', URL_TEXT, BASE, SITE)).toEqual({
      source: 'linkedin',
      url: URL_TEXT,
      title: 'Data Engineer',
      company: 'Acme',
      location: 'Berlin',
      sections: [...BASE.sections, { heading: 'Compensation', text: '€70K/yr - €80K/yr' }],
      hints: { workplace: 'hybrid', employmentType: 'full-time' },
    });
  });

  it.each([
    ['the site has the longer description', [{ heading: 'About', text: 'x'.repeat(500) }], 'About'],
    ['the JSON-LD has the longer description', [{ heading: 'About', text: 'x' }], ''],
  ])('uses the longer description when %s', (_case, sections, heading) => {
    expect(sitePosting('workday', URL_TEXT, BASE, { ...SITE, sections })!.sections[0]!.heading).toBe(heading);
  });

  it('adds no pay line when the JSON-LD states the salary as data', () => {
    const salary = { min: 1, max: 2, currency: 'EUR', period: 'year', kind: 'base', origin: 'employer', text: 'EUR 1–2', alternatives: [] as never[] } as const;
    const posting = sitePosting('linkedin', URL_TEXT, { ...BASE, hints: { salary } }, SITE)!;
    expect(posting.sections.some((s) => s.heading === 'Compensation')).toBe(false);
    expect(posting.hints.salary).toEqual(salary);
  });

  it('adds no pay line the description already holds', () => {
    const sections = [{ heading: 'Pay', text: 'Range: €70K/yr - €80K/yr' }];
    expect(sitePosting('linkedin', URL_TEXT, null, { ...SITE, sections })!.sections).toEqual(sections);
  });

  it('reads the site alone when the page has no JSON-LD', () => {
    expect(sitePosting('indeed', URL_TEXT, null, SITE)).toMatchObject({ title: 'Data Engineer (m/f/d)', company: 'Acme GmbH', hints: SITE.hints });
  });

  it('gives null when neither names the job', () => {
    expect(sitePosting('indeed', URL_TEXT, null, { ...SITE, title: null })).toBeNull();
  });
});
