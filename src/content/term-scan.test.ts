import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_TERM_SCANS } from '../../test/support/hostile-inputs';
import { standsAlone } from '../extract/skills/skill-boundaries';
import { compileTerms } from './term-scan';

/** The obvious quadratic reading of the rules, to check the automaton against. */
function naiveScan(text: string, terms: string[]): string[] {
  const out: string[] = [];
  const byLength = [...new Set(terms)].filter((t) => t !== '').sort((a, b) => b.length - a.length);
  for (let i = 0; i < text.length; ) {
    const hit = byLength.find((t) => {
      const wordChars = [...t].filter((c) => /[\p{L}\p{N}\p{M}_]/u.test(c)).length;
      return text.startsWith(t, i) && standsAlone(text, i, i + t.length, { text: t, hyphenSensitive: wordChars <= 2 });
    });
    if (hit) {
      out.push(`${hit}@${i}`);
      i += hit.length;
    } else i++;
  }
  return out;
}

function found(text: string, terms: string[], limit = 100): string[] {
  const scan = compileTerms(terms.map((t) => ({ text: t, tag: t })));
  return scan(text, limit).map((m) => `${text.slice(m.start, m.end)}@${m.start}`);
}

describe('compileTerms', () => {
  it.each<[string, string, string[], string[]]>([
    ['a whole word', 'We use Go daily', ['Go'], ['Go@7']],
    ['not inside a longer word', 'Google and Django and Gopher', ['Go'], []],
    ['letter case is as given', 'go Go GO', ['Go'], ['Go@3']],
    ['at both edges of the text', 'Go', ['Go'], ['Go@0']],
    ['punctuation is a boundary', '(Go), Go/Rust, Go-based', ['Go', 'Rust'], ['Go@1', 'Go@6', 'Rust@9', 'Go@15']],
    ['C++ and C# are found', 'C++, C# and C', ['C++', 'C#', 'C'], ['C++@0', 'C#@5', 'C@12']],
    ['C alone is not the C of C++ or C#', 'C++ or C#', ['C'], []],
    ['.NET after other letters', 'ASP.NET and .NET', ['.NET'], ['.NET@3', '.NET@12']],
    ['the longest term wins at one position', 'Node.js runs', ['Node', 'Node.js'], ['Node.js@0']],
    ['matches do not overlap', 'React Native', ['React Native', 'Native'], ['React Native@0']],
    ['digits are part of a word', 'Python3 and Python 3', ['Python'], ['Python@12']],
    ['accented letters are part of a word', 'Gödel and Goé', ['G', 'Go'], []],
    ['no C in C-level, no R in R&D or R1', 'C-level, R&D, R1', ['C', 'R'], []],
    ['a short name refuses hyphen compounds, except skill suffixes', 'Go-to-market, Go-based', ['Go'], ['Go@14']],
    ['a longer name may stand in a compound', 'Kubernetes-ready', ['Kubernetes'], ['Kubernetes@0']],
    ['not part of a host name, but React.js is React', 'react.dev, React.js', ['react', 'React'], ['React@11']],
    ['a term with spaces', 'Ruby on Rails, Rails', ['Ruby on Rails', 'Rails'], ['Ruby on Rails@0', 'Rails@15']],
  ])('%s', (_name, text, terms, expected) => {
    expect(found(text, terms)).toEqual(expected);
  });

  it('agrees with the obvious quadratic scan on random texts and terms', () => {
    const char = fc.constantFrom('a', 'b', 'C', '+', '#', '-', '.', '&', ' ', 'é');
    const word = fc.string({ unit: char, minLength: 1, maxLength: 6 });
    // Texts built from the terms themselves (and their prefixes), so overlaps and ties are common.
    const case_ = fc.array(word, { minLength: 1, maxLength: 6 }).chain((terms) =>
      fc.tuple(
        fc.constant(terms),
        fc
          .array(fc.oneof(fc.constantFrom(...terms), fc.constantFrom(...terms).map((t) => t.slice(0, -1)), char), { maxLength: 30 })
          .map((pieces) => pieces.join('')),
      ),
    );
    fc.assert(
      fc.property(case_, ([terms, text]) => {
        expect(found(text, terms, Infinity)).toEqual(naiveScan(text, terms));
      }),
      { numRuns: 3000 },
    );
  });

  it('stops at the limit', () => {
    expect(found('Go Go Go Go', ['Go'], 2)).toEqual(['Go@0', 'Go@3']);
  });

  // Quadratic work on these takes minutes and fails on the test timeout; the time each
  // takes is a figure of `npm run bench` (hostile-1mb-term-scan).
  it.each(HOSTILE_TERM_SCANS)('finds the one match at the end of a megabyte of %s', (_name, text, terms) => {
    const scan = compileTerms(terms.map((t) => ({ text: t, tag: 0 })));
    const matches = scan(text, 500);
    expect(matches.at(-1)).toEqual({ start: text.length - 5, end: text.length, tag: 0 });
  });
});
