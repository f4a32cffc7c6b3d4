import { employmentTypeFrom } from '../sources/hint-employment-type';
import { workplaceFrom } from '../sources/hint-workplace';
import { cleanText, firstElementWithText, firstText, pageUrl, textOf } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

/** {tenant}.wd{n}.myworkdayjobs.com, and the shared wd{n}.myworkdaysite.com/recruiting/{tenant}/… */
const HOST = /^(?:[a-z0-9-]{1,63}\.wd\d{1,3}\.myworkdayjobs\.com|wd\d{1,3}\.myworkdaysite\.com)$/i;
/** A posting's last path segment ends in "_{requisition id}". */
const REQUISITION_SUFFIX = /_[A-Za-z0-9-]{1,40}$/;

/**
 * Workday career sites: the server sends a JobPosting JSON-LD and an empty app shell, the
 * posting renders later into elements tagged with data-automation-id (stable across tenants).
 */
export const workday: SiteAdapter = {
  id: 'workday',
  label: 'Workday',
  access: 'install',
  matches: [
    'https://*.myworkdayjobs.com/*',
    'https://*.myworkdaysite.com/*',
  ],
  exampleUrls: [
    'https://acme.wd5.myworkdayjobs.com/en-US/AcmeCareers/job/Berlin-Germany/Senior-Backend-Engineer_R12345',
    'https://acme.wd1.myworkdayjobs.com/AcmeCareers/job/Remote-USA/Data-Analyst_JR-0042?source=LinkedIn',
    'https://wd3.myworkdaysite.com/recruiting/acme/AcmeCareers/details/Site-Reliability-Engineer_R777',
  ],
  matchesUrl: (url) => HOST.test(url.hostname) && isPostingPath(url.pathname),
  listingExampleUrls: ['https://cobaltridge.wd5.myworkdayjobs.com/en-US/CobaltRidge', 'https://cobaltridge.wd5.myworkdayjobs.com/CobaltRidge?locations=123'],
  listingPostingUrl: (link) => (HOST.test(link.hostname) && isPostingPath(link.pathname) ? `${link.origin}${link.pathname.replace(/\/$/, '')}` : null),

  extract(doc, url) {
    const canonical = `${url.origin}${url.pathname.replace(/\/$/, '')}`;
    const description = firstElementWithText(doc, ['[data-automation-id="jobPostingDescription"]', '[data-automation-id="job-posting-details"]']);
    const field = (id: string) => cleanText(Array.from(doc.querySelectorAll(`[data-automation-id="${id}"] dd`)).map(textOf).filter(Boolean).join('; '));
    return makePagePosting('workday', canonical || pageUrl(url), pageJobPostingNodes(doc), {
      title: firstText(doc, ['[data-automation-id="jobPostingHeader"]', '[data-automation-id="jobPostingTitle"]', 'main h2']),
      company: null, // only the JSON-LD names it; the tenant slug is a guess
      location: field('locations') ?? firstText(doc, ['[data-automation-id="jobPostingLocation"]']),
      sections: description ? domToSections(description) : [],
      hints: {
        employmentType: employmentTypeFrom(field('time')),
        workplace: workplaceFrom(field('remoteType')),
      },
    });
  },
};

/** …/job/{location}/{title}_{id} or …/details/{title}_{id}. */
function isPostingPath(path: string): boolean {
  if (path.length > 1000) return false;
  const segments = path.split('/').filter(Boolean);
  const marker = segments.findIndex((segment) => segment === 'job' || segment === 'details');
  return marker >= 0 && marker < segments.length - 1 && REQUISITION_SUFFIX.test(segments[segments.length - 1] ?? '');
}
