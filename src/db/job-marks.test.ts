import { afterEach, describe, expect, it } from 'vitest';
import { fakeJob, fakeRaw } from '../../test/support/job-fixtures';
import { JobDb } from './job-db';
import { jobMarks } from './job-marks';
import { saveJob, setClosed, updateUserFields } from './job-writes';

const opened: JobDb[] = [];
let count = 0;
function freshDb(): JobDb {
  const db = new JobDb(`job-marks-test-${++count}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const NOW = new Date('2026-11-15T12:00:00Z');

async function saved(db: JobDb, url: string, status?: 'applied' | 'interviewing') {
  const job = fakeJob({ id: url, url });
  await saveJob(db, { job, raw: fakeRaw({ url }) }, NOW);
  if (status) await updateUserFields(db, job.id, { status });
}

describe('jobMarks', () => {
  it('answers the status of each saved job among the cards, keyed by the URL as asked', async () => {
    const db = freshDb();
    await saved(db, 'https://www.linkedin.com/jobs/view/4011112222/');
    await saved(db, 'https://www.linkedin.com/jobs/view/4033334444/', 'interviewing');
    const marks = await jobMarks(db, [
      'https://www.linkedin.com/jobs/view/4011112222/',
      'https://www.linkedin.com/jobs/view/4033334444/',
      'https://www.linkedin.com/jobs/view/4099999999/',
    ]);
    expect(marks).toEqual({
      'https://www.linkedin.com/jobs/view/4011112222/': { status: 'saved', closed: false },
      'https://www.linkedin.com/jobs/view/4033334444/': { status: 'interviewing', closed: false },
    });
  });

  it('finds a job saved through a tracking link, and ignores URLs that are not URLs', async () => {
    const db = freshDb();
    await saved(db, 'https://jobs.lever.co/bluefinhealth/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e?lever-source=LinkedIn', 'applied');
    expect(await jobMarks(db, ['https://jobs.lever.co/bluefinhealth/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e', 'not a url'])).toEqual({
      'https://jobs.lever.co/bluefinhealth/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e': { status: 'applied', closed: false },
    });
  });

  it('says which saved jobs a visit saw closed, and not once a visit saw them open again', async () => {
    const db = freshDb();
    const url = 'https://www.linkedin.com/jobs/view/4011112222/';
    await saved(db, url, 'applied');
    await setClosed(db, url, { seenAt: NOW.toISOString(), reason: 'No longer accepting applications' });
    expect(await jobMarks(db, [url])).toEqual({ [url]: { status: 'applied', closed: true } });
    await setClosed(db, url, null);
    expect(await jobMarks(db, [url])).toEqual({ [url]: { status: 'applied', closed: false } });
  });

  it('answers nothing for nothing asked', async () => {
    expect(await jobMarks(freshDb(), [])).toEqual({});
  });
});
