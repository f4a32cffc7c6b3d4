import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, type Profile } from '../core';
import { mergeProfile } from './merge-profile';

const profile = (overrides: Partial<Profile>): Profile => ({ ...EMPTY_PROFILE, ...overrides });
const SALARY = { amount: 90_000, currency: 'EUR', period: 'year' } as const;

describe('mergeProfile', () => {
  it.each<[string, Partial<Profile>, Partial<Profile>, Partial<Profile>]>([
    ['new skills are added after the stored ones',
      { skills: [{ name: 'Go', level: 'working' }] }, { skills: [{ name: 'Rust', level: 'learning' }] },
      { skills: [{ name: 'Go', level: 'working' }, { name: 'Rust', level: 'learning' }] }],
    ['a skill in both takes the higher level',
      { skills: [{ name: 'Go', level: 'learning' }, { name: 'SQL', level: 'expert' }] }, { skills: [{ name: 'SQL', level: 'working' }, { name: 'Go', level: 'expert' }] },
      { skills: [{ name: 'Go', level: 'expert' }, { name: 'SQL', level: 'expert' }] }],
    ['an alias is the same skill, and the stored spelling stays',
      { skills: [{ name: 'Go', level: 'working' }] }, { skills: [{ name: 'Golang', level: 'expert' }] },
      { skills: [{ name: 'Go', level: 'expert' }] }],
    ['a name outside the dictionary matches regardless of case',
      { skills: [{ name: 'Widgetry', level: 'working' }] }, { skills: [{ name: 'WIDGETRY', level: 'learning' }] },
      { skills: [{ name: 'Widgetry', level: 'working' }] }],
    ['two spellings of one skill in the file become one entry',
      {}, { skills: [{ name: 'Go', level: 'learning' }, { name: 'golang', level: 'expert' }] },
      { skills: [{ name: 'Go', level: 'expert' }] }],
    ['the imported target salary, workplaces and locations when set',
      { targetSalary: { ...SALARY, amount: 50_000 }, workplaces: ['onsite'], locations: ['Porto'] },
      { targetSalary: SALARY, workplaces: ['remote', 'hybrid'], locations: ['EU'] },
      { targetSalary: SALARY, workplaces: ['remote', 'hybrid'], locations: ['EU'] }],
    ['the stored ones when the file leaves them unset',
      { targetSalary: SALARY, workplaces: ['onsite'], locations: ['Porto'] }, {},
      { targetSalary: SALARY, workplaces: ['onsite'], locations: ['Porto'] }],
  ])('%s', (_, stored, imported, expected) => {
    const merged = mergeProfile(profile(stored), profile(imported));
    expect(merged).toEqual(profile(expected));
    // Importing the same file again changes nothing.
    expect(mergeProfile(merged, profile(imported))).toEqual(merged);
  });

  it('does not change the stored profile it was given', () => {
    const stored = profile({ skills: [{ name: 'Go', level: 'learning' }] });
    mergeProfile(stored, profile({ skills: [{ name: 'Go', level: 'expert' }] }));
    expect(stored.skills[0]?.level).toBe('learning');
  });
});
