import type { Job } from '../core/job';
import type { Profile } from '../core/profile';
import { describe, expect, it } from 'vitest';
import { jobWithSkills as job, profileWithSkills as profile } from '../../test/fixtures/synthetic-job';
import { matchJob, type MatchResult } from './match';
import { MatchResult as MatchResultSchema } from './match-result';

const W = 'working' as const;
const L = 'learning' as const;
const E = 'expert' as const;

describe('matchJob: score', () => {
  it.each<[string, Job, Profile, number | null]>([
    ['every required skill held', job(['TypeScript', 'React']), profile(['TypeScript', W], ['React', E]), 100],
    ['half of the required skills', job(['TypeScript', 'React']), profile(['TypeScript', W]), 50],
    ['none of them', job(['TypeScript', 'React']), profile(['Haskell', W]), 0],
    // 'learning' earns half: (0.5 + 1) / 2
    ['learning counts half', job(['TypeScript', 'React']), profile(['TypeScript', L], ['React', W]), 75],
    // required weigh 1, preferred 0.5: (1 + 0) / (1 + 0.5) = 66.7
    ['a missing nice-to-have costs half', job(['Go'], ['Kubernetes']), profile(['Go', W]), 67],
    // (0 + 0.5) / 1.5 = 33.3
    ['a held nice-to-have earns half', job(['Go'], ['Kubernetes']), profile(['Kubernetes', W]), 33],
    ['only preferred skills named', job([], ['Docker', 'Terraform']), profile(['Docker', W]), 50],
    ['profile names compare without letter case', job(['PostgreSQL']), profile(['postgresql', W]), 100],
    ['the higher of two levels for one skill wins', job(['Go']), profile(['Go', L], ['golang', E]), 100],
    ['a skill both required and preferred counts once, as required', job(['Go', 'Rust'], ['Go']), profile(['Go', W]), 50],
  ])('%s', (_name, j, p, score) => {
    expect(matchJob(j, p).score).toBe(score);
  });

  it.each<[string, Job, Profile, MatchResult['noScoreReason']]>([
    ['empty profile', job(['Go']), profile(), 'empty-profile'],
    ['job names no skills', job([]), profile(['Go', W]), 'no-job-skills'],
    ['both: the profile is what the user can fix', job([]), profile(), 'empty-profile'],
  ])('no score when %s', (_name, j, p, reason) => {
    const result = matchJob(j, p);
    expect(result.score).toBeNull();
    expect(result.noScoreReason).toBe(reason);
  });
});

describe('matchJob: explanation', () => {
  it('says which profile entry matched, through an alias the user typed', () => {
    const result = matchJob(job(['Go', 'PostgreSQL']), profile(['Golang', W], ['Postgres', L]));
    expect(result.required.matched).toEqual([
      { skill: 'Go', profileName: 'Golang', level: 'working' },
      { skill: 'PostgreSQL', profileName: 'Postgres', level: 'learning' },
    ]);
    expect(result.score).toBe(75);
    // The background sends this to the content script, which parses it with the schema.
    expect(MatchResultSchema.parse(result)).toEqual(result);
  });

  it('lists the missing required and preferred skills by name', () => {
    const result = matchJob(job(['Go', 'Kafka', 'gRPC'], ['Rust', 'Nix']), profile(['Go', W], ['Nix', W]));
    expect(result.missingRequired).toEqual(['Kafka', 'gRPC']);
    expect(result.preferred.missing).toEqual(['Rust']);
    expect(result.counts).toEqual({ requiredMatched: 1, requiredTotal: 3, preferredMatched: 1, preferredTotal: 2 });
  });

  it('treats an unknown name by case-insensitive equality', () => {
    const result = matchJob(job(['Frobnicator 3']), profile(['frobnicator 3', W]));
    expect(result.required.matched).toEqual([{ skill: 'Frobnicator 3', profileName: 'frobnicator 3', level: 'working' }]);
  });
});

describe('matchJob: any-of groups', () => {
  const group = { anyOf: ['Ruby', 'Go', 'Java'], required: true };

  it.each<[string, Profile, string | null, number, number]>([
    // [profile, member that satisfied it, requiredMatched, score]
    ['one member is enough', profile(['Java', W]), 'Java', 2, 100],
    ['two members still count once', profile(['Java', W], ['Ruby', W]), 'Ruby', 2, 100],
    ['the best-levelled member is the one listed', profile(['Ruby', L], ['Go', E]), 'Go', 2, 100],
    ['a learning member earns half', profile(['Ruby', L]), 'Ruby', 2, 75],
    ['no member held', profile(['Python', W]), null, 1, 50],
  ])('%s', (_name, p, satisfiedBy, requiredMatched, score) => {
    // The extractor also lists group members among the required skills; they must not count twice.
    const j = job(['Ruby', 'Go', 'Java', 'Python'], [], [group]);
    const p2 = { ...p, skills: [...p.skills, { name: 'Python', level: W }] };
    const result = matchJob(j, p2);
    expect(result.required.groups[0]?.satisfiedBy?.skill ?? null).toBe(satisfiedBy);
    expect(result.counts.requiredTotal).toBe(2);
    expect(result.counts.requiredMatched).toBe(requiredMatched);
    expect(result.score).toBe(score);
  });

  it('names an unmet group as one missing requirement', () => {
    const result = matchJob(job(['Ruby', 'Go', 'Java'], [], [group]), profile(['Python', W]));
    expect(result.missingRequired).toEqual(['Ruby / Go / Java']);
    expect(result.counts).toMatchObject({ requiredMatched: 0, requiredTotal: 1 });
  });

  it('a preferred group weighs like one preferred skill', () => {
    const j = job(['Go'], ['AWS', 'GCP'], [{ anyOf: ['AWS', 'GCP'], required: false }]);
    const result = matchJob(j, profile(['Go', W], ['GCP', W]));
    expect(result.counts).toEqual({ requiredMatched: 1, requiredTotal: 1, preferredMatched: 1, preferredTotal: 1 });
    expect(result.score).toBe(100);
    expect(result.preferred.groups[0]?.satisfiedBy).toEqual({ skill: 'GCP', profileName: 'GCP', level: 'working' });
  });
});
