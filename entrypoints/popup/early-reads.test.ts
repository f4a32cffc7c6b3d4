// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JobDb } from '../../src/db/job-db';
import { fakeJob, fakeRaw } from '../../test/support/job-fixtures';
import { saveJob } from '../../src/db/job-writes';
import { EMPTY_PROFILE } from '../../src/core';
import { getProfile, setProfile } from '../../src/settings';
import { publishEarlyReads, startEarlyReads, takeEarlyReads } from './early-reads';
import { browserJobsServices } from './browser-services';

const PROFILE = { ...EMPTY_PROFILE, skills: [{ name: 'Go', level: 'expert' as const }] };
const opened: JobDb[] = [];
let dbCount = 0;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('startEarlyReads', () => {
  it('reads the newest saved jobs’ rows before the app has loaded', async () => {
    const name = `early-${++dbCount}`;
    const db = new JobDb(name);
    opened.push(db);
    await saveJob(db, { job: fakeJob(), raw: fakeRaw() }, new Date('2026-03-01T00:00:00Z'));
    const early = startEarlyReads(name);
    expect(await early.newestJobs).toMatchObject({ total: 1, rows: [{ title: fakeJob().title }] });
  });

  it('hands each setting over once, as stored; asked again, it has nothing (read afresh)', async () => {
    await setProfile(PROFILE);
    const early = startEarlyReads(`early-${++dbCount}`);
    expect(await early.takeSetting('profile')).toEqual(PROFILE);
    expect(early.takeSetting('profile')).toBeUndefined();
    // Never stored: storage answers nothing, which the setting reads as its default.
    expect(await early.takeSetting('currencyRates')).toBeUndefined();
  });

  it('does not hand over a setting that changed after it was read, so the change is not lost', async () => {
    const early = startEarlyReads(`early-${++dbCount}`);
    await setProfile(PROFILE);
    expect(early.takeSetting('profile')).toBeUndefined();
  });
});

describe('publishEarlyReads and takeEarlyReads', () => {
  it('hand the reads the first script started to the app, once', async () => {
    await setProfile(PROFILE);
    publishEarlyReads();
    const early = takeEarlyReads();
    expect(await early.takeSetting('profile')).toEqual(PROFILE);
    // Taken: a second page script would start its own reads.
    const again = takeEarlyReads();
    expect(again).not.toBe(early);
    expect(await again.takeSetting('profile')).toEqual(PROFILE);
  });
});

describe('browserJobsServices with early reads', () => {
  it('answers the first getProfile from the early read, checked like any read, then reads storage', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ profile: { skills: 'not a list' } });
    const early = startEarlyReads(`early-${++dbCount}`);
    const services = browserJobsServices('popup', early);
    // An invalid stored profile reads as the empty one, with a warning, as getProfile does.
    expect(await services.getProfile()).toEqual(EMPTY_PROFILE);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"profile" holds an invalid value'));
    warn.mockRestore();
    await setProfile(PROFILE);
    expect(await services.getProfile()).toEqual(await getProfile());
    expect(await services.getProfile()).toEqual(PROFILE);
  });
});
