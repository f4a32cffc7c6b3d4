import { bamboohr } from '../bamboohr';
import { jsonLd } from '../json-ld';
import { personio } from '../personio';
import { recruitee } from '../recruitee';
import type { SiteAdapter } from '../site-adapter';
import { teamtailor } from '../teamtailor';

/** The 'ask' reader part (reader-part.ts): the sites the user grants one by one, in the registry's order. */
export const ASK_PART: readonly SiteAdapter[] = [teamtailor, recruitee, personio, bamboohr, jsonLd];
