import { describe, expect, it } from 'vitest';
import { Job } from './job';

const valid = {
  id: 'https://example.com/jobs/1',
  url: 'https://example.com/jobs/1',
  source: 'greenhouse',
  title: 'Engineer',
  company: null,
  location: null,
  workplace: null,
  employmentType: null,
  seniority: null,
  salary: { min: null, max: 100000, currency: 'USD', period: 'year', kind: 'base', origin: 'employer', text: 'up to $100k' },
  experience: null,
  skills: { required: [], preferred: [], unrecognised: [] },
  skillGroups: [],
  sections: [],
  postedAt: null,
};

describe('Job schema', () => {
  it('accepts a minimal job with an open-ended salary', () => {
    expect(Job.safeParse(valid).success).toBe(true);
  });
  it.each([
    ['an unknown source', { source: 'myspace' }],
    ['a lower-case currency', { salary: { ...valid.salary, currency: 'usd' } }],
    ['a one-member any-of group', { skillGroups: [{ anyOf: ['Go'], required: true }] }],
    ['an empty id', { id: '' }],
  ])('rejects %s', (_, patch) => {
    expect(Job.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});
