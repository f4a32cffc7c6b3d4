import { employmentTypeFrom } from '../sources/hint-employment-type';
import { workplaceFrom } from '../sources/hint-workplace';
import { cleanText, firstElement, firstElementWithText, firstText } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const TLDS = ['com', 'co.uk', 'de', 'fr', 'ca', 'com.au', 'co.in', 'nl', 'ie', 'sg', 'es', 'it', 'at', 'be', 'ch'];
const HOST = new RegExp(`^(?:www\\.)?glassdoor\\.(?:${TLDS.map((tld) => tld.replace('.', '\\.')).join('|')})$`);
const LISTING_ID = /^\d{6,20}$/;
/** "Acme Robotics 4.1 ★": the rating is not part of the name. */
const RATING = /\s*\d(?:[.,]\d)?\s*★?\s*$/;

/**
 * Glassdoor: a job listing's page (/job-listing/…htm?jl={id}) and the search page's pane
 * (the selected listing's id in ?jl= or ?jobListingId=). Its class names are CSS-module
 * hashes; `data-test` hooks and the title's id (jd-job-title-{id}) are what hold.
 */
export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  label: 'Glassdoor',
  access: 'install',
  matches: TLDS.map((tld) => `https://*.glassdoor.${tld}/*`),
  exampleUrls: [
    'https://www.glassdoor.com/job-listing/senior-backend-engineer-acme-robotics-JV_IC1147401_KO0,23_KE24,37.htm?jl=1009512345678',
    'https://www.glassdoor.co.uk/Job/london-python-developer-jobs-SRCH_IL.0,6_IC2671300_KO7,23.htm?jl=1009512345678',
    'https://www.glassdoor.de/partner/jobListing.htm?pos=101&ao=1136043&jobListingId=1009512345678',
  ],
  matchesUrl: (url) => HOST.test(url.hostname) && glassdoorListingId(url) !== null,
  listingExampleUrls: ['https://www.glassdoor.co.uk/Job/london-python-developer-jobs-SRCH_IL.0,6_IC2671300_KO7,23.htm'],
  listingPostingUrl(link) {
    const id = HOST.test(link.hostname) ? glassdoorListingId(link) : null;
    return id ? `https://${link.hostname}/job-listing/j?jl=${id}` : null;
  },

  extract(doc, url) {
    const id = glassdoorListingId(url);
    if (!id) return null;
    const onListingPage = url.pathname.startsWith('/job-listing/');
    const root = firstElement(doc, ['[data-test="JobDetails"]', '[class*="JobDetails_jobDetailsContainer"]', '#JobView']) ?? doc;
    // The pane still shows the previously selected listing: its title carries another id.
    const titleId = /^jd-job-title-(\d+)$/.exec(root.querySelector('h1[id^="jd-job-title-"]')?.id ?? '')?.[1];
    if (titleId && titleId !== id) return null;
    const description = firstElementWithText(root, ['[class*="JobDetails_jobDescription"]', '#JobDescriptionContainer', '.jobDescriptionContent', '[data-test="jobDescriptionContent"]']);
    const facts = Array.from(root.querySelectorAll('[data-test="job-type"], [class*="JobDetails_jobDetailsSectionContainer"] li')).slice(0, 20).map((fact) => cleanText(fact.textContent)).filter((fact) => fact !== null);
    const location = firstText(root, ['[data-test="location"]', '[data-test="emp-location"]']);
    return makePagePosting('glassdoor', `https://${url.hostname}/job-listing/j?jl=${id}`, onListingPage ? pageJobPostingNodes(doc) : [], {
      title: firstText(root, ['h1[id^="jd-job-title-"]', '[data-test="job-title"]', '[data-test="jobTitle"]']),
      company: cleanText(firstText(root, ['[data-test="employer-name"]', '[class*="EmployerProfile_employerNameHeading"]', '[data-test="employerName"]'])?.replace(RATING, '')),
      location,
      sections: description ? domToSections(description) : [],
      salaryText: firstText(root, ['[data-test="detailSalary"]', '[data-test="salaryEstimate"]', '[class*="SalaryEstimate_salaryRange"]']),
      hints: {
        workplace: workplaceFrom(location) ?? facts.map(workplaceFrom).find(Boolean) ?? null,
        employmentType: facts.map(employmentTypeFrom).find(Boolean) ?? null,
      },
    });
  },
};

/** The listing a URL is about: ?jl= (job pages and the selected search result) or ?jobListingId=. */
export function glassdoorListingId(url: URL): string | null {
  const id = url.searchParams.get('jl') ?? url.searchParams.get('jobListingId');
  return id && LISTING_ID.test(id) ? id : null;
}
