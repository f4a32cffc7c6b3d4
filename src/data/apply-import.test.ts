import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHIPPED_CURRENCY_RATES, type CurrencyRates } from '../compare/currency-rates';
import { EMPTY_PROFILE, type Profile, type SavedJob } from '../core';
import { fakeSavedJob, fullDiskDb } from '../../test/support/job-fixtures';
import { toJobRows } from '../db/job-row';
import { getJob, listJobs } from '../db/job-reads';
import { listJobSummaries } from '../db/job-summaries';
import { StorageError } from '../db/storage-error';
import { getBadgeCorner, getCurrencyRates, getDisabledSites, getProfile } from '../settings';
import { applyImport } from './apply-import';
import { buildExport, exportToJson } from './build-export';
import { ImportError } from './import-error';
import type { ExportSettings, JobmarkExport } from './jobmark-export';
import { parseImport } from './parse-import';
import { closeDbs, freshDb, snapshot, writeState } from '../../test/support/export-test-state';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  closeDbs();
  vi.restoreAllMocks();
});

const NOW = new Date('2026-11-22T10:00:00Z');
const JAN = '2026-01-05T09:00:00.000Z';
const FEB = '2026-02-05T09:00:00.000Z';

const SETTINGS: ExportSettings = {
  disabledSites: [],
  highlightsEnabled: true,
  badgeCollapsed: false,
  badgeCorner: 'bottom-right',
  currencyRates: SHIPPED_CURRENCY_RATES,
};
const PROFILE: Profile = { ...EMPTY_PROFILE, skills: [{ name: 'Go', level: 'working' }] };

const job = (id: string, overrides: Partial<SavedJob> = {}) => fakeSavedJob({ id, url: null, savedAt: JAN, updatedAt: JAN, ...overrides });

function exportOf(jobs: SavedJob[], overrides: Partial<JobmarkExport> = {}): JobmarkExport {
  return { format: 'jobmark-export', version: 1, exportedAt: NOW.toISOString(), profile: PROFILE, settings: SETTINGS, jobs, ...overrides };
}

const rates = (date: string, eur: number): CurrencyRates => ({ date, base: 'USD', rates: { USD: 1, EUR: eur } });

describe('applyImport merges', () => {
  it('adds new jobs, updates changed ones, leaves equal ones, and says so', async () => {
    const db = freshDb();
    await writeState(db, { jobs: [job('hash:same'), job('hash:edited', { note: 'Mine' })], profile: PROFILE, settings: SETTINGS });

    const summary = await applyImport(db, exportOf([job('hash:same'), job('hash:edited', { note: 'Theirs', status: 'offer' }), job('hash:new')]));

    expect(summary).toEqual({ jobsAdded: 1, jobsUpdated: 1, jobsUnchanged: 1, profileChanged: false, settingsChanged: false });
    expect((await listJobs(db)).map((j) => j.id).sort()).toEqual(['hash:edited', 'hash:new', 'hash:same']);
    expect(await getJob(db, 'hash:edited')).toMatchObject({ note: 'Mine\n\nTheirs', status: 'offer' });
  });

  it('counts a job the file lists twice once, merging the two', async () => {
    const db = freshDb();
    const summary = await applyImport(db, exportOf([job('hash:twice', { note: 'first' }), job('hash:twice', { note: 'second', status: 'applied' })]));
    expect(summary).toMatchObject({ jobsAdded: 1, jobsUpdated: 0 });
    expect(await getJob(db, 'hash:twice')).toMatchObject({ note: 'first\n\nsecond', status: 'applied' });
  });

  it('repairs a stored record whose posting row was lost, keeping its note and status', async () => {
    const db = freshDb();
    await db.jobs.put(toJobRows(job('hash:broken', { note: 'Met Dana', status: 'interviewing', savedAt: JAN })).row);
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const summary = await applyImport(db, exportOf([job('hash:broken', { savedAt: FEB, updatedAt: FEB })]));

    expect(summary).toMatchObject({ jobsAdded: 0, jobsUpdated: 1 });
    expect(await getJob(db, 'hash:broken')).toEqual(job('hash:broken', { note: 'Met Dana', status: 'interviewing', savedAt: JAN, updatedAt: FEB }));
  });

  it('replaces a corrupt stored row (it was not in the list) with the imported job', async () => {
    const db = freshDb();
    const rows = toJobRows(job('hash:corrupt'));
    await db.jobs.put({ ...rows.row, status: 'ghosted' } as never);
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    expect(await applyImport(db, exportOf([job('hash:corrupt', { note: 'Back' })]))).toMatchObject({ jobsAdded: 1 });
    expect(await getJob(db, 'hash:corrupt')).toEqual(job('hash:corrupt', { note: 'Back' }));
  });

  it('merges the profile: union of skills, the file’s salary and places when set', async () => {
    const db = freshDb();
    await writeState(db, { jobs: [], profile: { ...PROFILE, locations: ['Porto'] }, settings: SETTINGS });
    const imported: Profile = { skills: [{ name: 'Rust', level: 'expert' }], targetSalary: { amount: 80_000, currency: 'EUR', period: 'year' }, workplaces: ['remote'], locations: [], eligibility: { workCountries: ['Canada'], languages: [], maxOfficeDays: 3, needsSponsorship: false } };

    expect(await applyImport(db, exportOf([], { profile: imported }))).toMatchObject({ profileChanged: true });
    expect(await getProfile()).toEqual({
      skills: [{ name: 'Go', level: 'working' }, { name: 'Rust', level: 'expert' }],
      targetSalary: imported.targetSalary,
      workplaces: ['remote'],
      locations: ['Porto'],
      eligibility: imported.eligibility,
    });
  });

  it.each([
    ['a newer table in the file replaces the stored one', rates('2026-12-01', 0.9), rates('2026-12-10', 0.95), rates('2026-12-10', 0.95), true],
    ['an older table in the file does not roll the rates back', rates('2026-12-10', 0.95), rates('2026-12-01', 0.9), rates('2026-12-10', 0.95), false],
    ['on the same date the file’s table wins', rates('2026-12-10', 0.95), rates('2026-12-10', 0.99), rates('2026-12-10', 0.99), true],
    ['the shipped table in the file leaves the stored edit', rates('2026-12-10', 0.95), SHIPPED_CURRENCY_RATES, rates('2026-12-10', 0.95), false],
  ])('exchange rates: %s', async (_, stored, imported, after, changed) => {
    const db = freshDb();
    await writeState(db, { jobs: [], profile: PROFILE, settings: { ...SETTINGS, currencyRates: stored } });
    const summary = await applyImport(db, exportOf([], { settings: { ...SETTINGS, currencyRates: imported } }));
    expect(await getCurrencyRates()).toEqual(after);
    expect(summary.settingsChanged).toBe(changed);
  });

  it('takes the file’s other settings, and stores nothing for a shipped rate table', async () => {
    const db = freshDb();
    const summary = await applyImport(db, exportOf([], { settings: { ...SETTINGS, disabledSites: ['lever'], badgeCorner: 'top-left' } }));
    expect(summary.settingsChanged).toBe(true);
    expect(await getDisabledSites()).toEqual(['lever']);
    expect(await getBadgeCorner()).toBe('top-left');
    expect(await fakeBrowser.storage.local.get('currencyRates')).toEqual({});
  });
});

describe('a failed import changes nothing', () => {
  /** A state with something in every place an import writes. */
  async function storedState() {
    const db = freshDb();
    await writeState(db, {
      jobs: [job('hash:a', { note: 'a'.repeat(6_000) }), job('hash:b', { status: 'applied' })],
      profile: { ...PROFILE, locations: ['Porto'] },
      settings: { ...SETTINGS, disabledSites: ['workday'], currencyRates: rates('2026-12-01', 0.9) },
    });
    return db;
  }
  const valid = () => exportToJson(exportOf([job('hash:new')], { profile: { ...PROFILE, workplaces: ['remote'] }, settings: { ...SETTINGS, badgeCorner: 'top-left' } }));
  const importText = async (db: ReturnType<typeof freshDb>, text: string) => applyImport(db, parseImport(text));

  it.each([
    ['not JSON', 'PK\u0003\u0004 a zip file'],
    ['another program’s JSON', '{"format":"other"}'],
    ['a newer version', valid().replace('"version": 1', '"version": 2')],
    ['one invalid job among valid ones', valid().replace('"status": "saved"', '"status": "ghosted"')],
    ['a hostile setting', valid().replace('"badgeCorner": "top-left"', '"badgeCorner": "<img src=x onerror=alert(1)>"')],
    ['a prototype-polluting rate table', valid().replace('"rates": {', '"rates": { "__proto__": {"EUR": 0}, "eur": 1,')],
  ])('a file that is %s is refused before anything is written', async (_, text) => {
    const db = await storedState();
    const before = await snapshot(db);
    await expect(importText(db, text)).rejects.toBeInstanceOf(ImportError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a merge that fails on the last job writes no job, no profile and no settings', async () => {
    const db = await storedState();
    const before = await snapshot(db);
    const data = exportOf([job('hash:new'), job('hash:b', { note: 'fine' }), job('hash:a', { note: 'b'.repeat(6_000) })], {
      profile: { ...PROFILE, workplaces: ['remote'] },
      settings: { ...SETTINGS, badgeCorner: 'top-left' },
    });
    await expect(applyImport(db, data)).rejects.toThrow(/note of the saved job .*hash:a/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('data that bypassed parseImport is checked again', async () => {
    const db = await storedState();
    const before = await snapshot(db);
    const data = exportOf([{ ...job('hash:new'), title: 7 } as never]);
    await expect(applyImport(db, data)).rejects.toThrow(/jobs\[0\]\.title: expected text, found the number 7/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a profile that would grow past its limit is refused', async () => {
    const db = await storedState();
    const before = await snapshot(db);
    const many = Array.from({ length: 2_000 }, (_, i) => ({ name: `Skill ${i}`, level: 'working' as const }));
    await expect(applyImport(db, exportOf([], { profile: { ...PROFILE, skills: many } }))).rejects.toThrow(
      /profile and the file’s together are too large \(skills: must hold at most 2,000 items\)/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('a full disk fails the import with a StorageError and leaves the profile and settings alone', async () => {
    const db = fullDiskDb(`apply-import-full-${Math.random()}`);
    const profile = await getProfile();
    const storage = await fakeBrowser.storage.local.get(null);
    const error = await applyImport(db, parseImport(valid())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ failure: 'quota' });
    expect(await getProfile()).toEqual(profile);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(storage);
    expect(await listJobSummaries(db)).toEqual([]);
    db.close();
  });
});

describe('buildExport', () => {
  it('holds every whole job newest first, the profile and the settings in use', async () => {
    const db = freshDb();
    const jobs = [job('hash:old', { savedAt: JAN }), job('hash:new', { savedAt: FEB, note: '<img src=x onerror=alert(1)>' })];
    const settings: ExportSettings = { ...SETTINGS, disabledSites: ['lever'], badgeCollapsed: true, currencyRates: rates('2026-12-01', 0.9) };
    await writeState(db, { jobs, profile: PROFILE, settings });

    expect(await buildExport(db, NOW)).toEqual({
      format: 'jobmark-export',
      version: 1,
      exportedAt: '2026-11-22T10:00:00.000Z',
      profile: PROFILE,
      settings,
      jobs: [jobs[1], jobs[0]],
    });
  });

  it('holds the defaults of a browser where nothing was set', async () => {
    expect(await buildExport(freshDb(), NOW)).toMatchObject({ jobs: [], profile: EMPTY_PROFILE, settings: SETTINGS });
  });
});
