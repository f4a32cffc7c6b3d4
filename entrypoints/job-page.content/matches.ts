import { INSTALL_MATCHES } from '../../src/sites/registry';

/**
 * The known job sites, where the content script runs without asking (manifest `matches`),
 * derived from the site registry so a site is registered once. 'Ask' sites get the script
 * once granted (src/background/site-scripts.ts); every other page needs the optional
 * all-sites permission or the popup's “Find a posting on this page”.
 */
export const KNOWN_JOB_SITE_MATCHES: string[] = [...INSTALL_MATCHES];
