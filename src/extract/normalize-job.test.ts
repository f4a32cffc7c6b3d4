import { describe, expect, it } from 'vitest';
import { normalizeJob } from './normalize-job';

// An invented posting: the company's own product is not asked of the candidate.
describe('normalizeJob', () => {
  it('leaves the employer out of the skills when its name is also a product', () => {
    const job = normalizeJob(
      {
        source: 'markdown',
        url: null,
        title: 'Account Executive',
        company: 'HubSpot, Inc.',
        location: null,
        sections: [{ heading: 'Requirements', text: '- 3+ years selling HubSpot or Salesforce\n- Gong and Excel' }],
        hints: {},
      },
      { now: new Date('2026-12-01T00:00:00Z') },
    );
    expect(job.skills.required).toEqual(['Salesforce', 'Gong', 'Excel']);
  });
});
