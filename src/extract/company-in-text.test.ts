import { describe, expect, it } from 'vitest';
import type { JobSection, SectionKind } from '../core/job';
import { companyNamedInText } from './company-in-text';

const section = (kind: SectionKind, heading: string, text: string): JobSection => ({ kind, heading, text });

// Every company and sentence below is invented for this test.
describe('companyNamedInText', () => {
  it('reads "About X" and "What does X do?" headings when the name recurs', () => {
    expect(
      companyNamedInText([
        section('about', 'About Quillfeather', 'Quillfeather makes ledgers for bakeries.'),
        section('requirements', 'Requirements', '- Go'),
      ]),
    ).toBe('Quillfeather');
    expect(
      companyNamedInText([section('about', 'What does Brightmoss do?', 'Brightmoss is the leading platform for moss.')]),
    ).toBe('Brightmoss');
  });

  it('reads "At X, we", "X is building" and "Join X" in the text', () => {
    expect(companyNamedInText([section('other', '', 'At Tallow Labs, we build candles. Join Tallow Labs!')])).toBe('Tallow Labs');
  });

  it('needs the name twice, and never takes a pronoun or "the team"', () => {
    expect(companyNamedInText([section('about', 'About Zentrix', 'We make software.')])).toBeNull();
    expect(companyNamedInText([section('about', 'About us', 'About us we talk. Join us! Join us.')])).toBeNull();
    expect(companyNamedInText([section('about', 'About the team', 'The team is small.')])).toBeNull();
  });
});
