import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../core/job';
import { classifyHeading } from './sections-heading-kind';

const cases: Record<SectionKind, string[]> = {
  about: [
    'Who we are:',
    'About us',
    'About the company',
    'About the Role:',
    'About the job',
    'About the team',
    'More about Acme',
    'The position',
    'The Role',
    'The opportunity',
    'Company Description',
    'Job Description',
    'Description',
    'Position summary',
    'Role Overview:',
    'Our mission',
    'Our tech stack',
    'Who are we?',
    'How we work',
    '🌟 About the role',
  ],
  responsibilities: [
    'Key Responsibilities',
    "What You'll Do:",
    'What you’ll do day in day out:',
    'What you will be doing',
    'What Will You Do?',
    'Your role',
    'Your mission',
    'Day to day',
    'Your day-to-day',
    'In this role, you will:',
    'Duties',
    'Within three months, you will…',
    'By the 90 day mark',
    'RESPONSIBILITIES',
  ],
  requirements: [
    "What We're Looking For:",
    'What you need to have:',
    'What you bring',
    'What you’ll need',
    'Must have (professional experience):',
    'Must haves',
    'Who you are',
    'Requirements',
    'Qualifications',
    'Minimum qualifications',
    'Minimum and preferred qualifications',
    'Requirements and preferred experience',
    'Skills & Experience',
    'About you',
    'You have:',
    'Your profile',
    'An ideal candidate has',
    'You should apply if',
    'What does it take to succeed?',
    'Education',
  ],
  'nice-to-have': [
    'What is nice to have:',
    'Nice to have',
    'Nice-to-haves',
    'Bonus points',
    'Bonus points if you',
    'Preferred qualifications',
    'Preferred requirements',
    'Pluses',
    'It would be great if',
    "It's great, but not required",
    'Desired skills',
    'What sets you apart',
  ],
  benefits: [
    'Benefits & Perks:',
    'Benefits',
    'Perks',
    'What we offer',
    'What this job can offer you',
    'Why join us?',
    'Why Acme?',
    'What’s in it for you?',
    'Our offer',
    'Life at Acme',
    'How we will support you',
  ],
  compensation: ['Remote Compensation Philosophy', 'Compensation', 'Compensation & Benefits', 'Salary', 'Pay range', '💰 Pay Range', "Let's talk money"],
  process: ['Application process', '_Application process:_', 'Hiring process', 'Interview process', 'How to apply', 'Next steps', 'Our recruitment process'],
  other: [
    'Practicals',
    'Equal Employment Opportunity',
    'Diversity & Inclusion',
    'Commitment to equal opportunity',
    'Accommodations',
    'Privacy notice',
    'Inclusive hiring process',
    'Additional information',
    'Location',
    'Travel',
  ],
};

describe('classifyHeading', () => {
  it.each(Object.entries(cases).flatMap(([kind, headings]) => headings.map((heading) => [heading, kind] as const)))(
    '%s → %s',
    (heading, kind) => {
      expect(classifyHeading(heading)).toBe(kind);
    },
  );

  it.each(['Acme Corp', 'Platform AI', 'Growth', '', '   '])('names nothing recognisable: "%s" → null', (heading) => {
    expect(classifyHeading(heading)).toBeNull();
  });

  it('reads an absurdly long heading by its start', () => {
    expect(classifyHeading(`Benefits ${'x'.repeat(1_000_000)}`)).toBe('benefits');
    expect(classifyHeading(`${'x'.repeat(1_000_000)} Benefits`)).not.toBe('benefits');
  });
});

describe('classifyHeading: bonus lists', () => {
  it('reads "Bonus Track!" as nice to have', () => {
    expect(classifyHeading('Bonus Track!')).toBe('nice-to-have');
  });
});
