import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { corpusFiles, hasCorpus, SKIP_REASON } from '../../test/support/shared-data';
import { splitFrontMatter } from './front-matter';
import { simpleFrontMatter } from './front-matter-simple';

/** What the YAML library makes of a front matter, as front-matter.ts calls it; "error" when it throws. */
function byLibrary(yaml: string): unknown {
  try {
    return parseYaml(yaml, { maxAliasCount: 50, prettyErrors: false });
  } catch {
    return 'error';
  }
}

describe('simpleFrontMatter', () => {
  it('reads one quoted string or integer a line, blank lines between, as the library does', () => {
    const yaml = 'title: "Staff Engineer"\n\ncompanyName: "Acme \\"Labs\\""\ntimestamp: 1620345600000\nurl: "https://example.org/a?b=c#d"\n';
    expect(simpleFrontMatter(yaml)).toEqual({
      title: 'Staff Engineer',
      companyName: 'Acme "Labs"',
      timestamp: 1620345600000,
      url: 'https://example.org/a?b=c#d',
    });
    expect(simpleFrontMatter(yaml)).toEqual(byLibrary(yaml));
  });

  it.each([
    ['a plain word', 'jobType: other'],
    ['a date', 'date: 2021-06-20'],
    ['a comment', 'title: "A" # note'],
    ['a list', 'hashtags:\n  - rest'],
    ['a block scalar', 'summary: |\n  text'],
    ['a repeated key (the library refuses it)', 'title: "A"\ntitle: "B"'],
    ['an escape JSON lacks', 'title: "\\x41"'],
    ['a key YAML reads as a boolean', 'true: "A"'],
    ['__proto__', '__proto__: "A"'],
    ['a carriage return', 'title: "A"\r'],
    ['trailing spaces', 'title: "A"  '],
    ['nothing', '\n\n'],
    ['a float', 'salary: 1.5'],
  ])('leaves %s to the library', (_, yaml) => {
    expect(simpleFrontMatter(yaml)).toBeNull();
  });

  it('gives what the library gives for every line it accepts (generated lines)', () => {
    const unit = fc.constantFrom(...'aZ_-09 "\\:#/nutx\t\u00e9\u2019\u0085\u2028\ufeff\u0000{}[]&*!|>\'%@`'.split(''));
    const line = fc.oneof(
      fc.tuple(fc.constantFrom('title', 'url', 'a-b', '_k', 'x1'), fc.array(unit, { maxLength: 12 })).map(([k, v]) => `${k}: "${v.join('')}"`),
      fc.tuple(fc.constantFrom('timestamp', 'n'), fc.stringMatching(/^-?[0-9]{1,17}$/)).map(([k, v]) => `${k}: ${v}`),
      fc.array(unit, { maxLength: 16 }).map((u) => u.join('')),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        const yaml = lines.join('\n');
        const fast = simpleFrontMatter(yaml);
        if (fast !== null) expect(fast).toEqual(byLibrary(yaml));
      }),
      { numRuns: 3000 },
    );
  });

  it.skipIf(!hasCorpus)(hasCorpus ? 'reads the corpus front matter as the library does, and nearly all of it itself' : SKIP_REASON, () => {
    let read = 0;
    let total = 0;
    for (const { text } of corpusFiles()) {
      const split = splitFrontMatter(text);
      if (split === null) continue;
      total++;
      const fast = simpleFrontMatter(split.yaml);
      if (fast === null) continue;
      read++;
      expect(fast).toEqual(byLibrary(split.yaml));
    }
    expect(total).toBeGreaterThan(0);
    expect(read / total).toBeGreaterThan(0.9);
  });
});
