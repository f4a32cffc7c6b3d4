import type { Job } from '../../src/core';
import { detectEmploymentType } from '../../src/extract/employment';
import { normalizeJob } from '../../src/extract/normalize-job';
import { PostingReadError, readPostingFile } from '../../src/sources';
import { cleanLocation } from '../../src/extract/location';
import { cleanInline } from '../../src/extract/normalize-text';
import { classifySections } from '../../src/extract/sections';
import { detectSeniority } from '../../src/extract/seniority';
import { detectWorkplace } from '../../src/extract/workplace';

/**
 * 1 MB inputs built to make patterns backtrack: long runs of exactly what the patterns
 * look for. Shared by the behaviour tests (each must finish, with a sane answer) and the
 * bench (`hostile-1mb-*` figures): a catastrophic pattern shows as seconds or minutes.
 */
export const MB = 1_000_000;
export const HOSTILE_TEXTS: readonly [name: string, text: string][] = [
  ['spaces then junk', `${' '.repeat(MB - 1)}!`],
  ['one giant word', 'a'.repeat(MB)],
  ['bold markers', '**'.repeat(MB / 2)],
  ['bold lines', '**a**\n'.repeat(MB / 6)],
  ['underscores', '_a '.repeat(MB / 3)],
  ['headings', '#'.repeat(MB)],
  ['markdown links', '[x]('.repeat(MB / 4)],
  ['brackets', '[[[]'.repeat(MB / 4)],
  ['bullets', '• '.repeat(MB / 2)],
  ['many lines', 'x:\n'.repeat(MB / 3)],
  ['colon lines before lists', 'Requirements:\n- a\n'.repeat(MB / 19)],
  ['blank lines', ' \n'.repeat(MB / 2)],
  ['mojibake', 'Ã©â€™ðŸŒŽ'.repeat(MB / 9)],
  ['entities', '&amp;&lt;&#x'.repeat(MB / 12)],
  ['NBSP', '\u00a0'.repeat(MB)],
  ['emoji', '🚀'.repeat(MB / 2)],
  ['commas', 'a,'.repeat(MB / 2)],
  ['workplace words', 'this role is a hybrid remote on-site 3 days a week in the office '.repeat(MB / 66)],
  ['employment words', 'this is a full-time part-time 6 month contract internship '.repeat(MB / 58)],
  ['seniority words', 'senior/junior/mid-level lead staff looking for a '.repeat(MB / 49)],
  ['company opening', 'Acme Beta Gamma Delta Epsilon '.repeat(MB / 30)],
];

/**
 * Files built to make regexes backtrack: long runs of what the patterns look for, with no
 * match at the end, read the way the CLI reads a file (sources, then every extractor). Built
 * on demand: together they are tens of MB.
 */
export const HOSTILE_FILES: readonly [name: string, build: () => string][] = [
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
  // Files of each format, with what its reader walks repeated to a megabyte.
  ['markdown paragraphs', () => huge('# Title\n', 'Text with **bold** and [a link](https://x.example) here.\n\n')],
  ['a markdown list', () => huge('# Title\n', '- item\n')],
  ['one line of brackets', () => huge('Title\n', '[a](')],
  ['emphasis everywhere', () => huge('Title\n', '*a_ ')],
  ['a RemoteWLB header that never closes its backtick', () => huge('# [T](https://x.example)\n### C\n#### `', '\n')],
  ['front matter too large for YAML', () => huge('---\ntitle: x\n', 'k: v\n') + '---\nbody'],
  ['HTML paragraphs', () => huge('<html><body><h1>T</h1>', '<p>Hello <b>world</b> &amp; more</p>\n')],
  ['HTML nested without end tags', () => huge('<html><body><h1>T</h1>', '<b><div>')],
  ['HTML list items without end tags', () => huge('<html><body><h1>T</h1><ul>', '<li>x')],
  ['an HTML-escaped Greenhouse description', () => JSON.stringify({ title: 'T', absolute_url: 'https://boards.greenhouse.io/a/jobs/1', content: '&lt;p&gt;Hello world&lt;/p&gt;'.repeat(MB / 30) })],
  ['a JSON-LD description', () => JSON.stringify({ '@type': 'JobPosting', title: 'T', description: '<li>item</li>'.repeat(MB / 14) })],
];

/** Page text a site adapter may hand on (a description field, a text block), a megabyte of what its readers key on. */
export const HOSTILE_PAGE_TEXTS: readonly [name: string, build: () => string][] = [
  ['ampersands', () => '&'.repeat(MB)],
  ['hashes', () => '#'.repeat(MB)],
  ['spaces then a letter', () => `${' '.repeat(MB / 2)}x`],
  ['dashes and spaces', () => '- '.repeat(MB / 2)],
  ['entity starts', () => '&#'.repeat(MB / 2)],
];

/** A megabyte of `unit` after `base`. */
function huge(base: string, unit: string): string {
  return base + unit.repeat(Math.ceil(MB / unit.length));
}

/** A file read as the CLI reads it (hostile or fuzzed): its jobs, or none when it reads as no posting; only a clear PostingReadError may come out. */
export function readHostileFile(text: string): Job[] {
  try {
    return readPostingFile({ text, fileName: 'hostile' }).map((raw) => normalizeJob(raw, { now: new Date('2026-11-22T00:00:00Z') }));
  } catch (error) {
    if (error instanceof PostingReadError) return [];
    throw error;
  }
}

/** Each hostile file alone, and as the requirements of a posting. */
export function hostileFileVariants(text: string): string[] {
  return [text, `# Title\n\n## Requirements\n\n${text}`];
}

/** A megabyte for each extractor that reads numbers and lists, full of what it looks for. */
export const EXPERIENCE_MB = '- 3+ years of experience with tools, founded 20 years ago. '.repeat(17_000);
const PAY_CHUNK = 'We pay $120,000 - $150,000 per year, raised $5M, 401(k) up to $5,000 and 3+ years. ';
export const PAY_MB = PAY_CHUNK.repeat(Math.ceil(MB / PAY_CHUNK.length));
export const DIGITS_MB = '1234567890,.'.repeat(90_000);
export const SKILL_LISTS_MB = '- Go, Java, C++, C#, .NET, React/Vue/Angular, LaunchDarkly\n'.repeat(17_000);

/** Texts and wordings that would make a naive multi-term scan quadratic. */
export const HOSTILE_TERM_SCANS: readonly [name: string, text: string, terms: string[]][] = [
  ['near-misses', 'Reac '.repeat(200_000) + 'React', ['React', 'Reactive', 'Redux', 'Rea', 'R', ...Array.from({ length: 300 }, (_, i) => `Re${i}`)]],
  ['long partial matches', ('+'.repeat(59) + '-').repeat(16_700) + 'React', ['+'.repeat(60), 'React']],
];

/** Every text reader normalizeJob runs, each given the whole input as it would get a field. */
export function readHostileText(text: string) {
  const title = cleanInline(text);
  const location = cleanLocation(text);
  const sections = classifySections([{ heading: text, text }]);
  return {
    title,
    location,
    sections,
    workplace: detectWorkplace({ title: text, location, sections }),
    employment: detectEmploymentType({ title: text, sections, tags: [text] }),
    seniority: detectSeniority({ title, sections }),
  };
}
