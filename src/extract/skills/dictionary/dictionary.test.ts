import { describe, expect, it } from 'vitest';
import type { SkillCategory, SkillEntry } from '../skill-entry';
import { SKILL_DICTIONARY } from './index';

// A Record, so the compiler fails this file when SkillCategory gains or loses a member.
const CATEGORY_KEYS: Record<SkillCategory, true> = {
  language: true,
  framework: true,
  library: true,
  database: true,
  cloud: true,
  devops: true,
  tool: true,
  platform: true,
  data: true,
  ml: true,
  mobile: true,
  testing: true,
  security: true,
  design: true,
  practice: true,
  standard: true,
  business: true,
};
const CATEGORIES = Object.keys(CATEGORY_KEYS) as SkillCategory[];

/** One way of writing a skill, with the letter-case rule the matcher applies to it. */
interface Spelling {
  text: string;
  caseSensitive: boolean;
  entry: SkillEntry;
}

function spellingsOf(entry: SkillEntry): Spelling[] {
  const cs = entry.caseSensitive === true;
  return [
    { text: entry.name, caseSensitive: cs, entry },
    ...(entry.aliases ?? []).map((text) => ({ text, caseSensitive: cs, entry })),
    ...(entry.ambiguousAliases ?? []).map((text) => ({ text, caseSensitive: true, entry })),
  ];
}

const ALL_SPELLINGS = SKILL_DICTIONARY.flatMap(spellingsOf);

/** Two spellings can be confused when equal, or equal ignoring case while either ignores case. */
function collide(a: Spelling, b: Spelling): boolean {
  if (a.text === b.text) return true;
  const eitherIgnoresCase = !a.caseSensitive || !b.caseSensitive;
  return eitherIgnoresCase && a.text.toLowerCase() === b.text.toLowerCase();
}

/** What a reader of a posting gets for a word: the entry a matcher following the rules finds. */
function lookup(text: string): string[] {
  const names = ALL_SPELLINGS.filter((s) =>
    s.caseSensitive ? s.text === text : s.text.toLowerCase() === text.toLowerCase(),
  ).map((s) => s.entry.name);
  return [...new Set(names)];
}

describe('SKILL_DICTIONARY', () => {
  it('has at least 1,000 entries', () => {
    expect(SKILL_DICTIONARY.length).toBeGreaterThanOrEqual(1000);
  });

  it('gives every entry a unique name', () => {
    const seen = new Map<string, number>();
    for (const e of SKILL_DICTIONARY) seen.set(e.name, (seen.get(e.name) ?? 0) + 1);
    const duplicated = [...seen].filter(([, n]) => n > 1).map(([name]) => name);
    expect(duplicated).toEqual([]);
  });

  it('uses only valid categories', () => {
    const invalid = SKILL_DICTIONARY.filter((e) => !CATEGORIES.includes(e.category)).map((e) => e.name);
    expect(invalid).toEqual([]);
  });

  it('has trimmed, non-empty spellings with no inner runs of spaces', () => {
    const bad = ALL_SPELLINGS.filter((s) => s.text.trim() !== s.text || s.text === '' || s.text.includes('  '));
    expect(bad.map((s) => `${s.entry.name}: "${s.text}"`)).toEqual([]);
  });

  it('never repeats a spelling inside one entry (an alias equal to its own name included)', () => {
    const repeats: string[] = [];
    for (const entry of SKILL_DICTIONARY) {
      const own = spellingsOf(entry);
      own.forEach((s, i) => {
        if (own.slice(0, i).some((t) => collide(s, t))) repeats.push(`${entry.name}: "${s.text}"`);
      });
    }
    expect(repeats).toEqual([]);
  });

  it('never lets one spelling mean two entries', () => {
    const byLower = new Map<string, Spelling[]>();
    for (const s of ALL_SPELLINGS) {
      const key = s.text.toLowerCase();
      byLower.set(key, [...(byLower.get(key) ?? []), s]);
    }
    const clashes: string[] = [];
    for (const group of byLower.values()) {
      group.forEach((a, i) => {
        for (const b of group.slice(i + 1)) {
          if (a.entry !== b.entry && collide(a, b)) {
            clashes.push(`"${a.text}" (${a.entry.name}) vs "${b.text}" (${b.entry.name})`);
          }
        }
      });
    }
    expect(clashes).toEqual([]);
  });

  it('flags ambiguous entries as case-sensitive too (a lower-case common word is never a skill)', () => {
    const loose = SKILL_DICTIONARY.filter((e) => e.ambiguous && !e.caseSensitive).map((e) => e.name);
    expect(loose).toEqual([]);
  });

  // Spellings seen in real postings, and the canonical name other parts of Jobmark rely on.
  it.each([
    ['Golang', 'Go'],
    ['golang', 'Go'],
    ['Go', 'Go'],
    ['Postgres', 'PostgreSQL'],
    ['Postgresql', 'PostgreSQL'],
    ['psql', 'PostgreSQL'],
    ['NodeJS', 'Node.js'],
    ['Node JS', 'Node.js'],
    ['Node', 'Node.js'],
    ['node.js', 'Node.js'],
    ['Rails', 'Ruby on Rails'],
    ['RoR', 'Ruby on Rails'],
    ['k8s', 'Kubernetes'],
    ['GCP', 'Google Cloud'],
    ['Google Cloud Platform', 'Google Cloud'],
    ['CICD', 'CI/CD'],
    ['CI / CD', 'CI/CD'],
    ['continuous integration', 'CI/CD'],
    ['continuous delivery', 'CI/CD'],
    ['continuous deployment', 'CI/CD'],
    ['RESTful', 'REST'],
    ['REST API', 'REST'],
    ['REST APIs', 'REST'],
    ['RESTful APIs', 'REST'],
    ['Nextjs', 'Next.js'],
    ['NextJS', 'Next.js'],
    ['ReactJS', 'React'],
    ['React.js', 'React'],
    ['Vue.js', 'Vue'],
    ['VueJS', 'Vue'],
    ['AngularJS', 'AngularJS'],
    ['Angular', 'Angular'],
    ['micro services', 'Microservices'],
    ['micro-services', 'Microservices'],
    ['microservice', 'Microservices'],
    ['Service Oriented Architecture', 'SOA'],
    ['Service Oriented Architectures', 'SOA'],
    ['service-oriented architecture', 'SOA'],
    ['object-oriented programming', 'OOP'],
    ['object oriented', 'OOP'],
    ['Amazon Web Services', 'AWS'],
    ['Microsoft Azure', 'Azure'],
    ['MS SQL', 'Microsoft SQL Server'],
    ['SQL Server', 'Microsoft SQL Server'],
    ['MSSQL', 'Microsoft SQL Server'],
    ['ElasticSearch', 'Elasticsearch'],
    ['design patterns', 'Design Patterns'],
    ['message queues', 'Message queues'],
    ['C#', 'C#'],
    ['C++', 'C++'],
    ['.NET', '.NET'],
    ['.Net', '.NET'],
    ['Spark', 'Apache Spark'],
    ['Apache Spark', 'Apache Spark'],
    ['Microsoft Teams', 'Microsoft Teams'],
    ['Microsoft Word', 'Microsoft Word'],
    ['Excel', 'Excel'],
    ['Microsoft Excel', 'Excel'],
    ['RabbitMQ', 'RabbitMQ'],
    ['NoSQL', 'NoSQL'],
    ['MySQL', 'MySQL'],
    ['Git', 'Git'],
    ['Docker', 'Docker'],
    ['Jenkins', 'Jenkins'],
    ['Kafka', 'Kafka'],
    ['Apache Kafka', 'Kafka'],
    ['Redis', 'Redis'],
    ['MongoDB', 'MongoDB'],
    ['PHP', 'PHP'],
    ['Python', 'Python'],
    ['Java', 'Java'],
    ['Kotlin', 'Kotlin'],
    ['Elixir', 'Elixir'],
    ['GDPR', 'GDPR'],
    ['SOC2', 'SOC 2'],
    ['ISO 27001', 'ISO 27001'],
    ['OAuth2', 'OAuth'],
    ['Swagger', 'Swagger'],
    ['OpenAPI', 'OpenAPI'],
    ['WCAG 2.1', 'WCAG'],
    ['TDD', 'TDD'],
    ['test-driven development', 'TDD'],
    ['Domain-Driven Design', 'DDD'],
    ['Scrum', 'Scrum'],
    ['Agile', 'Agile'],
    ['GraphQL', 'GraphQL'],
    ['Salesforce', 'Salesforce'],
    ['SFDC', 'Salesforce'],
    ['HubSpot', 'HubSpot'],
    ['JIRA', 'Jira'],
    ['Google Analytics', 'Google Analytics'],
    ['Tableau', 'Tableau'],
    ['Figma', 'Figma'],
    ['SQL', 'SQL'],
    ['search engine optimization', 'SEO'],
  ])('reads "%s" as %s', (spelling, name) => {
    expect(lookup(spelling)).toEqual([name]);
  });

  // Ordinary words must not read as skills on their own letter case.
  it.each([
    'go',
    'swift',
    'rust',
    'spring',
    'express',
    'chef',
    'puppet',
    'less',
    'make',
    'slack',
    'excel',
    'react',
    'node',
    'spark',
    'teams',
    'word',
    'office',
    'notion',
    'hive',
    'salt',
    'julia',
    'dart',
    'rest', // "the rest of the team"
    'https', // every URL
    'mean',
    'helm',
  ])(
    'does not read the lower-case word "%s" as a skill',
    (word) => {
      expect(lookup(word)).toEqual([]);
    },
  );

  // Words too common, or codes that mean something else in postings (Customer Success
  // Manager, go-to-market, demand-side platform, venture capitalists).
  const NOT_SKILLS = ['Teams', 'Word', 'Office', 'IT', 'HR', 'PR', 'IDs', 'IPs', 'VCs', 'CSM', 'GTM', 'DSP'];
  it.each(NOT_SKILLS)('does not read "%s" alone as a skill', (word) => {
    expect(lookup(word)).toEqual([]);
  });

  it.each(['Go', 'Swift', 'Spring', 'Express', 'Chef', 'Puppet', 'Julia', 'R', 'C', 'Excel', 'Less', 'Make'])(
    'marks "%s" as ambiguous, so it counts only in a technical context',
    (word) => {
      const entry = SKILL_DICTIONARY.find((e) => e.name === word);
      expect(entry?.ambiguous).toBe(true);
    },
  );

  it.each(['Node', 'Spark', 'Hive'])('matches "%s" only with its capital, as an ambiguous alias', (word) => {
    const owner = SKILL_DICTIONARY.find((e) => e.ambiguousAliases?.includes(word));
    expect(owner).toBeDefined();
  });
});
