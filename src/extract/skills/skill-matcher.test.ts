import { describe, expect, it } from 'vitest';
import { TEST_DICTIONARY } from '../../../test/fixtures/skills/test-dictionary';
import { createSkillMatcher } from './skill-matcher';

const matcher = createSkillMatcher(TEST_DICTIONARY);

describe('SkillMatcher.lookup', () => {
  it.each([
    ['Go', 'Go'],
    ['go', 'Go'],
    ['golang', 'Go'],
    ['  Postgres ', 'PostgreSQL'],
    ['postgresql', 'PostgreSQL'],
    ['NODEJS', 'Node.js'],
    ['Rails', 'Ruby on Rails'],
    ['k8s', 'Kubernetes'],
    ['GCP', 'Google Cloud'],
    ['RESTful', 'REST'],
    ['Google   Cloud', 'Google Cloud'],
    ['c#', 'C#'],
  ])('%s → %s', (query, name) => {
    expect(matcher.lookup(query)?.name).toBe(name);
  });

  it.each([[''], ['   '], ['Cobol'], ['Goo']])('"%s" is not a skill', (query) => {
    expect(matcher.lookup(query)).toBeUndefined();
  });
});

describe('SkillMatcher.suggest', () => {
  it('puts the exact name first, then names starting with the prefix, shortest first', () => {
    expect(matcher.suggest('java', 5).map((e) => e.name)).toEqual(['Java', 'JavaScript']);
  });

  it('finds entries by alias and by a later word of the name', () => {
    expect(matcher.suggest('golang', 3).map((e) => e.name)).toEqual(['Go']);
    expect(matcher.suggest('cloud', 3).map((e) => e.name)).toEqual(['Google Cloud']);
    expect(matcher.suggest('rai', 3).map((e) => e.name)).toEqual(['Ruby on Rails']);
  });

  it('respects the limit and returns nothing for an empty prefix or limit', () => {
    expect(matcher.suggest('g', 2)).toHaveLength(2);
    expect(matcher.suggest('', 5)).toEqual([]);
    expect(matcher.suggest('go', 0)).toEqual([]);
  });
});

describe('SkillMatcher.hits', () => {
  it('matches case-sensitive names only in their exact case', () => {
    const names = (text: string) => matcher.hits(text).map((h) => h.spelling.entry.name);
    expect(names('Go and Golang')).toEqual(['Go', 'Go']);
    expect(names('go and GO')).toEqual(['Go']);
    expect(names('SWIFT swift Swift')).toEqual(['Swift']);
  });

  it.each([
    ['KUBERNETES and kubernetes', ['KUBERNETES', 'kubernetes']],
    ['GOOGLE CLOUD PLATFORM', ['GOOGLE CLOUD', 'GOOGLE CLOUD PLATFORM']],
    ['nodejs, NODEJS', ['nodejs', 'NODEJS']],
    // The fold makes any non-word unit before a word look alike; the spelling's own space decides.
    ['Google-Cloud, Google\u00a0Cloud, Node_JS', []],
    ['\u212Aubernetes (a Kelvin sign, not a K)', []],
  ])('verifies case-insensitive spellings against the text as written: %s', (text, expected) => {
    expect(matcher.hits(text).map((h) => text.slice(h.start, h.end))).toEqual(expected);
  });

  it('matches dictionary spellings with non-ASCII letters, at exact offsets', () => {
    const text = '🌎 İİ Señor Tool';
    const [hit] = matcher.hits(text);
    expect(hit?.spelling.entry.name).toBe('Señor Tool');
    expect(text.slice(hit!.start, hit!.end)).toBe('Señor Tool');
  });

  it('builds its word index once, on first use', () => {
    // Counts how often the matcher reads the dictionary's spellings: building reads each
    // entry's name, a later call must read none.
    let reads = 0;
    const counted = TEST_DICTIONARY.map((entry) => ({
      ...entry,
      get name() {
        reads++;
        return entry.name;
      },
    }));
    const fresh = createSkillMatcher(counted);
    expect(reads).toBe(0);
    expect(fresh.hits('Go').map((hit) => hit.spelling.entry.name)).toEqual(['Go']);
    const afterBuilding = reads;
    expect(afterBuilding).toBeGreaterThan(0);
    fresh.hits('Go and Postgres');
    expect(reads).toBe(afterBuilding);
  });
});
