import { describe, expect, it } from 'vitest';
import type { JobSection, SectionKind, Seniority } from '../core/job';
import { detectSeniority, seniorityOfTitle } from './seniority';

const section = (kind: SectionKind, text: string): JobSection => ({ kind, heading: '', text });

describe('seniorityOfTitle', () => {
  it.each<[string, Seniority | null]>([
    ['Software Engineering Intern', 'intern'],
    ['Frontend Apprenticeship', 'intern'],
    ['Junior Backend Developer', 'junior'],
    ['Jr. Data Analyst', 'junior'],
    ['Software Engineer (Entry Level)', 'junior'],
    ['Graduate Developer', 'junior'],
    ['Associate Software Engineer', 'junior'],
    ['Mid-Level Rails Developer', 'mid'],
    ['Intermediate QA Analyst', 'mid'],
    ['Software Engineer II', 'mid'],
    ['Senior Backend Engineer (Elixir)', 'senior'],
    ['Sr. Platform Engineer', 'senior'],
    ['Software Engineer III', 'senior'],
    ['Staff Software Engineer', 'staff'],
    ['Senior Staff Engineer', 'staff'],
    ['Principal Engineer', 'principal'],
    ['Lead Engineer - AI', 'lead'],
    ['Tech Lead, Payments', 'lead'],
    ['Team Leader Support', 'lead'],
    ['Engineering Manager', 'manager'],
    ['Head of Growth', 'manager'],
    ['Senior Manager, Storage', 'manager'],
    ['Senior Engineering Manager', 'manager'],
    ['Product Manager', 'manager'],
    ['Senior Product Manager', 'senior'],
    ['Lead Product Manager', 'lead'],
    ['Director of Engineering', 'director'],
    ['Senior Director, Data', 'director'],
    ['VP of Product', 'director'],
    ['Chief Technology Officer', 'director'],
    ['CTO', 'director'],
    ['Junior/Mid Frontend Developer', 'junior'],
    ['Mid-Senior Java Developer', 'mid'],
    ['Senior or Staff Engineer', 'senior'],
    ['Backend Engineer', null],
    ['Lead Generation Specialist', null],
    ['Mid-Market Account Executive', null],
    ['Developer, Adobe Experience Manager', null],
    ['Chief of Staff', 'director'],
    ['Staff Accountant', null],
  ])('%s → %s', (title, expected) => {
    expect(seniorityOfTitle(title)).toBe(expected);
  });
});

describe('detectSeniority', () => {
  it('prefers the title to the text', () => {
    expect(detectSeniority({ title: 'Junior Developer', sections: [section('requirements', 'This is a senior role.')] })).toBe('junior');
  });

  it.each<[string, SectionKind, string, Seniority]>([
    ['this is a senior role', 'requirements', 'This is a senior role with a lot of autonomy.', 'senior'],
    ['entry-level position', 'about', 'This position is an entry-level position.', 'junior'],
    ['looking for a staff engineer', 'other', 'We are looking for a Staff Engineer to own our data layer.', 'staff'],
    ['seeking a mid-level', 'about', 'Acme is seeking a mid-level developer.', 'mid'],
    ['a level-level opportunity', 'other', 'A principal-level opportunity on the platform team.', 'principal'],
    ['the role is at a level', 'about', 'The role is at a mid-level, with room to grow.', 'mid'],
    ['hiring a lead', 'other', 'We are hiring a Lead to run the data team.', 'lead'],
    ['a statement after sections without one', 'other', 'Leadership matters here. This is an intermediate role.', 'mid'],
  ])('reads a statement about this job: %s', (_, kind, text, expected) => {
    expect(detectSeniority({ title: 'Backend Engineer', sections: [section(kind, text)] })).toBe(expected);
  });

  it.each<[string, SectionKind, string]>([
    ['mentoring juniors', 'responsibilities', 'Mentor junior engineers and work with senior leadership.'],
    ['benefits', 'benefits', 'We are looking for a senior-friendly pension plan.'],
  ])('ignores levels of other people: %s', (_, kind, text) => {
    expect(detectSeniority({ title: 'Backend Engineer', sections: [section(kind, text)] })).toBeNull();
  });
});
