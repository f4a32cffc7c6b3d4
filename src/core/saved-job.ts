import { z } from 'zod';
import { Job } from './job';
import { ClosedMark, MAX_VERSIONS, PostingVersion } from './posting-history';
import { RawPosting } from './raw-posting';

export const JobStatus = z.enum(['saved', 'applied', 'interviewing', 'offer', 'rejected']);
export type JobStatus = z.infer<typeof JobStatus>;

/** What a job card's mark on a results page says of its saved job: its status, and whether a visit saw the posting closed. */
export const ListingMark = z.object({ status: JobStatus, closed: z.boolean() });
export type ListingMark = z.infer<typeof ListingMark>;

/**
 * A job the user saved: the extracted Job, the raw posting it came from (so it can be
 * re-analysed when the extractors improve) and the user's own fields, which saving the same
 * posting again must never overwrite.
 */
export const SavedJob = Job.extend({
  raw: RawPosting,
  /** ISO 8601: first saved; kept on re-save. */
  savedAt: z.string(),
  /** ISO 8601: last time the posting itself was re-read. */
  updatedAt: z.string(),
  status: JobStatus,
  note: z.string().max(10_000),
  /**
   * The id of the saved job this one is the same job as, once the user confirmed it (the
   * same posting from another site, or a re-post): the list shows the two as one job with
   * two sources. Never set without the user. Records saved before read back with none.
   */
  sameAs: z.string().min(1).nullable().default(null),
  /** Saved jobs the user said are not the same job as this one, so they are not suggested again. */
  notSameAs: z.array(z.string().min(1)).max(1_000).default([]),
  /**
   * The description's near-duplicate fingerprint (description-sketch.ts), derived from the
   * section texts on every write and never taken from outside; '' when the text is too short.
   */
  descriptionSketch: z
    .string()
    .max(1_024)
    .regex(/^(?:[0-9a-f]{8})*$/)
    .default(''),
  /** What changed each time the posting was saved again with other content, oldest first. */
  history: z.array(PostingVersion).max(MAX_VERSIONS).default([]),
  /** Set when a visit showed the posting closed; cleared when a visit shows it open again. */
  closed: ClosedMark.nullable().default(null),
});
export type SavedJob = z.infer<typeof SavedJob>;

/** The fields only the user writes. */
export const USER_FIELDS = ['status', 'note', 'sameAs', 'notSameAs'] as const satisfies readonly (keyof SavedJob)[];

/**
 * A saved job without its heavy parts (the section texts and the raw posting): everything
 * the popup's list, filters, match scores and comparison need. Lists of thousands of jobs
 * read these, never whole records.
 */
export const JobSummary = SavedJob.omit({ raw: true, sections: true });
export type JobSummary = z.infer<typeof JobSummary>;
