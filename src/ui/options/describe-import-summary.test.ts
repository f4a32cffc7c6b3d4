import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../data/jobmark-export';
import { describeImportSummary } from './describe-import-summary';

const NONE: ImportSummary = { jobsAdded: 0, jobsUpdated: 0, jobsUnchanged: 0, profileChanged: false, settingsChanged: false };

describe('describeImportSummary', () => {
  it.each<[Partial<ImportSummary>, string]>([
    [{ jobsAdded: 3, jobsUpdated: 1, profileChanged: true }, '3 jobs added, 1 updated; profile updated from the file.'],
    [{ jobsAdded: 1 }, '1 job added; profile and settings unchanged.'],
    [{ jobsUpdated: 2, jobsUnchanged: 1200 }, '2 jobs updated, 1,200 already up to date; profile and settings unchanged.'],
    [{ jobsUnchanged: 5, profileChanged: true, settingsChanged: true }, '5 jobs already up to date; profile and settings updated from the file.'],
    [{ settingsChanged: true }, 'no jobs in the file; settings updated from the file.'],
    [{}, 'no jobs in the file; profile and settings unchanged.'],
  ])('%j → %s', (summary, sentence) => {
    expect(describeImportSummary({ ...NONE, ...summary })).toBe(sentence);
  });
});
