import { describe, expect, it } from 'vitest';
import type { Job } from '../../src/core';
import { normalizeJob } from '../../src/extract/normalize-job';
import { readPostingFile } from '../../src/sources';
import { hasSeeds, readSeed, SKIP_REASON } from '../support/shared-data';

if (!hasSeeds) console.warn(SKIP_REASON);

/** The three postings the project started from, read end to end from ../shared/seeds. */
function extractSeed(prefix: string): Job {
  const { name, text } = readSeed(prefix);
  const postings = readPostingFile({ text, fileName: name });
  expect(postings).toHaveLength(1);
  return normalizeJob(postings[0]!, { now: new Date('2026-11-22T00:00:00Z') });
}

const MOJIBAKE = /Ã.|â€|ðŸ|Â[\s\u00a0-\u00bf]/;

describe.skipIf(!hasSeeds)('seed postings, end to end', () => {
  it('000: Motive backend engineer (RemoteWLB, mojibake)', () => {
    const job = extractSeed('000_');
    expect(job).toMatchObject({
      source: 'remotewlb',
      title: 'Software Engineer - Backend',
      company: 'Motive',
      location: 'Pakistan',
      salary: null,
      experience: { minYears: 4 },
    });
    expect(job.skills.required).toEqual(
      expect.arrayContaining([
        'Ruby on Rails', 'Go', 'Java', 'Python', 'Node.js', 'AWS', 'Microservices', 'CI/CD',
      ]),
    );
    // "relational databases preferably Postgres or MySQL", "(preferably Git)": welcome, not asked.
    expect(job.skills.preferred).toEqual(expect.arrayContaining(['PostgreSQL', 'MySQL', 'Git']));
    // Generic concepts are topics (LABELLING.md): shown apart, never scored.
    expect(job.skills.topics).toEqual(expect.arrayContaining(['NoSQL', 'SOA']));
    expect(job.skills.required).not.toContain('NoSQL');
    const languages = job.skillGroups.find((g) => g.anyOf.includes('Java'));
    expect(languages?.required).toBe(true);
    expect([...(languages?.anyOf ?? [])].sort()).toEqual(['Go', 'Java', 'Node.js', 'Python', 'Ruby on Rails']);
    // "Who we are" is company prose: the IoT hardware and AI-powered apps are not asked of the candidate.
    expect(job.skills.required.filter((s) => /^(IoT|AI|Artificial Intelligence|Internet of Things)$/i.test(s))).toEqual([]);
    expect(JSON.stringify(job)).not.toMatch(MOJIBAKE);
  });

  it('001: Beat senior backend engineer (YAML front matter)', () => {
    const job = extractSeed('001_');
    expect(job).toMatchObject({
      source: 'frontmatter',
      title: 'Senior Backend Engineer',
      company: 'Beat',
      location: 'Remote',
      workplace: 'remote',
      seniority: 'senior',
      postedAt: '2021-06-20T22:00:00.000Z',
      experience: { minYears: 3 },
    });
    expect(job.skills.required).toEqual(
      expect.arrayContaining(['Go', 'PHP', 'Python', 'C#', 'Java', 'Kotlin', 'MySQL', 'Docker', 'REST']),
    );
    expect(job.skills.preferred).toContain('Git'); // "(Git preferably)"
    expect(job.skills.topics).toContain('OOP');
    expect(job.skills.preferred).toEqual(
      expect.arrayContaining([
        'MongoDB', 'Redis', 'Elasticsearch', 'Kafka', 'RabbitMQ', 'Kubernetes', 'Jenkins', 'AWS', 'Google Cloud',
      ]),
    );
  });

  it('002: Remote senior Elixir engineer (RemoteWLB, mojibake, body salary)', () => {
    const job = extractSeed('002_');
    expect(job).toMatchObject({
      source: 'remotewlb',
      title: 'Senior Backend Engineer (Elixir)',
      company: 'Remote',
      location: 'Remote-Africa',
      workplace: 'remote',
      seniority: 'senior',
      salary: { min: 51850, max: 171450, currency: 'USD', period: 'year' },
    });
    expect(job.skills.required).toEqual(expect.arrayContaining(['Elixir', 'PostgreSQL', 'CI/CD']));
    expect(job.skills.preferred).toEqual(['Kubernetes', 'Docker', 'AWS', 'Next.js', 'React', 'Vue', 'Angular']);
    expect(JSON.stringify(job)).not.toMatch(MOJIBAKE);
  });
});
