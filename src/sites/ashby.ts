import { employmentTypeFrom } from '../sources/hint-employment-type';
import { workplaceFrom } from '../sources/hint-workplace';
import { cleanText, firstElement, firstElementWithText, firstText, labelledValue, metaContent } from './dom-query';
import { domToSections, domToText } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const POSTING_PATH = /^\/([^/]{1,100})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
/** The side pane's labels are h2s; its class names carry build hashes, so match by text. */
const LABEL = '.ashby-job-posting-left-pane h2, [class*="_section_"] h2, [class*="_heading_"]';

/**
 * Ashby renders postings client-side: the server sends an empty #root. Until the heading and
 * the description are in the DOM this returns null and the caller retries.
 */
export const ashby: SiteAdapter = {
  id: 'ashby',
  label: 'Ashby',
  access: 'install',
  matches: [
    'https://jobs.ashbyhq.com/*',
  ],
  exampleUrls: [
    'https://jobs.ashbyhq.com/acme-robotics/0c5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718',
    'https://jobs.ashbyhq.com/acme-robotics/0c5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718?utm_source=linkedin',
  ],
  matchesUrl: (url) => url.hostname === 'jobs.ashbyhq.com' && POSTING_PATH.test(url.pathname),
  listingExampleUrls: ['https://jobs.ashbyhq.com/quillstone'],
  listingPostingUrl(link) {
    const [, org, id] = (link.hostname === 'jobs.ashbyhq.com' && POSTING_PATH.exec(link.pathname)) || [];
    return id ? `https://jobs.ashbyhq.com/${org}/${id}` : null;
  },

  extract(doc, url) {
    const [, org, id] = POSTING_PATH.exec(url.pathname) ?? [];
    if (!id) return null;
    const canonical = `https://jobs.ashbyhq.com/${org}/${id}`;
    const title = firstText(doc, ['h1.ashby-job-posting-heading', '[class*="ashby-job-posting-heading"]', '.ashby-job-posting-left-pane h1']);
    const description = firstElementWithText(doc, [
      '.ashby-job-posting-right-pane [role="tabpanel"]',
      '.ashby-job-posting-right-pane [class*="descriptionText"]',
      '#overview',
    ]);
    if (!title || !description) return null;
    const compensation = firstElement(doc, ['[class*="compensationTierSummary"]', '[class*="_compensation_"]']);
    return makePagePosting('ashby', canonical, pageJobPostingNodes(doc), {
      title,
      company: companyFromTabTitle(doc) ?? cleanText(doc.querySelector('[class*="navLogo"] img[alt], .ashby-job-posting-header img[alt]')?.getAttribute('alt')),
      location: labelledValue(doc, LABEL, /^location$/i),
      sections: domToSections(description),
      salaryText: compensationLines(compensation ? domToText(compensation) : labelledValue(doc, LABEL, /^compensation$/i)),
      hints: {
        employmentType: employmentTypeFrom(labelledValue(doc, LABEL, /^employment type$/i)),
        workplace: workplaceFrom(labelledValue(doc, LABEL, /^location type$/i)),
      },
    });
  },
};

/** "£95K – £120K • Offers Equity" → the pay and the equity on lines of their own, list markers dropped. */
function compensationLines(text: string | null): string | null {
  const lines = (text ?? '').split(/[\n•]/).map((line) => cleanText(line.replace(/^- /, ''))).filter(Boolean);
  return lines.length > 0 ? lines.join('\n') : null;
}

/** Ashby titles its pages "Senior Engineer @ Acme Robotics". */
function companyFromTabTitle(doc: Document): string | null {
  const tab = metaContent(doc, 'og:title') ?? cleanText(doc.title);
  const at = tab?.lastIndexOf(' @ ') ?? -1;
  return tab && at > 0 ? cleanText(tab.slice(at + 3)) : null;
}
