import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_DICTIONARY } from '../../../test/fixtures/skills/test-dictionary';
import { standsAlone } from './skill-boundaries';
import { createSkillMatcher } from './skill-matcher';
import { buildWordIndex, wordSignature } from './skill-word-index';

const matcher = createSkillMatcher(TEST_DICTIONARY);
/** The dictionary's spellings with the rules skill-matcher.ts documents for them. */
const spellings = TEST_DICTIONARY.flatMap((entry) => {
  const caseSensitive = entry.caseSensitive === true;
  const ambiguousName = (text: string) => entry.ambiguous === true && text.toLowerCase() === entry.name.toLowerCase();
  return [
    ...[entry.name, ...(entry.aliases ?? [])].map((text) => ({ text, caseSensitive, ambiguous: ambiguousName(text) })),
    ...(entry.ambiguousAliases ?? []).map((text) => ({ text, caseSensitive: true, ambiguous: true })),
  ];
});

/** Every place a spelling is written and stands alone, found by trying every offset: slow and obviously right. */
function everyHit(text: string): string[] {
  const found = new Set<string>();
  for (let start = 0; start < text.length; start++) {
    for (const { text: spelling, caseSensitive, ambiguous } of spellings) {
      const end = start + spelling.length;
      const written = text.slice(start, end);
      if (written.length !== spelling.length) continue;
      const same = caseSensitive
        ? written === spelling
        : [...written].every((ch, i) => (ch.charCodeAt(0) < 128) === (spelling.charCodeAt(i) < 128)) &&
          written.toLowerCase() === spelling.toLowerCase();
      const hyphenSensitive = ambiguous || spelling.replace(/[^\p{L}\p{N}\p{M}_]/gu, '').length <= 2;
      if (same && standsAlone(text, start, end, { text: spelling, hyphenSensitive })) found.add(`${start}:${end}`);
    }
  }
  return [...found].sort();
}

describe('the word-indexed matcher', () => {
  const words = fc.constantFrom(
    'Go', 'golang', 'Ruby', 'on', 'Rails', 'Google', 'Cloud', 'Platform', 'C', '++', '#', '.NET', 'ASP', 'Node', '.js',
    'CI', '/', 'CD', 'we', 'hire', 'with', 'in', 'and', 'or', ', ', ' ', '\n', '-', '(', ')', 'é', '🌎', 'k8s', 'micro',
    'services', 'KUBERNETES', '\u212Aubernetes', 'Señor', 'Tool', '_', 'R', '&', 'D',
  );

  it('finds exactly the places a spelling stands alone, as trying every offset does', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 60 }), fc.boolean(), (parts, spaced) => {
        const text = parts.join(spaced ? ' ' : '');
        const hits = matcher.hits(text).map((h) => `${h.start}:${h.end}`);
        expect(new Set(hits).size).toBe(hits.length);
        expect(hits.sort()).toEqual(everyHit(text));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a spelling that begins with a symbol inside a longer name, at the symbol', () => {
    const text = 'ASP.NET and .NET Core';
    expect(matcher.hits(text).map((h) => text.slice(h.start, h.end))).toContain('.NET');
  });

  it('refuses a spelling it could never find, naming it', () => {
    const broken = createSkillMatcher([{ name: '++', category: 'language' }]);
    expect(() => broken.hits('C++')).toThrow(/"\+\+" has no ASCII letter or digit/);
  });

  it('signs words without regard to ASCII letter case, and tells different words apart', () => {
    expect(wordSignature('KuBeRnEtEs', 0, 10)).toBe(wordSignature('kubernetes', 0, 10));
    expect(wordSignature('rust', 0, 4)).not.toBe(wordSignature('ruby', 0, 4));
  });

  it('keeps one group per folded key, exact-case spellings first', () => {
    const entry = { name: 'Go', category: 'language' as const };
    const spelling = (text: string, caseSensitive: boolean) => ({
      entry, text, lower: text.toLowerCase(), caseSensitive, ambiguous: false, hyphenSensitive: true, asciiLower: true,
    });
    const groups = [...buildWordIndex([spelling('go', false), spelling('Go', true)]).groups.values()].flatMap((first) => first.single);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.spellings.map((s) => s.text)).toEqual(['Go', 'go']);
  });
});
