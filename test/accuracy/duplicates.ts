import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { descriptionSketch } from '../../src/compare/description-sketch';
import { duplicateIndexer } from '../../src/compare/duplicate-index';
import type { JobSummary } from '../../src/core/saved-job';
import { normalizeJob } from '../../src/extract/normalize-job';
import { PostingReadError, readPostingFile } from '../../src/sources';
import { fakeJobSummary } from '../support/job-fixtures';

/**
 * How "the same job on two sites" does on real postings: every corpus posting against every
 * other (the suggested pairs, to check by reading), and every posting against three copies
 * made of it: a light re-post (a word in every forty dropped, a new id), the same text in
 * another city, and the same text one level up. The copies are made here, never stored.
 */

export interface DuplicateFigures {
  postings: number;
  pairs: number;
  /** Suggested pairs of corpus files, each pair sorted, the list sorted. */
  suggested: [string, string][];
  /** Re-posts found / re-posts made. */
  repostsFound: number;
  reposts: number;
  /** Copies in another city (or one level up) suggested as the same job: each a false merge. */
  otherCityMerged: number;
  otherCity: number;
  otherLevelMerged: number;
  otherLevel: number;
}

interface CorpusJob {
  file: string;
  job: JobSummary;
  sectionTexts: string[];
}

export function measureDuplicates(corpusDir: string): DuplicateFigures {
  const jobs = readCorpus(corpusDir);
  const byFile = new Map(jobs.map((entry) => [entry.job.id, entry.file]));
  const index = duplicateIndexer()(jobs.map((entry) => entry.job));
  const suggested = new Set<string>();
  for (const [id, list] of index.suggestions) {
    for (const { other } of list) suggested.add(JSON.stringify([byFile.get(id)!, byFile.get(other.id)!].sort()));
  }

  const figures: DuplicateFigures = {
    postings: jobs.length,
    pairs: (jobs.length * (jobs.length - 1)) / 2,
    suggested: [...suggested].sort().map((pair) => JSON.parse(pair) as [string, string]),
    repostsFound: 0,
    reposts: 0,
    otherCityMerged: 0,
    otherCity: 0,
    otherLevelMerged: 0,
    otherLevel: 0,
  };
  const pairIndex = duplicateIndexer();
  const suggestedFor = (original: JobSummary, copy: JobSummary) =>
    (pairIndex([original, copy]).suggestions.get(original.id) ?? []).some((s) => s.other === copy);

  for (const { job, sectionTexts } of jobs) {
    if (job.company === null || job.descriptionSketch === '') continue;
    const light = sectionTexts.map((text) => text.split(/\s+/).filter((_, i) => i % 40 !== 39).join(' '));
    const repost = { ...job, id: `${job.id}#repost`, descriptionSketch: descriptionSketch(light.map((text) => ({ text }))) };
    figures.reposts++;
    if (suggestedFor(job, repost)) figures.repostsFound++;
    if (job.location !== null) {
      figures.otherCity++;
      if (suggestedFor(job, { ...job, id: `${job.id}#city`, location: 'Ulaanbaatar, Mongolia' })) figures.otherCityMerged++;
    }
    figures.otherLevel++;
    const upTitle = /\bprincipal\b/i.test(job.title) ? `Intern ${job.title}` : `Principal ${job.title}`;
    if (suggestedFor(job, { ...job, id: `${job.id}#level`, title: upTitle })) figures.otherLevelMerged++;
  }
  return figures;
}

function readCorpus(corpusDir: string): CorpusJob[] {
  const jobs: CorpusJob[] = [];
  for (const file of readdirSync(corpusDir).filter((name) => name !== 'SOURCES.md').sort()) {
    const text = readFileSync(path.join(corpusDir, file), 'utf8');
    let raws;
    try {
      raws = readPostingFile({ text, fileName: file });
    } catch (error) {
      if (error instanceof PostingReadError) continue;
      throw error;
    }
    raws.forEach((raw, i) => {
      const job = normalizeJob(raw, { now: new Date('2026-01-01T00:00:00Z') });
      const summary = fakeJobSummary({
        ...job,
        id: `${file}#${i}`,
        descriptionSketch: descriptionSketch(job.sections),
      });
      jobs.push({ file, job: summary, sectionTexts: job.sections.map((section) => section.text) });
    });
  }
  return jobs;
}

/** The figures as the lines `npm run accuracy` prints. */
export function formatDuplicateFigures(figures: DuplicateFigures, judgedSame: number): string[] {
  const share = (part: number, whole: number) => `${part}/${whole} (${whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`})`;
  return [
    `same job: ${figures.suggested.length} pairs suggested among ${figures.postings} posting${figures.postings === 1 ? '' : 's'} (${figures.pairs.toLocaleString('en')} pairs); ${judgedSame} of them judged one job by reading, ${figures.suggested.length - judgedSame} false merges`,
    `same job, made copies: re-posts found ${share(figures.repostsFound, figures.reposts)}; other city merged ${share(figures.otherCityMerged, figures.otherCity)}; other level merged ${share(figures.otherLevelMerged, figures.otherLevel)}`,
  ];
}
