import { isoDateFrom } from '../sources/hint-date';
import { employmentTypeFrom } from '../sources/hint-employment-type';
import { cleanText, firstElementWithText, firstText, metaContent } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const HOST = /^(?:jobs|careers)\.smartrecruiters\.com$/;
const POSTING_PATH = /^\/([^/]{1,100})\/(\d{6,20})(?:-[^/]{0,200})?\/?$/;

/** jobs.smartrecruiters.com/{Company}/{id}-{slug}: server-rendered with schema.org microdata. */
export const smartrecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  label: 'SmartRecruiters',
  access: 'install',
  matches: [
    'https://jobs.smartrecruiters.com/*',
    'https://careers.smartrecruiters.com/*',
  ],
  exampleUrls: [
    'https://jobs.smartrecruiters.com/AcmeRobotics/744000012345678-senior-backend-engineer',
    'https://jobs.smartrecruiters.com/AcmeRobotics/744000012345678',
  ],
  matchesUrl: (url) => HOST.test(url.hostname) && POSTING_PATH.test(url.pathname),

  extract(doc, url) {
    const [, board, id] = POSTING_PATH.exec(url.pathname) ?? [];
    if (!id) return null;
    const canonical = `https://${url.hostname}/${board}/${id}`;
    // Microdata first: itemprop names are schema.org's and outlive redesigns.
    const description = firstElementWithText(doc, ['[itemprop="description"]', '.job-sections', 'main']);
    const hiringOrganization = doc.querySelector('[itemprop="hiringOrganization"]');
    return makePagePosting('smartrecruiters', canonical, pageJobPostingNodes(doc), {
      title: firstText(doc, ['h1[itemprop="title"]', 'h1.job-title', '[data-test="job-title"]']),
      company: (hiringOrganization ? metaContent(hiringOrganization, 'name') : null) ?? firstText(doc, ['[itemprop="hiringOrganization"] [itemprop="name"]', '.company-name']),
      location: cleanText(doc.querySelector('spl-job-location')?.getAttribute('formattedaddress')) ?? firstText(doc, ['[itemprop="jobLocation"]', '.job-location']),
      sections: description ? domToSections(description) : [],
      hints: {
        employmentType: employmentTypeFrom(metaContent(doc, 'employmentType') ?? firstText(doc, ['[itemprop="employmentType"]'])),
        postedAt: isoDateFrom(metaContent(doc, 'datePosted')),
      },
    });
  },
};
