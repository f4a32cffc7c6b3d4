import { employmentTypeFrom } from '../sources/hint-employment-type';
import { workplaceFrom } from '../sources/hint-workplace';
import { cleanText, firstText, metaContent } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const POSTING_PATH = /^\/([^/]{1,100})\/j\/([0-9A-Za-z]{4,20})\/?$/;
/** Workable's React app tags each part of a posting with data-ui; these outlive its hashed classes. */
const PARTS = ['job-description', 'job-requirements', 'job-benefits'];

/** apply.workable.com/{company}/j/{shortcode}: rendered client-side, so null until the title is in. */
export const workable: SiteAdapter = {
  id: 'workable',
  label: 'Workable',
  access: 'install',
  matches: [
    'https://apply.workable.com/*',
  ],
  exampleUrls: [
    'https://apply.workable.com/acme-robotics/j/A1B2C3D4E5/',
    'https://apply.workable.com/acme-robotics/j/A1B2C3D4E5',
  ],
  matchesUrl: (url) => url.hostname === 'apply.workable.com' && POSTING_PATH.test(url.pathname),

  extract(doc, url) {
    const [, board, shortcode] = POSTING_PATH.exec(url.pathname) ?? [];
    if (!shortcode) return null;
    const canonical = `https://apply.workable.com/${board}/j/${shortcode}/`;
    const title = firstText(doc, ['[data-ui="job-title"]', 'main h1', 'h1']);
    const parts = PARTS.map((part) => doc.querySelector(`[data-ui="${part}"]`)).filter((part) => part !== null);
    return makePagePosting('workable', canonical, pageJobPostingNodes(doc), {
      title,
      company: firstText(doc, ['[data-ui="company-name"]', '[data-ui="overview-company-name"]']) ?? companyFromTabTitle(doc, title),
      location: firstText(doc, ['[data-ui="job-location"]', '[data-ui="job-location-tooltip"]']),
      sections: parts.flatMap((part) => domToSections(part)),
      salaryText: firstText(doc, ['[data-ui="job-salary"]', '[data-ui="salary"]']),
      hints: {
        employmentType: employmentTypeFrom(firstText(doc, ['[data-ui="job-type"]'])),
        workplace: workplaceFrom(firstText(doc, ['[data-ui="job-workplace"]'])),
      },
    });
  },
};

/** Workable titles its tabs "Senior Engineer - Acme Robotics". */
function companyFromTabTitle(doc: Document, jobTitle: string | null): string | null {
  const tab = metaContent(doc, 'og:title') ?? cleanText(doc.title);
  const prefix = `${jobTitle} - `;
  return jobTitle && tab?.startsWith(prefix) ? cleanText(tab.slice(prefix.length)) : null;
}
