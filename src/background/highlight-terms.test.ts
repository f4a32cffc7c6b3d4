import type { Job } from '../core/job';
import type { Profile } from '../core/profile';
import { describe, expect, it } from 'vitest';
import { jobWithSkills as job, profileWithSkills as profile } from '../../test/fixtures/synthetic-job';
import { highlightTerms, MAX_TERMS, type MentionWording } from './highlight-terms';

const mention = (name: string, matched = name): MentionWording => ({ name, matched });

describe('highlightTerms', () => {
  it.each<[string, Job, Profile, MentionWording[], [string, string][]]>([
    [
      'have, missing and other by the profile and the job',
      job(['Go', 'Kafka'], ['Rust']),
      profile(['Go', 'working']),
      [mention('Go', 'GoLang'), mention('Kafka'), mention('Rust'), mention('Docker')],
      [['GoLang', 'have'], ['Kafka', 'missing'], ['Rust', 'other'], ['Docker', 'other']],
    ],
    [
      'a learning skill is still one the user has',
      job(['Go']),
      profile(['Go', 'learning']),
      [mention('Go')],
      [['Go', 'have']],
    ],
    [
      'a skill the user has is "have" even where the job does not ask for it',
      job([]),
      profile(['Docker', 'expert']),
      [mention('Docker')],
      [['Docker', 'have']],
    ],
    [
      'each wording of one skill is its own term, listed once',
      job(['PostgreSQL']),
      profile(['Go', 'working']),
      [mention('PostgreSQL', 'Postgres'), mention('PostgreSQL', 'postgres'), mention('PostgreSQL', 'Postgres')],
      [['Postgres', 'missing'], ['postgres', 'missing']],
    ],
    [
      'with an empty profile nothing is marked missing',
      job(['Go', 'Kafka']),
      profile(),
      [mention('Go'), mention('Kafka')],
      [['Go', 'other'], ['Kafka', 'other']],
    ],
    [
      'members of an unmet required group are missing',
      job(['Ruby', 'Java'], [], [{ anyOf: ['Ruby', 'Java'], required: true }]),
      profile(['Go', 'working']),
      [mention('Ruby'), mention('Java')],
      [['Ruby', 'missing'], ['Java', 'missing']],
    ],
    [
      'once the group is met, the other members are not missing',
      job(['Ruby', 'Java'], [], [{ anyOf: ['Ruby', 'Java'], required: true }]),
      profile(['Java', 'working']),
      [mention('Ruby'), mention('Java')],
      [['Ruby', 'other'], ['Java', 'have']],
    ],
    [
      'the user\u2019s alias reaches the posting\u2019s wording through the dictionary',
      job(['Go']),
      profile(['Golang', 'working']),
      [mention('Go')],
      [['Go', 'have']],
    ],
  ])('%s', (_name, j, p, mentions, expected) => {
    expect(highlightTerms(j, p, mentions).map((t) => [t.text, t.kind])).toEqual(expected);
  });

  it(`keeps at most ${MAX_TERMS} wordings`, () => {
    const many = Array.from({ length: MAX_TERMS + 50 }, (_, i) => mention(`Skill${i}`));
    const terms = highlightTerms(job([]), profile(['Skill249', 'working']), many);
    expect(terms).toHaveLength(MAX_TERMS);
    expect(terms.at(-1)?.text).toBe(`Skill${MAX_TERMS - 1}`);
  });
});
