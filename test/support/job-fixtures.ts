import { descriptionSketch } from '../../src/compare/description-sketch';
import type { DBCore } from 'dexie';
import { NO_DEAL_BREAKERS, type Job, type JobSummary, type RawPosting, type SavedJob } from '../../src/core';
import { JobDb } from '../../src/db/job-db';

/**
 * Synthetic jobs for the db and messaging tests (test support only; nothing in the
 * extension imports it). Invented text, never copied from a real posting.
 */
export function fakeRaw(overrides: Partial<RawPosting> = {}): RawPosting {
  return {
    source: 'greenhouse',
    url: 'https://boards.greenhouse.io/zorbly/jobs/42?gh_src=mail',
    title: 'Senior Widget Engineer',
    company: 'Zorbly',
    location: 'Remote',
    sections: [{ heading: 'What you need', text: '- 4+ years building widgets with Go' }],
    hints: {},
    ...overrides,
  };
}

export function fakeJob(overrides: Partial<Job> = {}): Job {
  return {
    id: 'https://boards.greenhouse.io/zorbly/jobs/42',
    url: 'https://boards.greenhouse.io/zorbly/jobs/42?gh_src=mail',
    source: 'greenhouse',
    title: 'Senior Widget Engineer',
    company: 'Zorbly',
    location: 'Remote',
    workplace: 'remote',
    employmentType: 'full-time',
    seniority: 'senior',
    salary: null,
    experience: { minYears: 4, maxYears: null, text: '4+ years' },
    skills: { required: ['Go'], preferred: ['PostgreSQL'], unrecognised: [], topics: [] },
    skillGroups: [],
    dealBreakers: NO_DEAL_BREAKERS,
    sections: [{ kind: 'requirements', heading: 'What you need', text: '- 4+ years building widgets with Go' }],
    postedAt: null,
    postingClosed: null,
    extractorVersion: 1,
    ...overrides,
  };
}

/** A saved job as the database would hold it: its description sketch derived from its sections, as every write derives it. */
export function fakeSavedJob(overrides: Partial<SavedJob> = {}): SavedJob {
  const record: SavedJob = {
    ...fakeJob(),
    raw: fakeRaw(),
    savedAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    status: 'saved',
    note: '',
    sameAs: null,
    notSameAs: [],
    descriptionSketch: '',
    history: [],
    closed: null,
    ...overrides,
  };
  return { ...record, descriptionSketch: overrides.descriptionSketch ?? descriptionSketch(record.sections) };
}

/** The summary a list shows of a whole record: without its section texts and raw posting. */
export function summaryOf({ raw: _raw, sections: _sections, ...summary }: SavedJob): JobSummary {
  return summary;
}

/** A saved job as lists read it. */
export function fakeJobSummary(overrides: Partial<JobSummary> = {}): JobSummary {
  return { ...summaryOf(fakeSavedJob()), ...overrides };
}

/** A JobDb whose every write fails the way a full disk makes IndexedDB fail. */
export function fullDiskDb(name: string): JobDb {
  const db = new JobDb(name);
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName) => ({
        ...down.table(tableName),
        mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      }),
    }),
  });
  return db;
}
