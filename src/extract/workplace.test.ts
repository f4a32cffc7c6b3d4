import { describe, expect, it } from 'vitest';
import type { JobSection, SectionKind, Workplace } from '../core/job';
import { detectWorkplace, workplaceOfLabel } from './workplace';

const section = (kind: SectionKind, text: string): JobSection => ({ kind, heading: '', text });
const detect = (input: Partial<Parameters<typeof detectWorkplace>[0]>) =>
  detectWorkplace({ title: 'Backend Engineer', location: null, sections: [], ...input });

describe('workplaceOfLabel (title or location)', () => {
  it.each<[string, Workplace | null]>([
    ['Remote', 'remote'],
    ['Remote-EMEA', 'remote'],
    ['TELECOMMUTE Porto, Portugal', 'remote'],
    ['Work From Home', 'remote'],
    ['Anywhere in the World', 'remote'],
    ['Backend Engineer (Hybrid)', 'hybrid'],
    ['Hybrid Remote - Madrid', 'hybrid'],
    ['Architect (Partially Remote)', 'hybrid'],
    ['Remote or Hybrid', 'remote'],
    ['London, Remote', 'remote'],
    ['On-site - Warsaw', 'onsite'],
    ['Onsite', 'onsite'],
    ['In-office, Paris', 'onsite'],
    ['Not remote', 'onsite'],
    ['Berlin, Germany', null],
    ['Remoteness Analyst', null],
  ])('%s → %s', (label, expected) => {
    expect(workplaceOfLabel(label)).toBe(expected);
  });
});

describe('detectWorkplace', () => {
  it('takes the hint of a structured source first', () => {
    expect(detect({ hint: 'hybrid', title: 'Remote Engineer', location: 'Remote' })).toBe('hybrid');
  });

  it('reads the title before the location, and the location before the text', () => {
    expect(detect({ title: 'Engineer (Hybrid)', location: 'Remote' })).toBe('hybrid');
    expect(detect({ location: 'Remote-Africa', sections: [section('other', 'This is a hybrid role.')] })).toBe('remote');
  });

  it.each<[string, SectionKind, string, Workplace]>([
    ['a fully remote role', 'about', 'This is a fully remote role open across Europe.', 'remote'],
    ['the role is remote', 'responsibilities', 'The position is 100% remote.', 'remote'],
    ['telecommuting permitted', 'other', 'Telecommuting is permitted.', 'remote'],
    ['office or remote option', 'about', 'This role can be office-based or fully remote in Canada.', 'remote'],
    ['a hybrid role', 'about', 'This is a hybrid role based in Lyon.', 'hybrid'],
    ['days in the office', 'requirements', 'You will work 3 days a week in the office.', 'hybrid'],
    ['office days first', 'other', 'We meet in the office two days a week.', 'hybrid'],
    ['an on-site role', 'other', 'This is an on-site position in Turin.', 'onsite'],
    ['must work on-site', 'requirements', 'You must be able to work on-site in our lab.', 'onsite'],
    ['not remote', 'other', 'Please note this is not a remote role.', 'onsite'],
    ['LinkedIn tag', 'other', '#LI-Hybrid', 'hybrid'],
    ['a location line in the text', 'other', '- Location: Anywhere (Remote)', 'remote'],
    ['a remote-first team, outside about', 'benefits', '- Remote-first culture and flexible hours', 'remote'],
  ])('reads a statement about this job: %s', (_, kind, text, expected) => {
    expect(detect({ sections: [section(kind, text)] })).toBe(expected);
  });

  it.each<[string, SectionKind, string]>([
    ['company prose in about', 'about', 'While most of our people are remote, many work from our offices too.'],
    ['remote-first company in about', 'about', 'We are a remote-first company with hubs in three cities.'],
    ['hybrid cloud', 'requirements', 'Experience with hybrid cloud and on-site customer visits.'],
    ['remote stakeholders as a skill', 'requirements', 'Experience working with remote stakeholders and on-site vendors.'],
  ])('ignores what is not about where this job is done: %s', (_, kind, text) => {
    expect(detect({ sections: [section(kind, text)] })).toBeNull();
  });

  it('is null when nothing says', () => {
    expect(detect({ location: 'Lahore, Pakistan' })).toBeNull();
  });
});

describe('the weakest evidence, read last', () => {
  it('takes the listing workplace only when the posting says nothing', () => {
    expect(detect({ boardDefault: 'remote' })).toBe('remote');
    expect(detect({ boardDefault: 'remote', location: 'Berlin (Hybrid)' })).toBe('hybrid');
    expect(detect({ boardDefault: 'remote', sections: [section('other', 'This is an on-site role in Lyon.')] })).toBe('onsite');
  });
});
