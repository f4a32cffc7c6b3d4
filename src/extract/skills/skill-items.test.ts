import { describe, expect, it } from 'vitest';
import type { SkillCategory } from './skill-entry';
import { itemsOfLine, type LineSkill } from './skill-items';

/** The skills of a line, located by their written form: [written, canonical name, category]. */
function skillsOf(line: string, written: [string, string, SkillCategory | null][]): LineSkill[] {
  let from = 0;
  return written.map(([text, name, category]) => {
    const start = line.indexOf(text, from);
    from = start + text.length;
    return { name, start, end: start + text.length, category };
  });
}

describe('itemsOfLine', () => {
  it('reads "Ruby (Rails)" as one item, the more specific Ruby on Rails', () => {
    const line = 'Ruby (Rails), Java';
    const items = itemsOfLine(line, skillsOf(line, [['Ruby', 'Ruby', 'language'], ['Rails', 'Ruby on Rails', 'framework'], ['Java', 'Java', 'language']]));
    expect(items.map((i) => [i.name, i.names])).toEqual([
      ['Ruby on Rails', ['Ruby on Rails']],
      ['Java', ['Java']],
    ]);
    expect(line.slice(items[0]!.start, items[0]!.end)).toBe('Ruby (Rails)');
  });

  it.each<[string, [string, string, SkillCategory | null][], string, string[]]>([
    ['Python (Django)', [['Python', 'Python', 'language'], ['Django', 'Django', 'framework']], 'Django', ['Python', 'Django']],
    ['Go (gRPC)', [['Go', 'Go', 'language'], ['gRPC', 'gRPC', 'standard']], 'Go', ['Go', 'gRPC']],
    ['Golang (Go)', [['Golang', 'Go', 'language'], ['Go', 'Go', 'language']], 'Go', ['Go']],
    ['AWS (Lambda)', [['AWS', 'AWS', 'cloud'], ['Lambda', 'AWS Lambda', 'cloud']], 'AWS Lambda', ['AWS Lambda']],
  ])('"%s" is one item named %s, asking for %j', (line, written, name, names) => {
    const [item, ...rest] = itemsOfLine(line, skillsOf(line, written));
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ name, names });
  });

  it.each<[string, [string, string, SkillCategory | null][]]>([
    ['CI/CD (GitLab, Jenkins or similar)', [['CI/CD', 'CI/CD', 'practice'], ['GitLab', 'GitLab', 'tool'], ['Jenkins', 'Jenkins', 'devops']]],
    ['Postgres (or similar), MySQL', [['Postgres', 'PostgreSQL', 'database'], ['MySQL', 'MySQL', 'database']]],
    ['Java and (later) Kotlin', [['Java', 'Java', 'language'], ['Kotlin', 'Kotlin', 'language']]],
  ])('"%s" keeps every skill its own item', (line, written) => {
    expect(itemsOfLine(line, skillsOf(line, written)).map((i) => i.name)).toEqual(written.map(([, name]) => name));
  });

  it('records how deep in parentheses each item starts', () => {
    const line = 'CI/CD (GitLab, Jenkins), Docker';
    const items = itemsOfLine(line, skillsOf(line, [['CI/CD', 'CI/CD', 'practice'], ['GitLab', 'GitLab', 'tool'], ['Jenkins', 'Jenkins', 'devops'], ['Docker', 'Docker', 'devops']]));
    expect(items.map((i) => i.depth)).toEqual([0, 1, 1, 0]);
  });
});
