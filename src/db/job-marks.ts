import { JobStatus, type ListingMark } from '../core/saved-job';
import { canonicalJobUrl } from '../extract/job-id';
import type { JobDb } from './job-db';
import { withStorageErrors } from './storage-error';

/**
 * Listing marks: the status of each saved job among `urls` (a page's job cards), and
 * whether a visit saw its posting closed (so a results page shows which are gone), keyed by
 * the URL as asked. One indexed read for the whole batch, of the light `jobs` rows only: a
 * results page is marked without touching any posting text. When two saved records share
 * a URL, the one changed last speaks.
 */
export async function jobMarks(db: JobDb, urls: readonly string[]): Promise<Record<string, ListingMark>> {
  const byCanonical = new Map<string, string[]>();
  for (const url of urls) {
    const canonical = canonicalJobUrl(url);
    if (canonical === null) continue;
    byCanonical.set(canonical, [...(byCanonical.get(canonical) ?? []), url]);
  }
  if (byCanonical.size === 0) return {};
  const rows = await withStorageErrors(() => db.jobs.where('canonicalUrl').anyOf([...byCanonical.keys()]).toArray());
  const newest = new Map<string, { mark: ListingMark; updatedAt: string }>();
  for (const row of rows) {
    const status = JobStatus.safeParse(row.status);
    if (!row.canonicalUrl || !status.success) continue; // a broken row marks nothing
    const known = newest.get(row.canonicalUrl);
    const mark = { status: status.data, closed: row.closed != null };
    if (!known || row.updatedAt > known.updatedAt) newest.set(row.canonicalUrl, { mark, updatedAt: row.updatedAt });
  }
  const marks: Record<string, ListingMark> = {};
  for (const [canonical, { mark }] of newest) for (const url of byCanonical.get(canonical) ?? []) marks[url] = mark;
  return marks;
}
