import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RawPosting } from '../core/raw-posting';
import { PostingReadError } from './posting-read-error';
import { readPostingFile } from './read-posting-file';

/** The real postings live beside the repository (<repo>/../shared) and are never copied into it. */
const SHARED = path.resolve(__dirname, '../../../shared');
const CORPUS = path.join(SHARED, 'corpus');
const SEEDS = path.join(SHARED, 'seeds');
const SKIP = `../shared is absent (looked in ${SHARED}): the real-posting tests of src/sources are skipped`;
const present = existsSync(CORPUS) && existsSync(SEEDS);
if (!present) console.warn(SKIP);

const MOJIBAKE = /Ã.|â€|ðŸ|Â[\s\u00a0-\u00bf]/;

interface Outcome {
  file: string;
  format: string;
  postings: RawPosting[];
  error: string | null;
}

function readAll(dir: string): Outcome[] {
  return readdirSync(dir)
    .filter((file) => file !== 'SOURCES.md')
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const format = file.startsWith('pages__') ? (file.split('__')[1] ?? '?') : (file.split('__')[0] ?? '?');
      try {
        return { file, format, postings: readPostingFile({ text, fileName: file }), error: null };
      } catch (error) {
        // Only a clear "no posting here" may come out; anything else fails the test.
        if (error instanceof PostingReadError) return { file, format, postings: [], error: error.message };
        throw new Error(`${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    });
}

const isSeekPage = (file: string) => file.startsWith('pages__seek__');

describe.skipIf(!present)('src/sources on the real corpus and seeds', () => {
  const outcomes = present ? readAll(CORPUS) : [];

  it('reads every corpus file, and prints per format what it found', () => {
    const formats = [...new Set(outcomes.map((o) => o.format))];
    const rows = formats.map((format) => {
      const group = outcomes.filter((o) => o.format === format);
      const postings = group.flatMap((o) => o.postings);
      const count = (has: (p: RawPosting) => boolean) => `${postings.filter(has).length}`.padStart(4);
      return `${format.padEnd(15)} files ${`${group.length}`.padStart(4)}  postings ${`${postings.length}`.padStart(4)}  title ${count((p) => !!p.title)}  company ${count((p) => !!p.company)}  location ${count((p) => !!p.location)}  sections ${count((p) => p.sections.length > 0)}  url ${count((p) => !!p.url)}`;
    });
    console.log(['src/sources corpus read:', ...rows, ...outcomes.filter((o) => o.error).map((o) => `  no posting: ${o.file}: ${o.error}`)].join('\n'));
    expect(outcomes.length).toBeGreaterThan(300);
  });

  it('gives every corpus file, the SEEK page included, one valid titled posting with sections', () => {
    for (const outcome of outcomes) {
      expect(outcome.error, outcome.file).toBeNull();
      expect(outcome.postings, outcome.file).toHaveLength(1);
      const posting = outcome.postings[0]!;
      expect(RawPosting.safeParse(posting).success, outcome.file).toBe(true);
      expect(posting.title?.trim(), outcome.file).toBeTruthy();
      expect(posting.sections.length, outcome.file).toBeGreaterThan(0);
    }
  });

  it('reads the SEEK page (no JobPosting JSON-LD, only a WebSite block) from its markup: job title, advertiser, location', () => {
    const seek = outcomes.filter((o) => isSeekPage(o.file));
    expect(seek).toHaveLength(1);
    const posting = seek[0]!.postings[0]!;
    expect(posting.source).toBe('html');
    // The h1, not the page's <title> (an image caption) nor og:title (which ends "- SEEK").
    expect(posting.title).not.toMatch(/SEEK|Artwork|Job in/);
    expect(posting.company).not.toMatch(/SEEK/);
    expect(posting.company).toBeTruthy();
    expect(posting.location).toBeTruthy();
    expect(posting.hints.employmentType).toBe('full-time');
    const text = posting.sections.map((s) => s.text).join('\n');
    expect(text).toMatch(/^- /m);
    expect(text).not.toMatch(/Unlock job insights|Report this job advert|Sign in/i);
  });

  it('reads the fields each structured format carries', () => {
    const by = (format: string) => outcomes.filter((o) => o.format === format).flatMap((o) => o.postings);
    for (const posting of by('frontmatter')) {
      expect(posting).toMatchObject({ source: 'frontmatter' });
      expect(posting.company && posting.location && posting.url && posting.hints.postedAt).toBeTruthy();
    }
    for (const posting of [...by('greenhouse-api'), ...by('lever-api'), ...by('ashby-api')]) {
      expect(posting.location && posting.url && posting.hints.postedAt, posting.url ?? '').toBeTruthy();
    }
    for (const posting of by('greenhouse-api')) expect(posting.company).toBeTruthy();
    for (const posting of by('remotewlb')) {
      expect(posting.source).toBe('remotewlb');
      expect(posting.url).toMatch(/^https:\/\/www\.remotewlb\.com\/apply\//);
    }
  });

  it('repairs the mojibake of RemoteWLB copies everywhere in the posting', () => {
    for (const outcome of outcomes.filter((o) => o.format === 'remotewlb')) {
      expect(JSON.stringify(outcome.postings), outcome.file).not.toMatch(MOJIBAKE);
    }
  });

  it('never names the board\'s "None" placeholder as the company', () => {
    const companies = outcomes.flatMap((o) => o.postings.map((p) => p.company));
    expect(companies).not.toContain('None');
  });

  const seed = (prefix: string) => {
    const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
    if (!file) throw new Error(`no seed ${prefix}* in ${SEEDS}`);
    return readPostingFile({ text: readFileSync(path.join(SEEDS, file), 'utf8'), fileName: file });
  };

  it('seed 000: RemoteWLB with mojibake', () => {
    const postings = seed('000_');
    expect(postings).toHaveLength(1);
    expect(postings[0]).toMatchObject({
      source: 'remotewlb',
      title: 'Software Engineer - Backend',
      company: 'Motive',
      url: 'https://www.remotewlb.com/apply/software-engineer-backend-75863',
    });
    expect(postings[0]?.location).toContain('Pakistan');
  });

  it('seed 001: YAML front matter', () => {
    expect(seed('001_')).toMatchObject([
      {
        source: 'frontmatter',
        title: 'Senior Backend Engineer',
        company: 'Beat',
        location: 'Remote',
        hints: { postedAt: '2021-06-20T22:00:00.000Z', tags: ['rest', 'golang', 'mysql'] },
      },
    ]);
  });

  it('seed 002: RemoteWLB', () => {
    const postings = seed('002_');
    expect(postings).toMatchObject([{ source: 'remotewlb', title: 'Senior Backend Engineer (Elixir)', company: 'Remote' }]);
    expect(postings[0]?.location).toContain('Remote-Africa');
  });
});
