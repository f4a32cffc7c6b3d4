/**
 * The extractors' version. Raise it whenever a change to src/extract or src/sources reads
 * postings differently (a new field, a better rule): saved jobs with an older version are
 * read again from their stored raw posting after the extension updates, keeping the user's
 * status, note and dates.
 *
 * 1: the first versioned extractors (issue 10: topics, salary alternatives, clause levels).
 * 2: deal-breakers (issue 15: visa, right to work, clearance, languages, relocation, office days, travel, licence).
 */
export const EXTRACTOR_VERSION = 2;
