import type { ReaderPart } from '../reader-part';
import type { SiteAdapter } from '../site-adapter';
import { ASK_PART } from './ask';
import { ATS_PART } from './ats';
import { BOARDS_PART } from './boards';
import { LINKEDIN_PART } from './linkedin';

/** Every reader part's adapters: for the build (the manifest's content scripts) and the tests. */
export const READER_PART_ADAPTERS: Record<ReaderPart, readonly SiteAdapter[]> = {
  linkedin: LINKEDIN_PART,
  boards: BOARDS_PART,
  ats: ATS_PART,
  ask: ASK_PART,
};

/** The install-time match patterns of a part's sites: where the manifest injects it. */
export function installMatchesOf(part: ReaderPart): string[] {
  return READER_PART_ADAPTERS[part].filter((adapter) => adapter.access === 'install' && adapter.id !== 'jsonld').flatMap((adapter) => adapter.matches);
}
