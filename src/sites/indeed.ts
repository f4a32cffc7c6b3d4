import { employmentTypeFrom } from '../sources/hint-employment-type';
import { cleanText, firstElement, firstElementWithText, firstText, textOf } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const HOST = /^(?:[a-z]{2}\.|www\.|m\.)?indeed\.com$/;
const VIEW_PATH = /^\/(?:m\/)?(?:viewjob|rc\/clk)\/?$/;
const JOB_KEY = /^[0-9a-f]{16}$/i;

/** A job's page (/viewjob?jk=) and the right-hand pane of search results (?vjk=). */
export const indeed: SiteAdapter = {
  id: 'indeed',
  label: 'Indeed',
  access: 'install',
  matches: [
    'https://*.indeed.com/*',
  ],
  exampleUrls: [
    'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789',
    'https://uk.indeed.com/viewjob?jk=0a1b2c3d4e5f6789&from=serp',
    'https://www.indeed.com/jobs?q=backend+engineer&l=Austin&vjk=0a1b2c3d4e5f6789',
  ],
  matchesUrl: (url) => HOST.test(url.hostname) && indeedJobKey(url) !== null,
  listingExampleUrls: ['https://www.indeed.com/jobs?q=backend+engineer&l=Austin', 'https://uk.indeed.com/q-data-engineer-jobs.html'],
  // Result cards link through /rc/clk?jk=… or /pagead/clk?jk=…: the key is what names the job.
  listingPostingUrl(link) {
    const key = HOST.test(link.hostname) ? (link.searchParams.get('jk') ?? link.searchParams.get('vjk')) : null;
    return key && JOB_KEY.test(key) ? `https://${link.hostname}/viewjob?jk=${key.toLowerCase()}` : null;
  },

  extract(doc, url) {
    const jk = indeedJobKey(url);
    if (!jk) return null;
    const canonical = `https://${url.hostname}/viewjob?jk=${jk}`;
    const onViewPage = VIEW_PATH.test(url.pathname);
    const root = (onViewPage ? null : firstElement(doc, ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '.jobsearch-ViewJobLayout--embedded'])) ?? doc;
    // Indeed appends a screen-reader "- job post" to the heading.
    const title = cleanText(firstText(root, ['[data-testid="jobsearch-JobInfoHeader-title"]', 'h1.jobsearch-JobInfoHeader-title', '.jobsearch-JobInfoHeader-title'])?.replace(/\s*-\s*job post$/i, ''));
    if (!onViewPage && paneIsStale(doc, jk, title)) return null;
    const description = firstElementWithText(root, ['#jobDescriptionText', '.jobsearch-jobDescriptionText', '[data-testid="jobsearch-JobComponent-description"]']);
    // "$120,000 - $150,000 a year" and " - Full-time" are sibling spans.
    const facts = Array.from(root.querySelectorAll('#salaryInfoAndJobType > span, [data-testid="jobsearch-OtherJobDetailsContainer"] span')).slice(0, 10).map((span) => cleanText(textOf(span)?.replace(/^[\s-]+/, ''))).filter((fact) => fact !== null);
    return makePagePosting('indeed', canonical, onViewPage ? pageJobPostingNodes(doc) : [], {
      title,
      company: firstText(root, ['[data-testid="inlineHeader-companyName"] a', '[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-InlineCompanyRating-companyHeader']),
      location: firstText(root, ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]']),
      sections: description ? domToSections(description) : [],
      salaryText: facts.find((fact) => /\d/.test(fact)) ?? null,
      hints: { employmentType: facts.map(employmentTypeFrom).find(Boolean) ?? null },
    });
  },
};

/** The job key a URL is about: ?jk= on a job page, ?vjk= (the selected result) on a search page. */
export function indeedJobKey(url: URL): string | null {
  const key = VIEW_PATH.test(url.pathname) ? url.searchParams.get('jk') : url.searchParams.get('vjk');
  return key && JOB_KEY.test(key) ? key.toLowerCase() : null;
}

/** The pane still shows the previously selected result: its title is not the selected card's. */
function paneIsStale(doc: Document, jk: string, paneTitle: string | null): boolean {
  const card = doc.querySelector(`a[data-jk="${jk}"]`);
  const cardTitle = cleanText(card?.querySelector('[title]')?.getAttribute('title')) ?? textOf(card);
  if (!cardTitle || !paneTitle) return false;
  return cardTitle.toLowerCase() !== paneTitle.toLowerCase();
}
