import { canonicalPageUrl } from './dom-query';
import { makePagePosting, NO_SITE_FIELDS } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

/**
 * Any page carrying a schema.org JobPosting (company career sites, job boards without an
 * adapter): the registry tries it after the site adapters. It matches every web page and
 * decides by content, so it is left out of the URL exclusivity check. It reads no site
 * fields: the posting is the page's first JobPosting that maps (assemblePosting).
 */
export const jsonLd: SiteAdapter = {
  id: 'jsonld',
  label: 'Other pages with a schema.org JobPosting',
  // Every other site, once the user grants all-sites access (src/background/all-sites.ts).
  access: 'ask',
  matches: ['<all_urls>'],
  exampleUrls: ['https://careers.example.com/jobs/senior-data-engineer', 'https://www.example.org/careers/1234?ref=home'],
  matchesUrl: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  extract: (doc, url) => makePagePosting('jsonld', canonicalPageUrl(doc, url), pageJobPostingNodes(doc), NO_SITE_FIELDS),
};
