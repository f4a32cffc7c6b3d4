import type { z } from 'zod';
import { descriptionSketch } from '../compare/description-sketch';
import { SavedJob, USER_FIELDS } from '../core';
import { describeIssues } from './describe-issues';
import type { JobDb } from './job-db';
import { toJobRows } from './job-row';

/**
 * What every write shares, so one rule holds for all of them: the user's own fields
 * (USER_FIELDS) carry over whatever else is rewritten, and nothing is stored that a read
 * would skip as invalid.
 */

export type UserFields = Pick<SavedJob, (typeof USER_FIELDS)[number]>;

/** A job the user has just saved has not been acted on yet. */
const NEW_USER_FIELDS: UserFields = { status: 'saved', note: '', sameAs: null, notSameAs: [] };

export type UserFieldsPatch = Partial<UserFields>;

/** The user's fields to carry over: USER_FIELDS drives it, so a field added there is kept too. */
export function userFieldsOf(previous: UserFields | undefined): UserFields {
  const fields = { ...NEW_USER_FIELDS };
  if (previous) for (const field of USER_FIELDS) Object.assign(fields, { [field]: previous[field] });
  return fields;
}

/**
 * Never writes a record that would be skipped on read: the error names what is wrong. The
 * description sketch is derived here, from the sections being written, so it can never
 * disagree with them (nor come from an imported file).
 */
export function validForWrite(record: z.input<typeof SavedJob>): SavedJob {
  const parsed = SavedJob.safeParse({ ...record, descriptionSketch: descriptionSketch(record.sections) });
  if (parsed.success) return parsed.data;
  throw new Error(`Jobmark refused to store job ${record.id}: it is invalid (${describeIssues(parsed.error)})`);
}

/** Writes both rows of a record; the caller holds a rw transaction over both tables. */
export async function putRecord(db: JobDb, record: SavedJob): Promise<void> {
  const { row, posting } = toJobRows(record);
  await Promise.all([db.jobs.put(row), db.postings.put(posting)]);
}
