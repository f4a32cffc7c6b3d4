import { ashby } from '../ashby';
import { greenhouse } from '../greenhouse';
import { jsonLd } from '../json-ld';
import { lever } from '../lever';
import type { SiteAdapter } from '../site-adapter';
import { smartrecruiters } from '../smartrecruiters';
import { workable } from '../workable';
import { workday } from '../workday';

/**
 * The 'ats' reader part (reader-part.ts): the applicant tracking systems on install-time
 * hosts, in the registry's order, and the JSON-LD reader; also the part of every page no
 * other part claims (a company site embedding a Greenhouse board, any JobPosting page).
 */
export const ATS_PART: readonly SiteAdapter[] = [greenhouse, lever, ashby, workable, smartrecruiters, workday, jsonLd];
