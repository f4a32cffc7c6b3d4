import { afterAll, describe, expect, it } from 'vitest';
import type { RawPosting, SavedJob } from '../core';
import { JobDb } from '../db/job-db';
import { PostingReadError, readPostingFile } from '../sources';
import { corpusFiles, hasCorpus, SKIP_REASON } from '../../test/support/shared-data';
import { handleMessage } from './handle-message';
import type { HandlerContext } from './handler-context';

if (!hasCorpus) console.warn(SKIP_REASON);

/** ~310 postings through the whole extraction core, twice, on a 2-core CI machine. */
const CORPUS_TIMEOUT_MS = 120_000;

/**
 * Every real posting saved the way the extension saves it — a `jobs/save` message through
 * the background's handler into IndexedDB — must be stored, listed, found again by URL and
 * re-saved without losing the user's fields. This catches an extractor whose output the
 * SavedJob schema refuses: the user would see "could not save" on that page.
 */
describe.skipIf(!hasCorpus)('saving the real-posting corpus', () => {
  const db = new JobDb('corpus-save');
  afterAll(() => db.close());
  const first: HandlerContext = { now: () => new Date('2026-11-01T00:00:00Z'), db, fetch, openOptionsPage: async () => {} };
  const later: HandlerContext = { now: () => new Date('2026-11-22T00:00:00Z'), db, fetch, openOptionsPage: async () => {} };

  const postings: RawPosting[] = hasCorpus
    ? corpusFiles().flatMap(({ name, text }) => {
        try {
          return readPostingFile({ text, fileName: name });
        } catch (error) {
          if (error instanceof PostingReadError) return [];
          throw error;
        }
      })
    : [];

  it('saves every posting, lists each once and finds the ones with a URL again', async () => {
    const failures: string[] = [];
    const saved = new Map<string, SavedJob>();
    const started = performance.now();
    for (const raw of postings) {
      const answer = await handleMessage({ type: 'jobs/save', raw }, first);
      if ('error' in answer) failures.push(`${raw.title}: ${answer.error}`);
      else if ('record' in answer && answer.record) saved.set(answer.record.id, answer.record);
    }
    const saveMs = performance.now() - started;
    expect(failures).toEqual([]);

    const listStarted = performance.now();
    const listed = await handleMessage({ type: 'jobs/list' }, first);
    const listMs = performance.now() - listStarted;
    expect('records' in listed && listed.records.map((r) => r.id).sort()).toEqual([...saved.keys()].sort());

    const withUrl = [...saved.values()].filter((record) => record.url !== null);
    for (const record of withUrl) {
      const found = await handleMessage({ type: 'jobs/lookup', url: record.url! }, first);
      expect(found).toMatchObject({ record: { id: record.id } });
    }
    const bytes = [...saved.values()].map((record) => JSON.stringify(record).length);
    console.info(
      `[corpus] ${postings.length} postings → ${saved.size} saved jobs (${withUrl.length} with a URL); ` +
        `save ${(saveMs / postings.length).toFixed(1)} ms each, list all ${listMs.toFixed(0)} ms; ` +
        `record size median ${median(bytes)} B, max ${Math.max(...bytes)} B`,
    );
  }, CORPUS_TIMEOUT_MS);

  it('re-saving every posting keeps the user fields and savedAt, and moves updatedAt', async () => {
    const listed = await handleMessage({ type: 'jobs/list' }, first);
    const records = 'records' in listed ? listed.records : [];
    for (const record of records) {
      await handleMessage({ type: 'jobs/update', id: record.id, status: 'applied', note: `note for ${record.id}` }, first);
    }
    for (const raw of postings) await handleMessage({ type: 'jobs/save', raw }, later);

    const after = await handleMessage({ type: 'jobs/list' }, later);
    const changed = ('records' in after ? after.records : []).filter(
      (record) =>
        record.status !== 'applied' ||
        record.note !== `note for ${record.id}` ||
        record.savedAt !== '2026-11-01T00:00:00.000Z' ||
        record.updatedAt !== '2026-11-22T00:00:00.000Z',
    );
    expect(changed.map((record) => record.id)).toEqual([]);
    expect('records' in after && after.records).toHaveLength(records.length);
  }, CORPUS_TIMEOUT_MS);
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
