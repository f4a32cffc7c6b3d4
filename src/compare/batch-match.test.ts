import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SkillGroup } from '../core/job';
import { NO_ELIGIBILITY, type Profile, type ProfileSkill } from '../core/profile';
import { jobWithSkills, profileWithSkills } from '../../test/fixtures/synthetic-job';
import { createMatcher } from './batch-match';
import { matchJob } from './match';

/**
 * Names as jobs and users write them: canonical names, aliases and case variants of the
 * same skill (so keys collide across jobs and profile), and names the dictionary lacks.
 */
const NAMES = [
  'Go', 'Golang', 'golang', 'GO', 'PostgreSQL', 'Postgres', 'postgresql', 'React', 'ReactJS', 'Kubernetes', 'k8s',
  'Docker', 'AWS', 'GCP', 'Ruby', 'Java', 'Python', 'TypeScript', 'Rust', 'Kafka',
  'Frobnicator 3', 'frobnicator 3', 'Widgetry', ' Widgetry ',
];
const name = fc.constantFrom(...NAMES);
const level = fc.constantFrom<ProfileSkill['level']>('learning', 'working', 'expert');
const profile: fc.Arbitrary<Profile> = fc
  .array(fc.record({ name, level }), { maxLength: 8 })
  .map((skills) => ({ skills, targetSalary: null, workplaces: [], locations: [], eligibility: NO_ELIGIBILITY }));
const group: fc.Arbitrary<SkillGroup> = fc.record({ anyOf: fc.array(name, { minLength: 2, maxLength: 4 }), required: fc.boolean() });
const job = fc
  .record({
    required: fc.array(name, { maxLength: 8 }),
    preferred: fc.array(name, { maxLength: 5 }),
    groups: fc.array(group, { maxLength: 2 }),
  })
  .map(({ required, preferred, groups }) => jobWithSkills(required, preferred, groups));

describe('createMatcher', () => {
  it('one matcher over many jobs gives exactly what matchJob gives for each', () => {
    fc.assert(
      fc.property(profile, fc.array(job, { minLength: 1, maxLength: 20 }), (p, jobs) => {
        const match = createMatcher(p);
        const batch = jobs.map((j) => match(j));
        expect(batch).toEqual(jobs.map((j) => matchJob(j, p)));
        // The name cache it keeps between jobs must not make the order matter.
        expect([...jobs].reverse().map((j) => match(j))).toEqual([...batch].reverse());
      }),
      { numRuns: 300 },
    );
  });

  it('matches through aliases, both ways, like the badge', () => {
    const match = createMatcher(profileWithSkills(['Golang', 'expert'], ['postgres', 'learning']));
    const result = match(jobWithSkills(['Go', 'PostgreSQL', 'Kafka']));
    expect(result.required.matched).toEqual([
      { skill: 'Go', profileName: 'Golang', level: 'expert' },
      { skill: 'PostgreSQL', profileName: 'postgres', level: 'learning' },
    ]);
    expect(result.missingRequired).toEqual(['Kafka']);
    expect(result.score).toBe(50);
  });

  it('returns fresh results: changing one leaves the next job’s and the job’s own lists alone', () => {
    const match = createMatcher(profileWithSkills(['Ruby', 'working']));
    const groupJob = jobWithSkills([], [], [{ anyOf: ['Ruby', 'Go'], required: true }]);
    const first = match(groupJob);
    first.required.groups[0]!.anyOf.push('Tampered');
    first.missingRequired.push('Tampered');
    expect(groupJob.skillGroups[0]!.anyOf).toEqual(['Ruby', 'Go']);
    expect(match(groupJob)).toEqual(matchJob(groupJob, profileWithSkills(['Ruby', 'working'])));
  });

  it('a matcher made for one profile ignores later edits of that profile object', () => {
    const p = profileWithSkills(['Go', 'working']);
    const match = createMatcher(p);
    p.skills.push({ name: 'Kafka', level: 'expert' });
    expect(match(jobWithSkills(['Go', 'Kafka'])).score).toBe(50);
  });
});
