import { describe, expect, it } from 'vitest';
import { TEST_DICTIONARY } from '../../../test/fixtures/skills/test-dictionary';
import { anyOfGroupsInLine } from './skill-groups';
import { itemsOfLine } from './skill-items';
import { createSkillMatcher } from './skill-matcher';
import { resolveMentions } from './skill-mentions';

const matcher = createSkillMatcher(TEST_DICTIONARY);

/** The groups of one line, read with the test dictionary. */
function groupsOf(line: string): string[][] {
  const skills = resolveMentions(line, matcher).map((m) => ({
    name: m.entry.name,
    start: m.start,
    end: m.end,
    category: m.entry.category,
  }));
  return anyOfGroupsInLine(line, itemsOfLine(line, skills)).map((g) => g.map((item) => item.name));
}

describe('anyOfGroupsInLine', () => {
  it.each([
    [
      'Writes production code in one or more of these languages: Java, Ruby (Rails), Python, NodeJS, or GoLang',
      [['Java', 'Ruby on Rails', 'Python', 'Node.js', 'Go']],
    ],
    [
      'Design skills in at least one of the following languages: PHP, Kotlin, Go, C#, Python or Java, for 3+ years',
      [['PHP', 'Kotlin', 'Go', 'C#', 'Python', 'Java']],
    ],
    ['Document stores (one or more of MongoDB, Redis, Elastic Search)', [['MongoDB', 'Redis', 'Elasticsearch']]],
    ['Any of Docker, Kubernetes', [['Docker', 'Kubernetes']]],
    ['Either AWS or Google Cloud', [['AWS', 'Google Cloud']]],
    ['One or more programming languages (Kotlin, Java)', [['Kotlin', 'Java']]],
    ['One of CI/CD (GitLab, Jenkins), Docker or Kubernetes', [['CI/CD', 'Docker', 'Kubernetes']]],
    ['Experience with Docker, Kubernetes and AWS', []],
    ['At least one of: Java', []],
    ['One of our values. Java, Kotlin and Go matter', []],
    ['Either way you will use Java, Kotlin', []],
    ['One of Java, Java or Java', []],
  ])('%s → %j', (line, groups) => {
    expect(groupsOf(line)).toEqual(groups);
  });
});
