import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_DICTIONARY } from '../../../test/fixtures/skills/test-dictionary';
import { findSkillMentions } from './index';
import { createSkillMatcher } from './skill-matcher';
import { keyWordsOf, stretchesOf } from './skill-search-regions';
import { searchKeyOf, searchStringOf } from './skill-search-text';

const keys = TEST_DICTIONARY.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(searchKeyOf);

describe('stretchesOf', () => {
  const keyWords = keyWordsOf(keys)!;

  it('keeps the words that can start or continue a key (and a short tail) and drops the rest', () => {
    const search = searchStringOf('We are hiring: Ruby on Rails, C++ and lots of coffee');
    const { text } = stretchesOf(search, keyWords);
    expect(text.split('\u0001')).toEqual(['\u0002ruby\u0002on\u0002rails,', '\u0002c++']);
  });

  it('opens a stretch at the first word of a longer key only when its second word follows', () => {
    // "Google" alone is no key; "Google Cloud" is.
    const { text } = stretchesOf(searchStringOf('Google it. Google Cloud Platform.'), keyWords);
    expect(text.split('\u0001')).toEqual(['\u0002google\u0002cloud\u0002platform.']);
  });

  it('maps every stretch back to where it came from', () => {
    const search = searchStringOf('Tea, then Kafka; later Go.');
    const { text, starts, origins } = stretchesOf(search, keyWords);
    starts.forEach((start, i) => {
      const part = text.slice(start).split('\u0001')[0]!;
      expect(search.slice(origins[i]!, origins[i]! + part.length)).toBe(part);
    });
  });
});

describe('keyWordsOf', () => {
  it('refuses keys that do not begin at a word, so the whole text is scanned for them', () => {
    expect(keyWordsOf([...keys, '@@x'])).toBeNull();
  });
});

describe('scanning stretches instead of the whole text', () => {
  // A dictionary with one key that cannot be narrowed: its matcher reads whole texts.
  const whole = createSkillMatcher([...TEST_DICTIONARY, { name: '@@never', category: 'tool' }]);
  const narrowed = createSkillMatcher(TEST_DICTIONARY);
  const words = fc.constantFrom(
    'Go', 'golang', 'Ruby', 'on', 'Rails', 'Google', 'Cloud', 'Platform', 'C', '++', '#', '.NET', 'ASP', 'Node', '.js',
    'CI', '/', 'CD', 'we', 'hire', 'with', 'in', 'and', 'or', ', ', ' ', '\n', '-', '(', ')', 'é', '🌎', 'k8s', 'micro', 'services',
  );
  it('finds exactly the same mentions', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 80 }), (parts) => {
        const text = parts.join(' ') + parts.join('');
        expect(findSkillMentions(text, narrowed)).toEqual(findSkillMentions(text, whole));
      }),
      { numRuns: 400 },
    );
  });
});

describe('stretchesOf in batches', () => {
  const keyWords = keyWordsOf(keys)!;
  const words = fc.constantFrom('Go', 'Ruby', 'on', 'Rails', 'Google', 'Cloud', 'Platform', 'C++', 'we', 'CI/CD', ', ', ' ', '\n');

  it('yields, batch after batch, the same stretches as one pass', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 120 }), fc.integer({ min: 1, max: 40 }), (parts, budget) => {
        const search = searchStringOf(parts.join(' '));
        const whole = stretchesOf(search, keyWords);
        const pieces: string[] = [];
        const origins: number[] = [];
        for (let from = 0; from !== -1; ) {
          const batch = stretchesOf(search, keyWords, from, budget);
          if (batch.text !== '') pieces.push(batch.text);
          origins.push(...batch.origins);
          from = batch.next;
        }
        expect(pieces.join('\u0001')).toBe(whole.text);
        expect(origins).toEqual(whole.origins);
      }),
      { numRuns: 300 },
    );
  });
});
