import { employmentTypeFrom } from '../sources/hint-employment-type';
import { workplaceFrom } from '../sources/hint-workplace';
import { cleanText, firstElement, firstElementWithText, firstText } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const HOST = /^(?:www\.)?seek\.(?:com\.au|co\.nz)$/;
const JOB_PATH = /^\/job\/(\d{5,12})\/?$/;
const JOB_ID = /^\d{5,12}$/;
/** "Melbourne VIC (Remote)": SEEK puts the workplace in brackets after the place. */
const WORKPLACE_IN_BRACKETS = /\s*\((remote|hybrid|on-site|onsite)\)\s*$/i;

/**
 * SEEK (Australia, New Zealand): a job's page (/job/{id}) and the search page's pane
 * (?jobId={id}). SEEK's classes are generated; its `data-automation` hooks are what it tests
 * against, so they hold.
 */
export const seek: SiteAdapter = {
  id: 'seek',
  label: 'SEEK',
  access: 'install',
  matches: ['https://*.seek.com.au/*', 'https://*.seek.co.nz/*'],
  exampleUrls: [
    'https://www.seek.com.au/job/80123456',
    'https://www.seek.co.nz/job/80123456?type=standard&ref=search-standalone',
    'https://www.seek.com.au/data-engineer-jobs/in-All-Sydney-NSW?jobId=80123456&type=standard',
  ],
  matchesUrl: (url) => HOST.test(url.hostname) && seekJobId(url) !== null,
  listingExampleUrls: ['https://www.seek.co.nz/data-engineer-jobs/in-All-Auckland', 'https://www.seek.com.au/jobs?keywords=sre'],
  listingPostingUrl(link) {
    const id = HOST.test(link.hostname) ? JOB_PATH.exec(link.pathname)?.[1] : null;
    return id ? `https://${link.hostname}/job/${id}` : null;
  },

  extract(doc, url) {
    const id = seekJobId(url);
    if (!id) return null;
    const onJobPage = JOB_PATH.test(url.pathname);
    const root = (onJobPage ? null : firstElement(doc, ['[data-automation="splitViewJobDetailsWrapper"]', '[data-automation="jobDetailsPage"]'])) ?? doc;
    // The pane still shows the previously selected job: its title links to another id.
    const shownId = /\/job\/(\d{5,12})/.exec(root.querySelector('[data-automation="job-detail-title"] a[href]')?.getAttribute('href')?.slice(0, 300) ?? '')?.[1];
    if (shownId && shownId !== id) return null;
    const place = firstText(root, ['[data-automation="job-detail-location"]']);
    const description = firstElementWithText(root, ['[data-automation="jobAdDetails"]']);
    return makePagePosting('seek', `https://${url.hostname}/job/${id}`, onJobPage ? pageJobPostingNodes(doc) : [], {
      title: firstText(root, ['[data-automation="job-detail-title"]', 'h1']),
      company: firstText(root, ['[data-automation="advertiser-name"]']),
      location: cleanText(place?.replace(WORKPLACE_IN_BRACKETS, '')),
      sections: description ? domToSections(description) : [],
      salaryText: firstText(root, ['[data-automation="job-detail-salary"]']),
      hints: {
        workplace: workplaceFrom(firstText(root, ['[data-automation="job-detail-workplace"]']) ?? WORKPLACE_IN_BRACKETS.exec(place ?? '')?.[1]),
        employmentType: employmentTypeFrom(firstText(root, ['[data-automation="job-detail-work-type"]'])),
        // SEEK shows pay in the site's own dollar, with a bare "$".
        boardDollar: url.hostname.endsWith('.co.nz') ? 'NZD' : 'AUD',
      },
    });
  },
};

/** /job/{id}, or the selected result of a search page (?jobId=). */
export function seekJobId(url: URL): string | null {
  const onJobPage = JOB_PATH.exec(url.pathname)?.[1];
  if (onJobPage) return onJobPage;
  const selected = url.searchParams.get('jobId');
  return selected && JOB_ID.test(selected) ? selected : null;
}
