import { MAX_VERSIONS, SavedJob, type PostingVersion } from '../core';
import { ImportError } from './import-error';

/** How many "not the same job" answers a saved job keeps (SavedJob's schema); the oldest are kept. */
const MAX_NOT_SAME = 1_000;

/** The longest note a saved job may hold (SavedJob's schema). */
const MAX_NOTE = (SavedJob.shape.note.maxLength ?? 10_000) as number;

/**
 * Compares two timestamps as instants when both read as dates (an offset such as +02:00 must
 * not compare as text), else as text, so any stored string still orders the same way each time.
 */
export function compareInstants(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta - tb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Both notes, losing neither: the same or one inside the other gives the longer; otherwise
 * the stored note, a blank line, then the imported one. Merging the result with the imported
 * note again changes nothing, so importing a file twice is harmless.
 */
export function mergeNotes(stored: string, imported: string): string {
  if (stored.includes(imported)) return stored;
  if (imported.includes(stored)) return imported;
  return `${stored}\n\n${imported}`;
}

/** Every version of both, once each, oldest first; the newest MAX_VERSIONS when there are more. */
function mergeHistories(stored: readonly PostingVersion[], imported: readonly PostingVersion[]): PostingVersion[] {
  const seen = new Set<string>();
  const all: PostingVersion[] = [];
  for (const version of [...stored, ...imported]) {
    const key = JSON.stringify(version);
    if (!seen.has(key)) {
      seen.add(key);
      all.push(version);
    }
  }
  return all.sort((a, b) => compareInstants(a.seenAt, b.seenAt)).slice(-MAX_VERSIONS);
}

/**
 * One saved job from an import combined with the stored one of the same id, losing nothing
 * the user wrote:
 * - the posting (every extracted field, the section texts and the raw posting) and its
 *   updatedAt come from whichever was read from the page later; on a tie the stored one stays;
 * - savedAt is the earlier of the two;
 * - status is the imported one, unless it is 'saved' (nothing done yet) and the stored one
 *   records progress;
 * - notes are merged by mergeNotes;
 * - a confirmed "same job as" is the imported one, else the stored one; the jobs the user
 *   said are not the same are those of both;
 * - the version histories are both, each version once, by date; Closed is the later posting's.
 * Throws ImportError when the merged note would be longer than a note may be.
 */
export function mergeJob(stored: SavedJob | undefined, imported: SavedJob): SavedJob {
  if (stored === undefined) return imported;
  const posting = compareInstants(imported.updatedAt, stored.updatedAt) > 0 ? imported : stored;
  const note = mergeNotes(stored.note, imported.note);
  if (note.length > MAX_NOTE) {
    throw new ImportError(
      `Nothing was imported: the note of the saved job “${stored.title}” (${stored.id}) and the note in the file together are longer than ${MAX_NOTE.toLocaleString('en-US')} characters. Shorten one of them, then import again.`,
    );
  }
  return {
    ...posting,
    savedAt: compareInstants(imported.savedAt, stored.savedAt) < 0 ? imported.savedAt : stored.savedAt,
    status: imported.status === 'saved' && stored.status !== 'saved' ? stored.status : imported.status,
    note,
    sameAs: imported.sameAs ?? stored.sameAs,
    notSameAs: unionOfIds(stored.notSameAs, imported.notSameAs),
    history: mergeHistories(stored.history, imported.history),
    // What the later visit saw, like the posting itself.
    closed: posting.closed,
  };
}

/**
 * The ids of both lists, each once. When the file brings no id the stored list lacks, the
 * stored list is kept as it is (even one an earlier import left with a repeat), so importing
 * what is already there changes nothing.
 */
function unionOfIds(stored: readonly string[], imported: readonly string[]): string[] {
  if (imported.every((id) => stored.includes(id))) return [...stored];
  return [...new Set([...stored, ...imported])].slice(0, MAX_NOT_SAME);
}
