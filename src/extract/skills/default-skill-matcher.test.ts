import { describe, expect, it } from 'vitest';
import {
  BACKEND_WITH_LANGUAGE_GROUP,
  MUST_AND_NICE_SECTIONS,
  MUST_AND_NICE_SUBHEADINGS,
  REQUIRED_AND_NICE_LISTS,
} from '../../../test/fixtures/skills/seed-shaped-postings';
import { extractSkills, findSkillMentions, lookupSkill, suggestSkills } from './index';

/** The matcher over the project's real dictionary: the names and aliases the seeds rely on. */
describe('the default matcher', () => {
  it.each([
    ['Golang', 'Go'],
    ['Postgres', 'PostgreSQL'],
    ['NodeJS', 'Node.js'],
    ['Rails', 'Ruby on Rails'],
    ['k8s', 'Kubernetes'],
    ['GCP', 'Google Cloud'],
    ['RESTful', 'REST'],
    ['Nextjs', 'Next.js'],
    ['ElasticSearch', 'Elasticsearch'],
    ['micro services', 'Microservices'],
  ])('lookupSkill(%s) → %s', (alias, name) => {
    expect(lookupSkill(alias)?.name).toBe(name);
  });

  it.each([
    ['React quickly to incidents and outages', []],
    ['- React calmly when production is down', []],
    ['Experience with React and TypeScript', ['React', 'TypeScript']],
    ['- React', ['React']],
    ['Vue or React', ['Vue', 'React']],
    ['Strong React skills', ['React']],
    ['ReactJS', ['React']],
  ])('reads React as the framework only in a technical context: %s → %j', (text, expected) => {
    expect(findSkillMentions(text).map((m) => m.name)).toEqual(expected);
  });

  it('suggests the exact name first', () => {
    expect(suggestSkills('java', 3)[0]?.name).toBe('Java');
    expect(suggestSkills('Postgres', 3)[0]?.name).toBe('PostgreSQL');
  });

  it('finds symbol-heavy names as whole tokens', () => {
    const text = 'Go, Java, C++, C#, .NET, React/Vue/Angular, Node.js, CI/CD, Ruby (Rails), JavaScript; not R&D or C-level';
    expect(findSkillMentions(text).map((m) => m.name)).toEqual([
      'Go', 'Java', 'C++', 'C#', '.NET', 'React', 'Vue', 'Angular', 'Node.js', 'CI/CD', 'Ruby', 'Ruby on Rails', 'JavaScript',
    ]);
  });

  it('reads postings shaped like the seeds as the seed checks require', () => {
    const backend = extractSkills(BACKEND_WITH_LANGUAGE_GROUP);
    expect(backend.skills.required).toEqual(
      expect.arrayContaining(['Ruby on Rails', 'Go', 'Java', 'Python', 'Node.js', 'AWS', 'Microservices', 'CI/CD']),
    );
    expect(backend.skills.preferred).toEqual(['PostgreSQL', 'MySQL', 'Git']);
    expect(backend.skills.topics).toEqual(expect.arrayContaining(['NoSQL', 'SOA']));
    expect(backend.skills.required.filter((s) => /^(IoT|AI|React|Kotlin|Kafka)$/.test(s))).toEqual([]);
    const languages = backend.skillGroups.find((g) => g.anyOf.includes('Java'));
    expect([...(languages?.anyOf ?? [])].sort()).toEqual(['Go', 'Java', 'Node.js', 'Python', 'Ruby on Rails']);

    const lists = extractSkills(REQUIRED_AND_NICE_LISTS);
    expect(lists.skills.required).toEqual(expect.arrayContaining(['Go', 'PHP', 'Python', 'C#', 'Java', 'Kotlin', 'MySQL', 'Docker', 'REST']));
    expect(lists.skills.topics).toContain('OOP');
    expect(lists.skills.preferred).toEqual(
      expect.arrayContaining(['Git', 'MongoDB', 'Redis', 'Elasticsearch', 'Kafka', 'RabbitMQ', 'Kubernetes', 'Jenkins', 'AWS', 'Google Cloud']),
    );

    for (const sections of [MUST_AND_NICE_SECTIONS, MUST_AND_NICE_SUBHEADINGS]) {
      const { skills } = extractSkills(sections);
      expect(skills.required).toEqual(expect.arrayContaining(['Elixir', 'PostgreSQL', 'CI/CD', 'GitLab', 'GitHub', 'Jenkins']));
      expect(skills.preferred).toEqual(['Kubernetes', 'Docker', 'AWS', 'Next.js', 'React', 'Vue', 'Angular']);
    }
  });
});

describe('topics', () => {
  it('keeps competencies and domains apart from the skills, out of required, preferred and groups', () => {
    const { skills, skillGroups } = extractSkills([
      {
        kind: 'requirements',
        heading: 'What you bring',
        text: [
          '- 5+ years of software architecture and code review experience with Go or Rust',
          '- Machine learning, stakeholder management and enterprise sales are a plus',
          '- One of containerization, Kubernetes or Nomad',
        ].join('\n'),
      },
    ]);
    expect(skills.required).toEqual(['Go', 'Rust', 'Kubernetes', 'Nomad']);
    expect(skills.preferred).toEqual([]);
    expect(skills.topics).toEqual([
      'Software architecture', 'Code review', 'Machine learning', 'Stakeholder management', 'Enterprise sales', 'Containerization',
    ]);
    expect(skillGroups.flatMap((g) => g.anyOf)).not.toContain('Containerization');
  });
});

describe('canonical names keep the most specific product', () => {
  it('names ASP.NET Core, Entity Framework Core, .NET Core and Kotlin Coroutines as written', () => {
    const { skills } = extractSkills([
      {
        kind: 'requirements',
        heading: 'Requirements',
        text: '- ASP.NET Core and Entity Framework Core on .NET Core\n- Kotlin with Coroutines and Flow\n- NHibernate, Claude Code',
      },
    ]);
    expect(skills.required).toEqual(
      expect.arrayContaining(['ASP.NET Core', 'Entity Framework Core', '.NET Core', 'Kotlin', 'Kotlin Coroutines', 'NHibernate', 'Claude Code']),
    );
    expect(skills.required).not.toContain('ASP.NET');
    expect(skills.required).not.toContain('Hibernate');
    expect(skills.required).not.toContain('Claude');
  });
});
