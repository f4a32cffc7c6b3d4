import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_DEAL_BREAKERS } from '../core/job';
import { descriptionSketch } from '../compare/description-sketch';
import { JobDb } from './job-db';
import { findJobByUrl, getJob, listJobs } from './job-reads';
import { listJobSummaries } from './job-summaries';
import { deleteJob, saveJob, updateUserFields } from './job-writes';
import { fakeJob, fakeRaw } from '../../test/support/job-fixtures';

/**
 * The upgrade path. Each schema version ever shipped gets rows written the way that version
 * wrote them — through raw IndexedDB, as a user's browser holds them, not through today's
 * code — and the current JobDb must read them back intact. Add a case for every new version.
 */

/** A row exactly as version 1 stored it: a SavedJob plus canonicalUrl and skillNames. Frozen; never derive it from current code. */
const V1_ROW = {
  id: 'https://jobs.example.test/zorbly/7',
  url: 'https://jobs.example.test/zorbly/7?utm_source=news',
  source: 'lever',
  title: 'Platform Gardener',
  company: 'Zorbly',
  location: 'Porto, Portugal',
  workplace: 'hybrid',
  employmentType: 'contract',
  seniority: 'mid',
  salary: { min: 50000, max: 65000, currency: 'EUR', period: 'year', kind: 'base', origin: 'employer', text: '€50k–€65k' },
  experience: { minYears: 3, maxYears: 5, text: '3-5 years' },
  skills: { required: ['Kubernetes', 'Terraform'], preferred: ['Go'], unrecognised: [] },
  skillGroups: [{ anyOf: ['AWS', 'GCP'], required: true }],
  sections: [{ kind: 'requirements', heading: 'You bring', text: '- 3-5 years tending Kubernetes clusters' }],
  postedAt: '2026-02-01T00:00:00.000Z',
  raw: {
    source: 'lever',
    url: 'https://jobs.example.test/zorbly/7?utm_source=news',
    title: 'Platform Gardener',
    company: 'Zorbly',
    location: 'Porto, Portugal',
    sections: [{ heading: 'You bring', text: '- 3-5 years tending Kubernetes clusters' }],
    hints: { employmentType: 'contract', tags: ['Platform'] },
  },
  savedAt: '2026-02-03T08:00:00.000Z',
  updatedAt: '2026-02-04T08:00:00.000Z',
  status: 'interviewing',
  note: 'Second round on Friday',
  canonicalUrl: 'https://jobs.example.test/zorbly/7',
  skillNames: ['Kubernetes', 'Terraform', 'Go'],
};

/**
 * A record exactly as version 2 stores it: the summary row in `jobs` (everything but the
 * section texts and the raw posting, plus the index fields) and its `postings` row. Frozen.
 */
const V2_JOB_ROW = {
  id: 'hash:5f1c0a9e',
  url: null,
  source: 'markdown',
  title: 'Data Lamplighter <img src=x onerror=alert(1)>',
  company: 'Brightwick & Sons',
  location: null,
  workplace: 'remote',
  employmentType: null,
  seniority: 'senior',
  salary: { min: null, max: 120, currency: 'GBP', period: 'day', kind: 'unknown', origin: 'estimate', text: 'up to £120/day' },
  experience: null,
  skills: { required: ['Python', 'SQL'], preferred: [], unrecognised: ['Lamplighting'] },
  skillGroups: [],
  postedAt: null,
  savedAt: '2026-06-10T12:00:00.000Z',
  updatedAt: '2026-06-10T12:00:00.000Z',
  status: 'saved',
  note: '',
  canonicalUrl: null,
  skillNames: ['Python', 'SQL'],
};
const V2_POSTING_ROW = {
  id: 'hash:5f1c0a9e',
  sections: [{ kind: 'about', heading: '', text: 'We light data, one lamp at a time. 🕯️' }],
  raw: {
    source: 'markdown',
    url: null,
    title: 'Data Lamplighter <img src=x onerror=alert(1)>',
    company: 'Brightwick & Sons',
    location: null,
    sections: [{ heading: '', text: 'We light data, one lamp at a time. 🕯️' }],
    hints: { boardSalaryText: 'up to £120/day' },
  },
};

/** A requirement long enough (20 words and more) to have a description sketch. */
const LONG_TEXT =
  '- Five years of tending lamps along the canal, trimming wicks at dusk and keeping a ledger of every flame that failed before midnight';

/** Dexie stores version n as IndexedDB version n × 10. */
const IDB_VERSION_OF_V1 = 10;
const IDB_VERSION_OF_V2 = 20;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function createV1JobsStore(idb: IDBDatabase): void {
  const jobs = idb.createObjectStore('jobs', { keyPath: 'id' });
  jobs.createIndex('canonicalUrl', 'canonicalUrl');
  jobs.createIndex('company', 'company');
  jobs.createIndex('savedAt', 'savedAt');
  jobs.createIndex('status', 'status');
  jobs.createIndex('skillNames', 'skillNames', { multiEntry: true });
}

/** Creates a schema with the plain IndexedDB API and writes rows into its stores. */
async function writeDatabase(
  name: string,
  version: number,
  createStores: (idb: IDBDatabase) => void,
  rows: Record<string, object[]>,
): Promise<void> {
  const open = indexedDB.open(name, version);
  open.onupgradeneeded = () => createStores(open.result);
  const idb = await request(open);
  const tx = idb.transaction(Object.keys(rows), 'readwrite');
  for (const [store, values] of Object.entries(rows)) for (const row of values) tx.objectStore(store).put(row);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
}

const writeV1Database = (name: string, rows: object[]) => writeDatabase(name, IDB_VERSION_OF_V1, createV1JobsStore, { jobs: rows });
const writeV2Database = (name: string, jobs: object[], postings: object[]) =>
  writeDatabase(
    name,
    IDB_VERSION_OF_V2,
    (idb) => {
      createV1JobsStore(idb);
      idb.createObjectStore('postings', { keyPath: 'id' });
    },
    { jobs, postings },
  );

const opened: JobDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

function openDb(name: string): JobDb {
  const db = new JobDb(name);
  opened.push(db);
  return db;
}

/** The whole SavedJob a stored row (or row pair) stands for: the index fields are not part of it. */
function recordOf(row: Record<string, unknown>, posting: Record<string, unknown> = {}) {
  const { canonicalUrl: _url, skillNames: _skills, ...rest } = { ...row, ...posting };
  return withLaterDefaults(rest);
}
function summaryOf(row: Record<string, unknown>) {
  const { canonicalUrl: _url, skillNames: _skills, sections: _sections, raw: _raw, ...summary } = row;
  return withLaterDefaults(summary);
}
/** Fields added to the model after a row was written read back with their defaults: nothing else changes. */
function withLaterDefaults<T extends Record<string, unknown>>(record: T): T {
  const skills = record.skills as Record<string, unknown> | undefined;
  const salary = record.salary as Record<string, unknown> | null | undefined;
  return {
    extractorVersion: 0,
    dealBreakers: NO_DEAL_BREAKERS,
    postingClosed: null,
    sameAs: null,
    notSameAs: [],
    // The v3 upgrade derives it; these rows' texts are too short for one.
    descriptionSketch: '',
    history: [],
    closed: null,
    ...record,
    ...(skills ? { skills: { topics: [], ...skills } } : {}),
    ...(salary ? { salary: { alternatives: [], ...salary } } : {}),
  };
}

describe('JobDb upgrade path', () => {
  it.each([
    ['version 1', (name: string) => writeV1Database(name, [V1_ROW]), recordOf(V1_ROW)],
    ['version 2', (name: string) => writeV2Database(name, [V2_JOB_ROW], [V2_POSTING_ROW]), recordOf(V2_JOB_ROW, V2_POSTING_ROW)],
  ])('reads a record written by %s intact through every reader', async (version, write, record) => {
    const name = `jobdb-upgrade-${version}`;
    await write(name);
    // Dexie warns "SchemaDiff" when a shipped version's stores were edited in place.
    const warn = vi.spyOn(console, 'warn');
    const db = openDb(name);

    expect(await getJob(db, record.id as string)).toEqual(record);
    expect(await listJobs(db)).toEqual([record]);
    expect(await listJobSummaries(db)).toEqual([summaryOf(record)]);
    const { skills, status, company, url } = record as typeof V1_ROW;
    if (url !== null) expect(await findJobByUrl(db, `${url}#apply`)).toEqual(record);
    expect(await db.jobs.where('skillNames').equals(skills.required[1]!).primaryKeys()).toEqual([record.id]);
    expect(await db.jobs.where('status').equals(status).count()).toBe(1);
    expect(await db.jobs.where('company').equals(company!).count()).toBe(1);
    expect(await db.jobs.where('savedAt').above('2026-01-01').count()).toBe(1);
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('SchemaDiff'));
  });

  it('moves the v1 section texts and raw posting into `postings`, leaving the summary and its indexes in `jobs`', async () => {
    await writeV1Database('jobdb-upgrade-split', [V1_ROW]);
    const db = openDb('jobdb-upgrade-split');
    const { sections, raw, ...summaryRow } = V1_ROW;
    expect(await db.jobs.get(V1_ROW.id)).toEqual({ ...summaryRow, descriptionSketch: '' });
    expect(await db.postings.get(V1_ROW.id)).toEqual({ id: V1_ROW.id, sections, raw });
    expect(await db.jobs.where('canonicalUrl').equals(V1_ROW.canonicalUrl).primaryKeys()).toEqual([V1_ROW.id]);
  });

  it('gives every v2 summary the description sketch of its posting (v3), and none to one whose posting is lost', async () => {
    const sections = [{ kind: 'requirements', heading: 'You bring', text: LONG_TEXT }];
    const withText = { ...V2_JOB_ROW, id: 'hash:long' };
    const headless = { ...V2_JOB_ROW, id: 'hash:headless' };
    await writeV2Database('jobdb-upgrade-sketch', [withText, headless], [{ ...V2_POSTING_ROW, id: 'hash:long', sections }]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = openDb('jobdb-upgrade-sketch');

    const sketch = descriptionSketch(sections);
    expect(sketch.length).toBeGreaterThan(0);
    expect((await db.jobs.get('hash:long'))?.descriptionSketch).toBe(sketch);
    expect((await getJob(db, 'hash:long'))?.descriptionSketch).toBe(sketch);
    expect((await db.jobs.get('hash:headless'))?.descriptionSketch).toBe('');
    expect((await listJobSummaries(db)).map((job) => job.id).sort()).toEqual(['hash:headless', 'hash:long']);
  });

  it('upgrades a large v1 database (more rows than one upgrade step moves) without losing one', async () => {
    const rows = Array.from({ length: 1_203 }, (_, i) => ({
      ...V1_ROW,
      id: `hash:${String(i).padStart(5, '0')}`,
      url: null,
      canonicalUrl: null,
      note: `note ${i}`,
      savedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      raw: { ...V1_ROW.raw, url: null, title: `Raw title ${i}` },
    }));
    await writeV1Database('jobdb-upgrade-large', rows);
    const db = openDb('jobdb-upgrade-large');

    const listed = await listJobs(db);
    expect(listed).toHaveLength(rows.length);
    expect(listed.at(-1)).toEqual(recordOf(rows[0]!));
    expect(listed[0]).toEqual(recordOf(rows.at(-1)!));
    expect(await db.postings.count()).toBe(rows.length);
    expect(await db.jobs.filter((row) => 'raw' in row || 'sections' in row).count()).toBe(0);
  });

  it('keeps a corrupt v1 row through the upgrade: still skipped with a warning, not lost, not fatal', async () => {
    const corrupt = { ...V1_ROW, id: 'hash:corrupt', status: 'ghosted' };
    const headless = { ...V1_ROW, id: 'hash:no-posting', raw: undefined, sections: undefined };
    await writeV1Database('jobdb-upgrade-corrupt', [V1_ROW, corrupt, headless]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = openDb('jobdb-upgrade-corrupt');

    expect((await listJobs(db)).map((r) => r.id)).toEqual([V1_ROW.id]);
    expect((await listJobSummaries(db)).map((r) => r.id)).toEqual(['hash:no-posting', V1_ROW.id]);
    expect(await db.jobs.get('hash:corrupt')).toMatchObject({ status: 'ghosted', note: V1_ROW.note });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped saved job hash:corrupt'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped saved job hash:no-posting: its posting text is missing'));
  });

  it('keeps the old record’s user fields when the same posting is saved again after the upgrade', async () => {
    await writeV1Database('jobdb-upgrade-resave', [V1_ROW]);
    const db = openDb('jobdb-upgrade-resave');
    const job = fakeJob({ id: V1_ROW.id, url: V1_ROW.url, title: 'Platform Gardener II' });
    const { record, created } = await saveJob(db, { job, raw: fakeRaw({ url: V1_ROW.url }) }, new Date('2026-03-01T00:00:00Z'));
    expect(created).toBe(false);
    expect(record).toMatchObject({ title: 'Platform Gardener II', status: 'interviewing', note: 'Second round on Friday', savedAt: V1_ROW.savedAt });
    expect(await getJob(db, V1_ROW.id)).toEqual(record);
  });

  it('edits and deletes an upgraded record in both tables', async () => {
    await writeV1Database('jobdb-upgrade-edit', [V1_ROW]);
    const db = openDb('jobdb-upgrade-edit');
    expect(await updateUserFields(db, V1_ROW.id, { status: 'offer' })).toEqual({ ...recordOf(V1_ROW), status: 'offer' });
    expect(await deleteJob(db, V1_ROW.id)).toEqual({ ...recordOf(V1_ROW), status: 'offer' });
    expect(await db.jobs.count()).toBe(0);
    expect(await db.postings.count()).toBe(0);
  });
});
