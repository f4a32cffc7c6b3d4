import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RawPosting } from '../core/raw-posting';
import { readFixture } from '../../test/fixtures/sources/read-fixture';
import { HOSTILE_FILES } from '../../test/support/hostile-inputs';
import { PostingReadError } from './posting-read-error';
import { readPostingFile } from './read-posting-file';

const fromFixture = (format: string, name: string, url?: string | null) => readPostingFile({ ...readFixture(format, name), url });

function readError(input: Parameters<typeof readPostingFile>[0]): string {
  try {
    readPostingFile(input);
  } catch (error) {
    if (error instanceof PostingReadError) return error.message;
    throw error;
  }
  throw new Error('expected a PostingReadError');
}

describe('readPostingFile: the format comes from the content', () => {
  it.each([
    ['remotewlb', 'mojibake-with-board-salary.md', 'remotewlb', 1],
    ['remotewlb', 'empty-location-no-company.md', 'remotewlb', 1],
    ['front-matter', 'full-fields.md', 'frontmatter', 1],
    ['front-matter', 'broken-yaml.md', 'markdown', 1],
    ['markdown', 'headings.md', 'markdown', 1],
    ['markdown', 'pasted.txt', 'text', 1],
    ['json-ld', 'graph-remote.json', 'jsonld', 1],
    ['json-ld', 'string-salary-escaped.jsonld', 'jsonld', 1],
    ['json-ld', 'page-broken-block.html', 'jsonld', 1],
    ['greenhouse', 'single-job.json', 'greenhouse', 1],
    ['greenhouse', 'job-list.json', 'greenhouse', 2],
    ['lever', 'posting.json', 'lever', 1],
    ['lever', 'array-plain.json', 'lever', 2],
    ['ashby', 'job-with-tiers.json', 'ashby', 1],
    ['ashby', 'list-hidden-pay.json', 'ashby', 1],
    ['workable', 'widget.json', 'workable', 2],
    ['workable', 'single-job-minimal.json', 'workable', 1],
    ['html-page', 'career-page.html', 'html', 1],
    ['html-page', 'board-page.html', 'html', 1],
    ['html-page', 'title-tag-only.html', 'html', 1],
  ])('%s/%s → %s × %i, every posting valid and titled', (format, name, source, count) => {
    const postings = fromFixture(format, name);
    expect(postings.map((p) => p.source)).toEqual(Array(count).fill(source));
    for (const posting of postings) {
      expect(RawPosting.safeParse(posting).success).toBe(true);
      expect(posting.title?.trim()).toBeTruthy();
    }
  });

  it('does not let a misleading file name change the format', () => {
    const { text } = readFixture('greenhouse', 'single-job.json');
    expect(readPostingFile({ text, fileName: 'posting.md' })[0]?.source).toBe('greenhouse');
    const markdown = readFixture('remotewlb', 'mojibake-with-board-salary.md').text;
    expect(readPostingFile({ text: markdown, fileName: 'page.html' })[0]?.source).toBe('remotewlb');
  });

  it.each([
    ['.md', 'text'],
    ['.html', 'html'],
  ])('breaks a tie with the file name: an HTML fragment named %s reads as %s', (extension, source) => {
    const text = '<div><h2>Welder</h2><p>MIG and TIG.</p></div>';
    expect(readPostingFile({ text, fileName: `x${extension}` })[0]?.source).toBe(source);
  });

  it('reads a markdown title link "[…](…)" as markdown, not as a JSON array', () => {
    expect(readPostingFile({ text: '[Senior Baker](https://x.example/1)\n\nBread.' })[0]).toMatchObject({ source: 'text', title: 'Senior Baker' });
  });

  it('strips a byte-order mark', () => {
    expect(readPostingFile({ text: `\ufeff${readFixture('front-matter', 'full-fields.md').text}` })[0]?.source).toBe('frontmatter');
  });
});

describe('readPostingFile: URLs', () => {
  it('fills in the given URL for a single posting that has none', () => {
    expect(fromFixture('markdown', 'pasted.txt', 'https://x.example/qa')[0]?.url).toBe('https://x.example/qa');
  });
  it("keeps the posting's own URL over the given one", () => {
    expect(fromFixture('greenhouse', 'single-job.json', 'https://x.example/other')[0]?.url).toBe(
      'https://job-boards.greenhouse.io/kestrelworks/jobs/5550001',
    );
  });
  it('does not give one URL to every posting of a list', () => {
    expect(fromFixture('workable', 'widget.json', 'https://x.example/list').map((p) => p.url)).not.toContain('https://x.example/list');
  });
});

describe('readPostingFile: a file without a posting is a PostingReadError with a reason', () => {
  it.each([
    ['an empty file', { text: '' }, 'empty file'],
    ['whitespace only', { text: ' \n\t\n' }, 'empty file'],
    ['binary data', { text: 'PK\u0003\u0004\u0000\u0000' }, 'not a text file (binary data)'],
    ['JSON of an unknown shape', { text: '{ "title": "nothing to see", "items": [1, 2, 3] }' }, 'no job posting found: JSON with keys title, items is not a known posting format'],
    ['an empty JSON object', { text: '{}' }, 'no job posting found: an empty JSON object is not a known posting format'],
    ['a JSON array of numbers', { text: '[1, 2, 3]' }, 'no job posting found: JSON array of 3 items is not a known posting format'],
    ['a JSON number in a .json file', { text: '42', fileName: 'x.json' }, 'not valid JSON: the file does not start with { or ['],
    ['broken JSON', { text: '{ "title": ' }, 'not valid JSON:'],
    ['a JobPosting without a title', { text: '{ "@type": "JobPosting", "description": "x" }' }, 'no job posting found: JSON-LD JobPosting data without a title'],
    ['a Greenhouse list of untitled jobs', { text: '{"jobs":[{"title":" ","absolute_url":"https://boards.greenhouse.io/a/jobs/1"}]}' }, 'no job posting found: Greenhouse job data without a title'],
    ['an HTML page with no posting', { text: readFixture('html-page', 'no-posting.html').text }, 'no job posting found: HTML page without a JobPosting or any heading'],
    ['text without a title line', { text: readFixture('markdown', 'no-title.txt').text }, 'no job posting found: text without a title'],
    ['deeply nested JSON', { text: '['.repeat(70_000) + ']'.repeat(70_000) }, 'no job posting found: JSON nested more than 64 levels deep'],
  ])('%s', (_name, input, message) => {
    const reason = readError(input);
    expect(reason.startsWith(message)).toBe(true);
    expect(reason).not.toContain('\n');
  });
});

describe('readPostingFile: robustness', () => {
  const fixtures = [
    readFixture('remotewlb', 'mojibake-with-board-salary.md').text,
    readFixture('front-matter', 'full-fields.md').text,
    readFixture('json-ld', 'page-broken-block.html').text,
    readFixture('greenhouse', 'single-job.json').text,
    readFixture('ashby', 'job-with-tiers.json').text,
    readFixture('html-page', 'career-page.html').text,
  ];
  const mutated = fc
    .tuple(fc.constantFrom(...fixtures), fc.nat(), fc.nat({ max: 400 }), fc.string({ maxLength: 30 }))
    .map(([text, at, length, insert]) => {
      const start = at % (text.length + 1);
      return text.slice(0, start) + insert + text.slice(start + length);
    });
  const tokens = fc
    .array(
      fc.constantFrom('# [', '](', ')', '### ', '#### `', '🌎 ', 'ðŸŒŽ', '`', '---\n', 'title: ', '{', '}', '[', ']', '"@type":', '"JobPosting"',
        '"title":', '"jobs":', ':', ',', '"x"', '<h1>', '</h1>', '<script type="application/ld+json">', '</script>', '<li>', '&lt;',
        '**', '* ', '\n', ' ', 'Engineer', '\u0000', '\r'),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));

  it('throws only PostingReadError, and every posting it returns is valid and titled (fuzzed)', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, tokens, fc.string({ maxLength: 200 })), fc.constantFrom(undefined, 'x.json', 'x.md', 'x.html'), (text, fileName) => {
        let postings;
        try {
          postings = readPostingFile({ text, fileName });
        } catch (error) {
          expect(error).toBeInstanceOf(PostingReadError);
          return;
        }
        expect(postings.length).toBeGreaterThan(0);
        for (const posting of postings) {
          expect(RawPosting.safeParse(posting).success).toBe(true);
          expect(posting.title?.trim()).toBeTruthy();
        }
      }),
      { numRuns: 500 },
    );
  });

  // How long each takes is a bench figure (`hostile-1mb-pipeline`, test/bench/hostile-inputs.ts).
  it.each(HOSTILE_FILES)('reads 1 MB of %s into postings, or says clearly it holds none', (_name, build) => {
    try {
      for (const raw of readPostingFile({ text: build() })) expect(typeof raw.source).toBe('string');
    } catch (error) {
      expect(error).toBeInstanceOf(PostingReadError);
    }
  });
});
