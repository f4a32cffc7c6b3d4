import { workplaceInWords } from '../sources/hint-workplace';
import { firstElementWithText, firstText, metaContent } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const HOST = /^[a-z0-9-]{1,63}\.teamtailor\.com$/;
const POSTING_PATH = /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/jobs\/(\d{3,12})(?:-[^/]{0,200})?\/?$/i;

/**
 * Teamtailor career sites ({company}.teamtailor.com/jobs/{id}-{slug}). Server-rendered, with a
 * JobPosting for the facts; the ad's body is the `.prose` block under the title.
 */
export const teamtailor: SiteAdapter = {
  id: 'teamtailor',
  label: 'Teamtailor',
  access: 'ask',
  matches: ['https://*.teamtailor.com/*'],
  exampleUrls: ['https://acme-robotics.teamtailor.com/jobs/4812345-backend-engineer', 'https://acme-robotics.teamtailor.com/sv/jobs/4812345-backend-engineer?promotion=1'],
  matchesUrl: (url) => HOST.test(url.hostname) && POSTING_PATH.test(url.pathname),

  extract(doc, url) {
    const id = POSTING_PATH.exec(url.pathname)?.[1];
    if (!id) return null;
    const body = firstElementWithText(doc, ['[data-controller*="job-body"]', '.job-body', 'main .prose', '.prose']);
    return makePagePosting('teamtailor', `${url.origin}/jobs/${id}`, pageJobPostingNodes(doc), {
      title: firstText(doc, ['main h1', 'h1']),
      company: metaContent(doc, 'og:site_name'),
      location: firstText(doc, ['[data-job-location]', '.job-location']),
      sections: body ? domToSections(body) : [],
      // The header line: "Engineering · Oslo · Hybrid remote".
      hints: { workplace: workplaceInWords(firstText(doc, ['.block-job-header', 'main header'])) },
    });
  },
};
