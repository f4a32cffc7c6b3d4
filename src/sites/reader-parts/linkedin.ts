import { jsonLd } from '../json-ld';
import { linkedin } from '../linkedin';
import type { SiteAdapter } from '../site-adapter';

/** The 'linkedin' reader part (reader-part.ts). Each part imports only its own adapters. */
export const LINKEDIN_PART: readonly SiteAdapter[] = [linkedin, jsonLd];
