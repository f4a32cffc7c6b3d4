import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Job, RawPosting } from '../core';
import { fakeJob, fakeRaw, fakeSavedJob } from '../../test/support/job-fixtures';
import { closeJobDbs, freshJobDb as freshDb, putRows } from '../../test/support/job-db-kit';
import { toJobRows } from './job-row';
import { getJob, listJobs } from './job-reads';
import { reanalyzeAll } from './reanalyze-jobs';
import { descriptionSketch } from '../compare/description-sketch';

afterEach(() => {
  closeJobDbs();
  vi.restoreAllMocks();
});

describe('reanalyzeAll', () => {
  /** A stand-in for improved extractors: it reads the title from the raw posting and shouts it. */
  const improved = (raw: RawPosting): Job => {
    if (raw.title === 'Explodes') throw new Error('extractor bug');
    return fakeJob({ id: raw.url ?? 'hash:x', url: raw.url, title: (raw.title ?? '').toUpperCase() });
  };

  it('recomputes the extracted fields and keeps the user fields and dates', async () => {
    const db = freshDb();
    const kept = fakeSavedJob({ id: 'https://a.test/1', url: 'https://a.test/1', raw: fakeRaw({ url: 'https://a.test/1', title: 'Widget maker' }), status: 'applied', note: 'n' });
    const failing = fakeSavedJob({ id: 'https://a.test/2', url: 'https://a.test/2', raw: fakeRaw({ url: 'https://a.test/2', title: 'Explodes' }) });
    const corrupt = toJobRows(fakeSavedJob({ id: 'hash:corrupt' }));
    await putRows(db, [toJobRows(kept), toJobRows(failing), { row: { ...corrupt.row, status: 1 } as never, posting: corrupt.posting }]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const result = await reanalyzeAll(db, improved);

    expect(result).toEqual({ updated: 1, skipped: expect.arrayContaining(['https://a.test/2', 'hash:corrupt']) });
    expect(await getJob(db, kept.id)).toEqual({ ...kept, title: 'WIDGET MAKER' });
    expect(await getJob(db, failing.id)).toEqual(failing);
  });

  it('keeps what the user answered and what visits saw (same job as, history, closed), and the description sketch of the new reading', async () => {
    const db = freshDb();
    const sections = [{ kind: 'requirements' as const, heading: 'You bring', text: 'Five years of tending widget furnaces along the canal, trimming wicks at dusk and keeping a ledger of every flame.' }];
    const withSections = (raw: RawPosting): Job => ({ ...improved(raw), sections });
    const record = fakeSavedJob({
      id: 'https://a.test/3',
      url: 'https://a.test/3',
      raw: fakeRaw({ url: 'https://a.test/3', title: 'Widget maker' }),
      sameAs: 'https://a.test/1',
      notSameAs: ['https://a.test/9'],
      history: [{ seenAt: '2026-01-02T00:00:00.000Z', changes: [{ field: 'salary', before: 'Not stated', after: '€80K a year' }] }],
      closed: { seenAt: '2026-01-03T00:00:00.000Z', reason: 'No longer accepting applications' },
    });
    await putRows(db, [toJobRows(record)]);

    await reanalyzeAll(db, withSections);

    const after = await getJob(db, record.id);
    expect(after).toMatchObject({ sameAs: record.sameAs, notSameAs: record.notSameAs, history: record.history, closed: record.closed, sections });
    expect(after?.descriptionSketch).toBe(descriptionSketch(sections));
    expect(after?.descriptionSketch).not.toBe('');
  });

  it('moves a record to the id the new extractors compute, unless that id is taken', async () => {
    const db = freshDb();
    const moving = fakeSavedJob({ id: 'hash:old1', url: 'https://a.test/new1', raw: fakeRaw({ url: 'https://a.test/new1' }) });
    const blocked = fakeSavedJob({ id: 'hash:old2', url: 'https://a.test/taken', raw: fakeRaw({ url: 'https://a.test/taken' }) });
    const holder = fakeSavedJob({ id: 'https://a.test/taken', url: 'https://a.test/taken', raw: fakeRaw({ url: 'https://a.test/taken' }), note: 'mine' });
    await putRows(db, [moving, blocked, holder].map(toJobRows));

    await reanalyzeAll(db, improved);

    expect((await listJobs(db)).map((r) => r.id).sort()).toEqual(['hash:old2', 'https://a.test/new1', 'https://a.test/taken']);
    expect((await getJob(db, 'https://a.test/taken'))?.note).toBe('mine');
    // The posting moved with its summary: nothing is left under the old id.
    expect(await db.postings.get('hash:old1')).toBeUndefined();
    expect((await getJob(db, 'https://a.test/new1'))?.raw).toEqual(moving.raw);
  });
});
