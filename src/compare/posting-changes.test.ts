import { describe, expect, it } from 'vitest';
import { fakeJob } from '../../test/support/job-fixtures';
import { changeWords } from './change-words';
import { descriptionSketch } from './description-sketch';
import { postingChanges, type ComparedPosting } from './posting-changes';

const TEXT = 'Tend the widget foundry, keep its furnaces calibrated, review the casting logs every morning and mentor two apprentices on the night shift.';

function posting(overrides: Partial<ComparedPosting> = {}): ComparedPosting {
  const job = fakeJob({
    title: 'Senior Backend Engineer',
    location: 'Lisbon',
    workplace: 'hybrid',
    salary: { min: 85_000, max: 105_000, currency: 'EUR', period: 'year', kind: 'base', origin: 'employer', text: '€85k–€105k', alternatives: [] },
    experience: { minYears: 5, maxYears: null, text: '5+ years' },
    skills: { required: ['Go', 'PostgreSQL'], preferred: ['Rust'], unrecognised: [], topics: [] },
  });
  return { ...job, descriptionSketch: descriptionSketch([{ text: TEXT }]), ...overrides };
}

describe('postingChanges', () => {
  it('finds nothing in the same posting, nor in a salary written another way or skills in another order', () => {
    const before = posting();
    expect(postingChanges(before, posting())).toEqual([]);
    expect(postingChanges(before, posting({ salary: before.salary && { ...before.salary, text: 'EUR 80000 to 95000' } }))).toEqual([]);
    expect(postingChanges(before, posting({ skills: { ...before.skills, required: [...before.skills.required].reverse() } }))).toEqual([]);
  });

  it.each<[string, Partial<ComparedPosting>, string]>([
    ['the title', { title: 'Widget Founder II' }, 'Title: Senior Backend Engineer → Widget Founder II'],
    ['the place', { location: 'Porto' }, 'Location: Lisbon → Porto'],
    ['the workplace', { workplace: 'remote' }, 'Workplace: Hybrid → Remote'],
    ['a salary removed', { salary: null }, 'Salary: €85K–€105K a year → Not stated'],
    ['the years asked', { experience: { minYears: 7, maxYears: null, text: '7+ years' } }, 'Experience: 5+ years → 7+ years'],
    ['a nice-to-have dropped', { skills: { required: ['Go', 'PostgreSQL'], preferred: [], unrecognised: [], topics: [] } }, 'Nice-to-have skills: Rust → None named'],
    ['the description rewritten', { descriptionSketch: descriptionSketch([{ text: `${TEXT} `.repeat(1).replace('widget', 'gadget').replace('morning', 'evening') }]) }, 'Description: edited, about'],
  ])('names %s, in words', (_, change, words) => {
    const changes = postingChanges(posting(), posting(change));
    expect(changes).toHaveLength(1);
    expect(changeWords(changes[0]!)).toContain(words);
  });
});
