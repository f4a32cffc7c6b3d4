import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Job, type RawPosting } from '../../src/core';
import { normalizeJob } from '../../src/extract/normalize-job';
import { PostingReadError, readPostingFile } from '../../src/sources';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const now = new Date('2026-11-22T00:00:00Z');
const FIXTURE_DIR = path.resolve(__dirname, '../fixtures/postings');
const fixtures = readdirSync(FIXTURE_DIR).map((f) => readFileSync(path.join(FIXTURE_DIR, f), 'utf8'));

/** Reads a file the way the CLI does; only a clear PostingReadError may come out. */
function readAndExtract(text: string): Job[] {
  try {
    return readPostingFile({ text, fileName: 'fuzz' }).map((raw) => normalizeJob(raw, { now }));
  } catch (error) {
    if (error instanceof PostingReadError) return [];
    throw error;
  }
}

/** Text that looks like postings: markdown, HTML, JSON and the characters extractors key on. */
const postingish = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(
        '# ', '## ', '### ', '#### `🌎 ', '`', '**', '* ', '- ', '\n', '\n\n', ' ', ',', '(', ')', ':',
        '$', '€', '£', 'USD', 'k', 'K', '120', '1.000,00', '–', '-', 'to', 'bis', 'per year', '/hr', 'p.a.',
        'years', '3+', 'Go', 'Java', 'C++', 'C#', '.NET', 'React/Vue', 'Nice to have', 'Requirements',
        'one or more of', '<p>', '</p>', '<li>', '<h2>', '&lt;', '&amp;', '{', '}', '"@type"', '"JobPosting"',
        '---\n', 'title: ', 'ðŸŒŽ', 'â€™', 'Ã©', '\u0081', '\u00a0', '\u200b',
      ),
      { maxLength: 200 },
    )
    .map((parts) => parts.join('')),
);

/** A fixture with a random slice deleted, duplicated or replaced: broken real-shaped input. */
const mutatedFixture = fc
  .tuple(fc.constantFrom(...fixtures), fc.nat(), fc.nat(), fc.string({ maxLength: 50 }), fc.constantFrom('delete', 'dup', 'replace'))
  .map(([text, a, b, insert, op]) => {
    const i = a % (text.length + 1);
    const j = Math.min(text.length, i + (b % 300));
    if (op === 'delete') return text.slice(0, i) + text.slice(j);
    if (op === 'dup') return text.slice(0, j) + text.slice(i, j) + text.slice(i);
    return text.slice(0, i) + insert + text.slice(j);
  });

describe('fuzzing the extraction core', () => {
  it('never throws on arbitrary or mutated files, and every Job it returns is valid', () => {
    fc.assert(
      fc.property(fc.oneof(postingish, mutatedFixture), (text) => {
        for (const job of readAndExtract(text)) expect(Job.safeParse(job).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary RawPostings from a site adapter', () => {
    const rawPosting: fc.Arbitrary<RawPosting> = fc.record({
      source: fc.constantFrom('greenhouse', 'lever', 'html', 'text'),
      url: fc.option(fc.oneof(fc.webUrl(), fc.string()), { nil: null }),
      title: fc.option(postingish, { nil: null }),
      company: fc.option(fc.string(), { nil: null }),
      location: fc.option(postingish, { nil: null }),
      sections: fc.array(fc.record({ heading: postingish, text: postingish }), { maxLength: 6 }),
      hints: fc.record(
        {
          postedAt: fc.option(fc.string(), { nil: null }),
          boardSalaryText: fc.option(postingish, { nil: null }),
          tags: fc.array(fc.string(), { maxLength: 4 }),
        },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(rawPosting, (raw) => {
        expect(Job.safeParse(normalizeJob(raw, { now })).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * Inputs built to make regexes backtrack: long runs of what the patterns look for, with no
 * match at the end. Each must go through the whole pipeline in bounded time.
 */
const MB = 1_000_000;
const adversarial: [string, () => string][] = [
  ['digits and separators', () => '1,0'.repeat(MB / 3)],
  ['currency runs', () => '$1 - $1 - '.repeat(MB / 10)],
  ['k ranges', () => '120k-'.repeat(MB / 5)],
  ['years', () => '3+ years '.repeat(MB / 9)],
  ['spaces then junk', () => ' '.repeat(MB - 1) + '!'],
  ['one giant word', () => 'a'.repeat(MB)],
  ['bold markers', () => '**'.repeat(MB / 2)],
  ['headings', () => '#'.repeat(MB)],
  ['list of skills', () => 'Go, Java, C++, C#, .NET, React/Vue/Angular, '.repeat(MB / 45)],
  ['markdown links', () => '[x]('.repeat(MB / 4)],
  ['nested html', () => '<div><b>'.repeat(MB / 8)],
  ['mojibake', () => 'Ã©â€™ðŸŒŽ'.repeat(MB / 9)],
  ['entities', () => '&amp;&lt;&#x'.repeat(MB / 12)],
  ['json-ish', () => `{"@type":"JobPosting","title":"${'"'.repeat(MB)}`],
  ['many lines', () => 'x:\n'.repeat(MB / 3)],
];

describe('bounded time on 1 MB inputs (regex backtracking guard)', () => {
  it.each(adversarial)('%s', (_, build) => {
    const text = build();
    for (const input of [text, `# Title\n\n## Requirements\n\n${text}`]) {
      let best = Infinity;
      // The best of three runs: the budget is about algorithmic cost, not a busy CI machine.
      for (let run = 0; run < 3 && best >= 100; run++) {
        const start = performance.now();
        readAndExtract(input);
        best = performance.now() - start;
      }
      expect(best).toBeLessThan(100);
    }
  });
});
