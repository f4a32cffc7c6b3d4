import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Job, type RawPosting } from '../../src/core';
import { normalizeJob } from '../../src/extract/normalize-job';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HOSTILE_FILES, hostileFileVariants, readHostileFile } from '../support/hostile-inputs';

const now = new Date('2026-11-22T00:00:00Z');
const FIXTURE_DIR = path.resolve(__dirname, '../fixtures/postings');
const fixtures = readdirSync(FIXTURE_DIR).map((f) => readFileSync(path.join(FIXTURE_DIR, f), 'utf8'));


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
        for (const job of readHostileFile(text)) expect(Job.safeParse(job).success).toBe(true);
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


// How long each takes is a bench figure (`hostile-1mb-pipeline`, test/bench/hostile-inputs.ts);
// here each must come through the whole pipeline as valid jobs or a clear PostingReadError.
describe('1 MB inputs built to make patterns backtrack (HOSTILE_FILES)', () => {
  it.each(HOSTILE_FILES)('%s', (_, build) => {
    for (const input of hostileFileVariants(build())) {
      for (const job of readHostileFile(input)) expect(Job.safeParse(job).success).toBe(true);
    }
  });
});

