import { glassdoor } from '../glassdoor';
import { indeed } from '../indeed';
import { jsonLd } from '../json-ld';
import { seek } from '../seek';
import type { SiteAdapter } from '../site-adapter';
import { stepstone } from '../stepstone';
import { welcomeToTheJungle } from '../welcome-to-the-jungle';
import { wellfound } from '../wellfound';

/** The 'boards' reader part (reader-part.ts): the job boards but LinkedIn, in the registry's order. */
export const BOARDS_PART: readonly SiteAdapter[] = [indeed, glassdoor, seek, stepstone, welcomeToTheJungle, wellfound, jsonLd];
