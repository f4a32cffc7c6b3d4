import type { SkillEntry } from '../skill-entry';
import { BUSINESS_MARKETING } from './business-marketing';
import { BUSINESS_OPERATIONS } from './business-operations';
import { BUSINESS_SALES } from './business-sales';
import { CLOUD_AWS } from './cloud-aws';
import { CLOUD_GCP_AZURE } from './cloud-gcp-azure';
import { DATA } from './data';
import { DATABASES } from './databases';
import { DESIGN } from './design';
import { DEVOPS } from './devops';
import { FRAMEWORKS_BACKEND } from './frameworks-backend';
import { FRAMEWORKS_FRONTEND } from './frameworks-frontend';
import { LANGUAGES } from './languages';
import { ML } from './ml';
import { MOBILE } from './mobile';
import { PLATFORMS } from './platforms';
import { PRACTICES } from './practices';
import { SECURITY } from './security';
import { STANDARDS } from './standards';
import { TESTING } from './testing';
import { TOOLS } from './tools';

/**
 * Every skill Jobmark recognises, one entry per canonical name. The files are split by
 * subject for the people who edit them; an entry's `category` is what the UI groups by.
 */
export const SKILL_DICTIONARY: readonly SkillEntry[] = [
  ...LANGUAGES,
  ...FRAMEWORKS_FRONTEND,
  ...FRAMEWORKS_BACKEND,
  ...DATABASES,
  ...CLOUD_AWS,
  ...CLOUD_GCP_AZURE,
  ...PLATFORMS,
  ...DEVOPS,
  ...TOOLS,
  ...DATA,
  ...ML,
  ...MOBILE,
  ...TESTING,
  ...SECURITY,
  ...DESIGN,
  ...PRACTICES,
  ...STANDARDS,
  ...BUSINESS_SALES,
  ...BUSINESS_MARKETING,
  ...BUSINESS_OPERATIONS,
];
