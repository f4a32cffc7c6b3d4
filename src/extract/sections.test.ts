import { describe, expect, it } from 'vitest';
import type { JobSection } from '../core/job';
import type { RawSection } from '../core/raw-posting';
import { classifySections } from './sections';

const kinds = (sections: JobSection[]) => sections.map(({ kind, heading }) => [kind, heading]);

describe('classifySections', () => {
  it('splits a "what you bring" section at its bold pseudo-headings', () => {
    const raw: RawSection[] = [
      {
        heading: 'What you bring',
        text: '**Must have (professional experience):**\n\n  * Rust in production\n  * SQL\n\n**Nice to have**\n\n  * Kafka',
      },
    ];
    expect(classifySections(raw)).toEqual([
      { kind: 'requirements', heading: 'Must have (professional experience)', text: '- Rust in production\n- SQL' },
      { kind: 'nice-to-have', heading: 'Nice to have', text: '- Kafka' },
    ]);
  });

  it.each([
    ['Who we are:', 'about'],
    ['**What You’ll Do:**', 'responsibilities'],
    ['**What We’re Looking For:**', 'requirements'],
    ['What is nice to have:', 'nice-to-have'],
    ['Benefits & Perks:', 'benefits'],
    ['**Remote Compensation Philosophy**', 'compensation'],
    ['**Application process**', 'process'],
    ['Practicals', 'other'],
  ])('classifies the source heading "%s" as %s and cleans it', (heading, kind) => {
    const [section] = classifySections([{ heading, text: 'Some words.' }]);
    expect(section?.kind).toBe(kind);
    expect(section?.heading).not.toMatch(/\*\*/);
  });

  it('normalizes the text of every section', () => {
    const [section] = classifySections([{ heading: 'Responsibilities', text: 'â€¢ Build APIs\n\n\n• Review&nbsp;code' }]);
    expect(section?.text).toBe('- Build APIs\n\n- Review code');
  });

  it('drops sections that are empty once normalized', () => {
    expect(classifySections([{ heading: 'Benefits', text: '  \n\u200b\n' }, { heading: '', text: '' }])).toEqual([]);
  });

  it.each([
    ['company prose', 'Acme is a fast-growing logistics platform used by thousands of shops.', 'about'],
    ['"At X, we …"', 'At Acme, we build tools for small farms.', 'about'],
    ['"We are a …"', 'We are a distributed team of forty people.', 'about'],
    ['a role pitch', 'We are looking for a backend engineer to join the payments team.', 'other'],
    ['a note', 'Please apply in English.', 'other'],
  ])('text before the first heading is about only when it introduces the company: %s', (_, text, kind) => {
    expect(classifySections([{ heading: '', text }])[0]?.kind).toBe(kind);
  });

  it('gives a bold sub-heading that names nothing the kind of the heading above it', () => {
    const sections = classifySections([{ heading: 'Requirements', text: 'Core skills.\n\n**Backend**\n- Go\n\n**Frontend**\n- Vue' }]);
    expect(kinds(sections)).toEqual([
      ['requirements', 'Requirements'],
      ['requirements', 'Backend'],
      ['requirements', 'Frontend'],
    ]);
  });

  it('reads bold lines with nothing under them as emphasised lines of the list, not headings', () => {
    const sections = classifySections([{ heading: 'Perks', text: '**🚲 Bike scheme**\n**🏋 Gym membership**' }]);
    expect(sections).toEqual([{ kind: 'benefits', heading: 'Perks', text: 'Bike scheme\nGym membership' }]);
  });

  it('cuts at a "Requirements:" line that introduces a list, but not at "one of:"', () => {
    const sections = classifySections([
      { heading: '', text: 'A short intro.\n\nRequirements:\n- Go\n- Strong skills in one of:\n\nExperience with one of:\n- Java\n- Kotlin' },
    ]);
    expect(kinds(sections)).toEqual([
      ['other', ''],
      ['requirements', 'Requirements'],
    ]);
    expect(sections[1]?.text).toContain('Experience with one of:\n- Java');
  });

  it('cuts at a plain heading line such as "Description" at the top of the text', () => {
    const sections = classifySections([{ heading: '', text: 'Description\n\nWe build routing software for couriers.\n\nWhat You Will Be Doing\n- Ship features' }]);
    expect(kinds(sections)).toEqual([
      ['about', 'Description'],
      ['responsibilities', 'What You Will Be Doing'],
    ]);
  });

  it('lets a numbered source heading continue the section before it', () => {
    const sections = classifySections([
      { heading: 'What you will do', text: 'Own the roadmap.' },
      { heading: '1. Regulatory change management', text: 'Track new rules.' },
    ]);
    expect(kinds(sections)).toEqual([
      ['responsibilities', 'What you will do'],
      ['responsibilities', '1. Regulatory change management'],
    ]);
  });

  it('keeps a statement sub-heading that is explicitly other from inheriting', () => {
    const sections = classifySections([{ heading: 'Benefits', text: '- Lunch\n\n**Equal opportunity employer**\nWe hire on merit.' }]);
    expect(kinds(sections)).toEqual([
      ['benefits', 'Benefits'],
      ['other', 'Equal opportunity employer'],
    ]);
  });
});
