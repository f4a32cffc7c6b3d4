export type { ExtractOptions } from './adapter-set';
import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { jsonLd } from './json-ld';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { seek } from './seek';
import { adapterSet } from './adapter-set';
import type { SiteAdapter } from './site-adapter';
import { smartrecruiters } from './smartrecruiters';
import { stepstone } from './stepstone';
import { teamtailor } from './teamtailor';
import { welcomeToTheJungle } from './welcome-to-the-jungle';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';

/**
 * Every adapter, in the order they are tried. Site adapters match by URL and no two match the
 * same URL (registry.test.ts checks it); the generic JSON-LD adapter matches every web page
 * and decides by content, so it comes last.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  greenhouse,
  lever,
  ashby,
  workable,
  smartrecruiters,
  workday,
  linkedin,
  indeed,
  glassdoor,
  seek,
  stepstone,
  welcomeToTheJungle,
  wellfound,
  teamtailor,
  recruitee,
  personio,
  bamboohr,
  jsonLd,
];

/** The match patterns the manifest's content script runs on from install (each with its reader part, wxt.config.ts). */
export const INSTALL_MATCHES: readonly string[] = SITE_ADAPTERS.filter((adapter) => adapter.access === 'install').flatMap((adapter) => adapter.matches);

/** The sites the user grants one by one (optional host permissions); all-sites access is apart. */
export const ASK_SITES: readonly SiteAdapter[] = SITE_ADAPTERS.filter((adapter) => adapter.access === 'ask' && adapter !== jsonLd);

const ALL_ADAPTERS = adapterSet(SITE_ADAPTERS);

/** The adapters that may read a page at this URL, in the order to try them (JSON-LD last). */
export const findAdapters = ALL_ADAPTERS.findAdapters;

/** The listing sites whose hosts `url` is on: where the content script looks for job cards. */
export const listingAdaptersFor = ALL_ADAPTERS.listingAdaptersFor;

/** What a page says about its posting: the first matching adapter that finds one (AdapterSet.extractPosting). */
export const extractPosting = ALL_ADAPTERS.extractPosting;
