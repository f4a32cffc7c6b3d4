import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus, SKIP_REASON } from '../support/shared-data';
import { measureDuplicates } from './duplicates';

if (!hasCorpus) console.warn(SKIP_REASON);

interface JudgedPair {
  files: [string, string];
  why: string;
}
const judged = JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/duplicates/corpus-same-job.json'), 'utf8')) as {
  same: JudgedPair[];
  different: JudgedPair[];
};
const sorted = (pairs: JudgedPair[]) => pairs.map(({ files }) => [...files].sort()).sort();

describe.skipIf(!hasCorpus)('the same job on two sites, over the real-posting corpus', () => {
  const figures = hasCorpus ? measureDuplicates(CORPUS_DIR) : undefined;

  it('suggests exactly the pairs judged one job by reading: no false merge, no re-post missed', () => {
    expect(figures!.suggested).toEqual(sorted(judged.same));
    for (const pair of sorted(judged.different)) expect(figures!.suggested).not.toContainEqual(pair);
  });

  it('finds a lightly edited re-post of nearly every posting, and never merges one in another city or at another level', () => {
    const f = figures!;
    expect(f.reposts).toBeGreaterThan(250);
    expect(f.repostsFound / f.reposts).toBeGreaterThanOrEqual(0.95);
    expect(f.otherCity).toBeGreaterThan(250);
    expect(f.otherCityMerged).toBe(0);
    expect(f.otherLevelMerged).toBe(0);
  });
});
