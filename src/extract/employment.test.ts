import { describe, expect, it } from 'vitest';
import type { EmploymentType, JobSection, SectionKind } from '../core/job';
import { detectEmploymentType, employmentOfTitle } from './employment';

const section = (kind: SectionKind, text: string): JobSection => ({ kind, heading: '', text });
const detect = (input: Partial<Parameters<typeof detectEmploymentType>[0]>) =>
  detectEmploymentType({ title: 'Data Engineer', sections: [], ...input });

describe('employmentOfTitle', () => {
  it.each<[string, EmploymentType | null]>([
    ['Part-time Bookkeeper', 'part-time'],
    ['Full Time QA Engineer', 'full-time'],
    ['Lead Engineer (6-Month Contract)', 'contract'],
    ['Freelance Illustrator', 'contract'],
    ['Contractor - Data Labelling', 'contract'],
    ['Backend Developer (B2B)', 'contract'],
    ['Python Developer (Outside IR35)', 'contract'],
    ['Software Engineer Intern', 'internship'],
    ['Summer Internship - Data', 'internship'],
    ['Frontend Apprenticeship', 'internship'],
    ['Full-time Internship', 'internship'],
    ['Temporary Support Agent', 'temporary'],
    ['Internal Tools Engineer', null],
    ['International Sales Lead', null],
    ['Smart Contract Engineer', null],
    ['Contracts Manager', null],
    ['Contract Manager', null],
    ['B2B Sales Executive', null],
  ])('%s → %s', (title, expected) => {
    expect(employmentOfTitle(title)).toBe(expected);
  });
});

describe('detectEmploymentType', () => {
  it('takes the hint of a structured source first', () => {
    expect(detect({ hint: 'part-time', title: 'Full-time Engineer' })).toBe('part-time');
  });

  it('prefers the title to the text', () => {
    expect(detect({ title: 'Engineer (Contract)', sections: [section('about', 'This is a full-time position.')] })).toBe('contract');
  });

  it.each<[string, SectionKind, string, EmploymentType]>([
    ['full-time position', 'about', 'This is a full-time position based in Riga.', 'full-time'],
    ['declared field', 'other', '- Employment type: Part-time', 'part-time'],
    ['fixed-term months', 'about', 'We offer a 6 month contract with a view to extend.', 'contract'],
    ['contract role', 'requirements', 'This is a contract position for a seasoned engineer.', 'contract'],
    ['contract to hire', 'about', 'Role type: Contract to hire', 'contract'],
    ['B2B agreement', 'compensation', 'For a B2B contract: 100-120 PLN/h net', 'contract'],
    ['as a contractor', 'about', 'You will join as an independent contractor.', 'contract'],
    ['part-time hours', 'about', 'The role is part-time, 20 hours per week.', 'part-time'],
    ['internship program', 'about', 'Our paid internship program runs for 12 weeks.', 'internship'],
    ['temporary cover', 'about', 'This is a temporary role covering parental leave.', 'temporary'],
    ['looking for a full-time', 'other', 'We are looking for a full-time designer to join us.', 'full-time'],
  ])('reads a statement about this job: %s', (_, kind, text, expected) => {
    expect(detect({ sections: [section(kind, text)] })).toBe(expected);
  });

  it('lets a declaration outweigh a mention of another type', () => {
    const text = 'This is a full-time position: you will be employed directly or as a contractor through a partner.';
    expect(detect({ sections: [section('about', text)] })).toBe('full-time');
  });

  it('picks the more specific type when one sentence names two', () => {
    expect(detect({ sections: [section('about', 'This is a part-time, temporary position.')] })).toBe('temporary');
  });

  it.each<[string, SectionKind, string]>([
    ['full-time salary in benefits', 'benefits', '- Competitive full-time salary'],
    ['other people full-time', 'about', 'We have 40 full-time employees and a few interns.'],
    ['smart contracts', 'requirements', 'Experience writing smart contracts and reviewing contract negotiations.'],
    ['40 hours', 'about', 'A normal week is 40 hours per week.'],
    ['B2B market', 'about', 'We sell B2B software to retailers.'],
  ])('ignores words that do not describe this job: %s', (_, kind, text) => {
    expect(detect({ sections: [section(kind, text)] })).toBeNull();
  });

  it('reads benefits only when nothing else spoke', () => {
    const benefits = section('benefits', '- Health cover for full-time roles and part-time roles alike');
    expect(detect({ sections: [benefits, section('about', 'This role is a part-time job.')] })).toBe('part-time');
    expect(detect({ sections: [section('benefits', 'Benefits for this full-time position include lunch.')] })).toBe('full-time');
  });

  it('reads board tags last: boards generate them from topics', () => {
    expect(detect({ tags: ['python', 'internship'] })).toBe('internship');
    expect(detect({ tags: ['internship'], sections: [section('about', 'This is a contract role.')] })).toBe('contract');
    expect(detect({ tags: ['internships-and-careers'] })).toBeNull();
  });
});
