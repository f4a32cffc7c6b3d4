import { describe, expect, it } from 'vitest';
import type { SavedJob } from '../core';
import { fakeRaw, fakeSavedJob } from '../../test/support/job-fixtures';
import { ImportError } from './import-error';
import { compareInstants, mergeJob, mergeNotes } from './merge-job';

describe('mergeNotes', () => {
  it.each([
    ['both empty', '', '', ''],
    ['only the stored note', 'Call Ana', '', 'Call Ana'],
    ['only the imported note', '', 'Call Ana', 'Call Ana'],
    ['the same note', 'Call Ana', 'Call Ana', 'Call Ana'],
    ['different notes: both, stored first', 'Call Ana', 'Salary is flexible', 'Call Ana\n\nSalary is flexible'],
    ['the imported note extends the stored one', 'Call Ana', 'Call Ana\n\nSalary is flexible', 'Call Ana\n\nSalary is flexible'],
    ['the stored note already holds the imported one (a second import)', 'Call Ana\n\nSalary is flexible', 'Salary is flexible', 'Call Ana\n\nSalary is flexible'],
  ])('%s', (_, stored, imported, merged) => {
    expect(mergeNotes(stored, imported)).toBe(merged);
    expect(mergeNotes(merged, imported)).toBe(merged);
  });
});

describe('compareInstants', () => {
  it.each([
    ['earlier UTC before later', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', -1],
    ['an offset is an instant, not text', '2026-01-01T10:00:00+02:00', '2026-01-01T09:00:00Z', -1],
    ['the same instant written two ways: by text, still decided', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z', 1],
    ['text that is no date: by text', 'b', 'a', 1],
    ['equal', 'x', 'x', 0],
  ])('%s', (_, a, b, sign) => {
    const signOf = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);
    expect(signOf(compareInstants(a, b))).toBe(sign);
    expect(signOf(compareInstants(b, a))).toBe(sign === 0 ? 0 : -sign);
  });
});

describe('mergeJob', () => {
  const EARLY = '2026-01-01T00:00:00.000Z';
  const MID = '2026-02-01T00:00:00.000Z';
  const LATE = '2026-03-01T00:00:00.000Z';
  const stored = fakeSavedJob({ title: 'Widget Engineer', savedAt: MID, updatedAt: MID, status: 'applied', note: 'Call Ana', raw: fakeRaw({ title: 'Widget Engineer' }) });

  it('takes an imported job as it is when none is stored', () => {
    const imported = fakeSavedJob({ note: 'x' });
    expect(mergeJob(undefined, imported)).toBe(imported);
  });

  it.each<[string, Partial<SavedJob>, Partial<SavedJob>]>([
    ['a posting read later wins, with its raw posting and updatedAt', { title: 'Widget Lead', raw: fakeRaw({ title: 'Widget Lead' }), sections: [], updatedAt: LATE },
      { title: 'Widget Lead', raw: fakeRaw({ title: 'Widget Lead' }), sections: [], updatedAt: LATE }],
    ['a posting read earlier loses', { title: 'Widget Intern', raw: fakeRaw({ title: 'Widget Intern' }), updatedAt: EARLY },
      { title: 'Widget Engineer', raw: fakeRaw({ title: 'Widget Engineer' }), updatedAt: MID }],
    ['on a tie the stored posting stays', { title: 'Widget Twin', updatedAt: MID }, { title: 'Widget Engineer', updatedAt: MID }],
    ['the earlier savedAt is kept (imported)', { savedAt: EARLY }, { savedAt: EARLY }],
    ['the earlier savedAt is kept (stored)', { savedAt: LATE }, { savedAt: MID }],
    ['the imported status wins', { status: 'rejected' }, { status: 'rejected' }],
    ['…unless it is "saved" and the stored one records progress', { status: 'saved' }, { status: 'applied' }],
    ['both notes are kept', { note: 'Remote is fine' }, { note: 'Call Ana\n\nRemote is fine' }],
    ['a confirmed "same job as" in the file is taken', { sameAs: 'https://boards.greenhouse.io/zorbly/jobs/7' }, { sameAs: 'https://boards.greenhouse.io/zorbly/jobs/7' }],
  ])('%s', (_, importedFields, expected) => {
    const merged = mergeJob(stored, { ...stored, ...importedFields });
    expect(merged).toEqual({ ...stored, ...expected });
    // Importing the same record again changes nothing.
    expect(mergeJob(merged, { ...stored, ...importedFields })).toEqual(merged);
  });

  it('keeps a stored "same job as" the file does not state, and the "not the same" answers of both', () => {
    const linked = { ...stored, sameAs: 'job-a', notSameAs: ['job-b'] };
    const merged = mergeJob(linked, { ...stored, sameAs: null, notSameAs: ['job-c', 'job-b'] });
    expect(merged.sameAs).toBe('job-a');
    expect(merged.notSameAs).toEqual(['job-b', 'job-c']);
  });

  it('leaves a stored "not the same" list with a repeat as it is when the file brings nothing new', () => {
    // An earlier import of a hand-edited file can leave a repeat; importing the export of that
    // state must still change nothing (found by the round-trip property).
    const repeated = { ...stored, notSameAs: ['job-b', 'job-b'] };
    expect(mergeJob(repeated, repeated)).toEqual(repeated);
    expect(mergeJob(repeated, { ...repeated, notSameAs: ['job-c'] }).notSameAs).toEqual(['job-b', 'job-c']);
  });

  it('keeps every version of both histories once, by date, and the Closed mark of the later posting', () => {
    const v1 = { seenAt: '2026-01-05T00:00:00.000Z', changes: [{ field: 'salary' as const, before: 'Not stated', after: '€80K a year' }] };
    const v2 = { seenAt: '2026-02-05T00:00:00.000Z', changes: [{ field: 'title' as const, before: 'Widget Engineer', after: 'Widget Lead' }] };
    const v3 = { seenAt: '2026-01-20T00:00:00.000Z', changes: [{ field: 'location' as const, before: 'Lisbon', after: 'Porto' }] };
    const closed = { seenAt: LATE, reason: 'No longer accepting applications' };
    const merged = mergeJob({ ...stored, history: [v1, v2] }, { ...stored, history: [v1, v3], updatedAt: LATE, closed });
    expect(merged.history).toEqual([v1, v3, v2]);
    expect(merged.closed).toEqual(closed);
    expect(mergeJob({ ...stored, closed, updatedAt: LATE }, { ...stored, closed: null, updatedAt: EARLY }).closed).toEqual(closed);
  });

  it('refuses (ImportError naming the job) when the two notes together are too long', () => {
    const long = fakeSavedJob({ ...stored, note: 'a'.repeat(6_000) });
    expect(() => mergeJob(long, { ...long, note: 'b'.repeat(6_000) })).toThrow(ImportError);
    expect(() => mergeJob(long, { ...long, note: 'b'.repeat(6_000) })).toThrow(/note of the saved job “Widget Engineer” \(https:\/\/boards.greenhouse.io\/zorbly\/jobs\/42\)/);
  });
});
