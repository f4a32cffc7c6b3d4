/**
 * The dashboard opened on a comparison: `dashboard.html#compare=<id>,<id>`. Job ids are
 * URLs, so each is encoded; the hash never leaves the browser.
 */
const PREFIX = '#compare=';

export function dashboardHash(compareIds: readonly string[] | undefined): string {
  if (!compareIds || compareIds.length === 0) return '';
  return PREFIX + compareIds.map(encodeURIComponent).join(',');
}

/** The ids in a dashboard hash; empty for any other hash (or a malformed one). */
export function compareIdsFromHash(hash: string): string[] {
  if (!hash.startsWith(PREFIX)) return [];
  try {
    return hash
      .slice(PREFIX.length)
      .split(',')
      .filter((part) => part !== '')
      .map(decodeURIComponent);
  } catch {
    return [];
  }
}
