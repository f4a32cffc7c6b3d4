import { describe, expect, it } from 'vitest';
import { SKILL_LISTS_MB } from '../../../test/support/hostile-inputs';
import { JobSkills, SkillGroup, type JobSection, type SectionKind } from '../../core/job';
import {
  BACKEND_WITH_LANGUAGE_GROUP,
  MUST_AND_NICE_SECTIONS,
  MUST_AND_NICE_SUBHEADINGS,
  REQUIRED_AND_NICE_LISTS,
  section,
} from '../../../test/fixtures/skills/seed-shaped-postings';
import { TEST_DICTIONARY } from '../../../test/fixtures/skills/test-dictionary';
import { extractSkills, MAX_UNRECOGNISED } from './extract-skills';
import { createSkillMatcher } from './skill-matcher';

const matcher = createSkillMatcher(TEST_DICTIONARY);
const extract = (sections: JobSection[]) => {
  const result = extractSkills(sections, matcher);
  // Whatever the input, the output fits the stored data model.
  JobSkills.parse(result.skills);
  for (const group of result.skillGroups) SkillGroup.parse(group);
  return result;
};

describe('postings shaped like the seeds', () => {
  it('a backend role with a language group and company prose about IoT and AI', () => {
    const { skills, skillGroups } = extract(BACKEND_WITH_LANGUAGE_GROUP);
    expect(skills.required).toEqual([
      'Python', 'Go', 'Ruby on Rails', 'Java', 'Node.js', 'NoSQL', 'AWS', 'Microservices', 'SOA', 'CI/CD',
    ]);
    // "preferably Postgres or MySQL", "(preferably Git)": welcome, not asked (LABELLING.md).
    expect(skills.preferred).toEqual(['PostgreSQL', 'MySQL', 'Git']);
    expect(skillGroups).toEqual([{ anyOf: ['Python', 'Go', 'Ruby on Rails', 'Java', 'Node.js'], required: true }]);
  });

  it('a role with required and nice-to-have lists and a group in each', () => {
    const { skills, skillGroups } = extract(REQUIRED_AND_NICE_LISTS);
    expect(skills.required).toEqual(['OOP', 'Kotlin', 'Go', 'PHP', 'Java', 'C#', 'Python', 'REST', 'MySQL', 'Docker']);
    expect(skills.preferred).toEqual([
      'Git',
      'Redis', 'MongoDB', 'Elasticsearch', 'Jenkins', 'Kubernetes', 'RabbitMQ', 'Kafka', 'Google Cloud', 'AWS',
    ]);
    expect(skillGroups).toEqual([
      { anyOf: ['Kotlin', 'Go', 'PHP', 'Java', 'C#', 'Python'], required: true },
      { anyOf: ['Redis', 'MongoDB', 'Elasticsearch'], required: false },
    ]);
  });

  it.each([
    ['as separate sections', MUST_AND_NICE_SECTIONS],
    ['as bold sub-headings of one section', MUST_AND_NICE_SUBHEADINGS],
  ])('must-have and nice-to-have lists %s', (_, sections) => {
    const { skills, skillGroups } = extract(sections);
    expect(skills).toEqual({
      required: ['Elixir', 'PostgreSQL', 'CI/CD', 'Jenkins', 'GitLab', 'GitHub'],
      preferred: ['Kubernetes', 'Docker', 'AWS', 'Next.js', 'React', 'Vue', 'Angular'],
      unrecognised: [],
      topics: [],
    });
    expect(skillGroups).toEqual([]);
  });
});

describe('which text counts', () => {
  it('reads the unheaded text, not the responsibilities, as required when there is no list of requirements', () => {
    const { skills } = extract([
      section('other', '', 'We need a Go engineer who knows Kafka.'),
      section('responsibilities', 'You will', '- Run Docker in production'),
      section('about', 'About', 'Founded by Java people.'),
      section('benefits', 'Perks', '- Free AWS credits'),
    ]);
    expect(skills.required).toEqual(['Go', 'Kafka']);
  });

  it('reads a posting whose only list is "desired skills" as asking for them, its "a plus" lines welcome', () => {
    const { skills } = extract([
      section('responsibilities', 'What you will do', '- Tune the Kafka cluster'),
      section('nice-to-have', 'Desired skills', '- 3+ years of Java and Go', '- Docker is a plus'),
    ]);
    expect(skills.required).toEqual(['Java', 'Go']);
    expect(skills.preferred).toEqual(['Docker']);
  });

  it.each<SectionKind>(['about', 'benefits', 'compensation', 'process'])('never counts %s sections', (kind) => {
    expect(extract([section(kind, 'x', '- Kafka, Redis and Docker')]).skills.required).toEqual([]);
  });

  it('ignores responsibilities when the posting lists requirements', () => {
    const { skills } = extract([
      section('responsibilities', 'Tasks', '- Maintain the Kafka cluster'),
      section('requirements', 'Requirements', '- Java'),
    ]);
    expect(skills.required).toEqual(['Java']);
  });

  it('makes an optional line of a requirements list preferred, and keeps a skill required once required', () => {
    const { skills } = extract([
      section('requirements', 'Requirements', '- Kafka is a plus', '- Java and Docker', '- Docker Swarm knowledge preferred'),
      section('nice-to-have', 'Bonus', '- Java 21', '- Redis'),
    ]);
    expect(skills.required).toEqual(['Java', 'Docker']);
    expect(skills.preferred).toEqual(['Kafka', 'Redis']);
  });

  it('lists each skill once, in order of first appearance', () => {
    const { skills } = extract([section('requirements', 'Requirements', '- Redis, Java', '- Java, Redis, Golang and Go')]);
    expect(skills.required).toEqual(['Redis', 'Java', 'Go']);
  });
});

describe('unrecognised names', () => {
  it('adds names the dictionary lacks to unrecognised and to the list they sit in', () => {
    const { skills } = extract([
      section('requirements', 'Requirements', '- Feature flags in LaunchDarkly', '- Java and Log4j'),
      section('nice-to-have', 'Nice to have', '- Snowplow, Kafka'),
    ]);
    expect(skills.unrecognised).toEqual(['LaunchDarkly', 'Log4j', 'Snowplow']);
    expect(skills.required).toEqual(['LaunchDarkly', 'Java', 'Log4j']);
    expect(skills.preferred).toEqual(['Snowplow', 'Kafka']);
  });

  it('looks for them only in requirement and nice-to-have lists', () => {
    const { skills } = extract([
      section('other', '', 'We ship LaunchDarkly flags from Java.'),
      section('about', 'About', 'Our PlatformX runs on Kafka.'),
    ]);
    expect(skills.unrecognised).toEqual([]);
    expect(skills.required).toEqual(['Java']);
  });

  it(`stops at ${MAX_UNRECOGNISED} per posting`, () => {
    const many = Array.from({ length: 15 }, (_, i) => `- Tool${String.fromCharCode(65 + i)}x2`);
    const { skills } = extract([section('requirements', 'Requirements', ...many)]);
    expect(skills.unrecognised).toHaveLength(MAX_UNRECOGNISED);
    expect(skills.required).toEqual(skills.unrecognised);
  });

  it('can be members of a group', () => {
    const { skillGroups } = extract([section('requirements', 'Requirements', '- One of Java, Vert.x or Quarkus')]);
    expect(skillGroups).toEqual([{ anyOf: ['Java', 'Vert.x', 'Quarkus'], required: true }]);
  });
});

describe('limits', () => {
  // How long it takes is a bench figure (`hostile-1mb-extractors`).
  it('reads a megabyte of requirements', () => {
    const { skills } = extract([section('requirements', 'Requirements', SKILL_LISTS_MB)]);
    expect(skills.required).toEqual(['Go', 'Java', 'C++', 'C#', '.NET', 'React', 'Vue', 'Angular', 'LaunchDarkly']);
  });

  it('returns empty lists for no sections', () => {
    expect(extract([])).toEqual({ skills: { required: [], preferred: [], unrecognised: [], topics: [] }, skillGroups: [] });
  });
});

