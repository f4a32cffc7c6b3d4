/**
 * The job-page content script carries no site adapter: the manifest injects, before it, the
 * reader part for the page's site (entrypoints/page-readers-*.ts; src/content/content-parts.ts),
 * so a page parses only the adapters that can read it. Each part ends with the JSON-LD
 * reader. reader-parts.test.ts checks that every adapter's hosts and example URLs lead to
 * the part that holds it.
 */
export type ReaderPart = 'linkedin' | 'boards' | 'ats' | 'ask';

export const READER_PARTS: readonly ReaderPart[] = ['linkedin', 'boards', 'ats', 'ask'];

/** The hosts of each part but 'ats', which reads every other page (embedded boards, JSON-LD). */
const PART_HOSTS: readonly [ReaderPart, RegExp][] = [
  ['linkedin', /(^|\.)linkedin\.com$/i],
  ['boards', /(^|\.)(indeed\.com|glassdoor\.[a-z.]+|seek\.com\.au|seek\.co\.nz|stepstone\.[a-z]+|welcometothejungle\.com|wellfound\.com)$/i],
  ['ask', /(^|\.)(teamtailor\.com|recruitee\.com|jobs\.personio\.(de|com)|bamboohr\.com)$/i],
];

/** The reader part for a page at this address. */
export function readerPartFor(url: URL): ReaderPart {
  return PART_HOSTS.find(([, host]) => host.test(url.hostname))?.[0] ?? 'ats';
}
