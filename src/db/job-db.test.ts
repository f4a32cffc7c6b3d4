import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobDb } from './job-db';
import { findJobByUrl, getJob, listJobs, saveJob } from './jobs';
import { fakeJob, fakeRaw } from './job-fixtures';

/**
 * The upgrade path. Each schema version ever shipped gets a row written the way that version
 * wrote it — through raw IndexedDB, as a user's browser holds it, not through today's code —
 * and the current JobDb must read it back intact. Add a case for every new version.
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

/** Dexie stores version n as IndexedDB version n × 10. */
const IDB_VERSION_OF_V1 = 10;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Creates the v1 schema and writes one row with the plain IndexedDB API. */
async function writeV1Database(name: string, row: object): Promise<void> {
  const open = indexedDB.open(name, IDB_VERSION_OF_V1);
  open.onupgradeneeded = () => {
    const jobs = open.result.createObjectStore('jobs', { keyPath: 'id' });
    jobs.createIndex('canonicalUrl', 'canonicalUrl');
    jobs.createIndex('company', 'company');
    jobs.createIndex('savedAt', 'savedAt');
    jobs.createIndex('status', 'status');
    jobs.createIndex('skillNames', 'skillNames', { multiEntry: true });
  };
  const idb = await request(open);
  const tx = idb.transaction('jobs', 'readwrite');
  tx.objectStore('jobs').put(row);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
}

const opened: JobDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('JobDb upgrade path', () => {
  it.each([['version 1', 'jobdb-upgrade-v1', V1_ROW]])('reads a record written by %s intact', async (_, name, row) => {
    await writeV1Database(name, row);
    // Dexie warns "SchemaDiff" when a shipped version's stores were edited in place.
    const warn = vi.spyOn(console, 'warn');
    const db = new JobDb(name);
    opened.push(db);

    const { canonicalUrl: _url, skillNames: _skills, ...savedJob } = row;
    expect(await getJob(db, row.id)).toEqual(savedJob);
    expect(await listJobs(db)).toEqual([savedJob]);
    expect(await findJobByUrl(db, 'https://jobs.example.test/zorbly/7#apply')).toEqual(savedJob);
    expect(await db.jobs.where('skillNames').equals('Terraform').primaryKeys()).toEqual([row.id]);
    expect(await db.jobs.where('status').equals('interviewing').count()).toBe(1);
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('SchemaDiff'));
    warn.mockRestore();
  });

  it('keeps the old record’s user fields when the same posting is saved again after the upgrade', async () => {
    await writeV1Database('jobdb-upgrade-resave', V1_ROW);
    const db = new JobDb('jobdb-upgrade-resave');
    opened.push(db);
    const job = fakeJob({ id: V1_ROW.id, url: V1_ROW.url, title: 'Platform Gardener II' });
    const { record, created } = await saveJob(db, { job, raw: fakeRaw({ url: V1_ROW.url }) }, new Date('2026-03-01T00:00:00Z'));
    expect(created).toBe(false);
    expect(record).toMatchObject({ title: 'Platform Gardener II', status: 'interviewing', note: 'Second round on Friday', savedAt: V1_ROW.savedAt });
  });
});
