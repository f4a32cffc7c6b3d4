import { z } from 'zod';

/**
 * What a saved posting was and became: when the user saves a posting again and its text
 * changed, the old and new values of what changed are kept with the date, so nothing the
 * posting once said is lost; and a posting seen closed is marked so.
 */

export const ChangedField = z.enum(['title', 'company', 'location', 'workplace', 'salary', 'experience', 'required', 'preferred', 'description']);
export type ChangedField = z.infer<typeof ChangedField>;

/** One field, in words as the user reads them ("€80,000–€95,000 a year", "Go, Kafka"). */
export const PostingChange = z.object({
  field: ChangedField,
  before: z.string().max(600),
  after: z.string().max(600),
});
export type PostingChange = z.infer<typeof PostingChange>;

export const PostingVersion = z.object({
  /** ISO 8601: when the changed posting was saved. */
  seenAt: z.string(),
  changes: z.array(PostingChange).min(1).max(20),
});
export type PostingVersion = z.infer<typeof PostingVersion>;

/** The most versions a saved job keeps; the oldest go first. */
export const MAX_VERSIONS = 50;

/** A posting seen closed on the user's visit: when, and the page's own words or the reason. */
export const ClosedMark = z.object({
  seenAt: z.string(),
  reason: z.string().min(1).max(300),
});
export type ClosedMark = z.infer<typeof ClosedMark>;
