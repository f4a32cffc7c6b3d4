import { blockText, cleanText, firstElementWithText, firstText, pageUrl } from './dom-query';
import { domToSections } from './dom-to-sections';
import { GREENHOUSE_BOARD_HOST, greenhouseJobRef } from './greenhouse-job-ref';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

export { greenhouseJobRef, type GreenhouseJobRef } from './greenhouse-job-ref';

/**
 * Greenhouse boards (old boards.greenhouse.io, new job-boards.greenhouse.io, EU, the embed
 * iframe) and company pages with ?gh_jid=. On those the posting sits in a cross-origin
 * iframe this cannot read: it returns null and the caller asks the job-board API
 * (greenhouseJobRef + fetchGreenhousePosting, in the background).
 */
export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  label: 'Greenhouse',
  access: 'install',
  matches: [
    'https://boards.greenhouse.io/*',
    'https://job-boards.greenhouse.io/*',
    'https://boards.eu.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
  ],
  exampleUrls: [
    'https://job-boards.greenhouse.io/acmerobotics/jobs/4012345678',
    'https://boards.greenhouse.io/acmerobotics/jobs/4012345678?gh_src=abc',
    'https://boards.eu.greenhouse.io/acmerobotics/jobs/4012345678',
    'https://boards.greenhouse.io/embed/job_app?for=acmerobotics&token=4012345678',
  ],
  embeddedExampleUrls: ['https://www.acme-robotics.example/careers/open-roles?gh_jid=4012345678'],
  matchesUrl: (url) => url.searchParams.has('gh_jid') || greenhouseJobRef(url) !== null,
  listingExampleUrls: ['https://job-boards.greenhouse.io/northwindlabs', 'https://boards.greenhouse.io/fernhill?t=abc'],
  listingPostingUrl: (link) => (GREENHOUSE_BOARD_HOST.test(link.hostname) && greenhouseJobRef(link) ? canonicalUrl(link) : null),

  extract(doc, url) {
    const canonical = canonicalUrl(url);
    const title = firstText(doc, ['.job__title h1', 'h1.app-title', '#header h1', '.job-post h1']);
    const description = firstElementWithText(doc, ['.job__description', '#content', '#job_description', '.job-post-content']);
    return makePagePosting('greenhouse', canonical, pageJobPostingNodes(doc), {
      title,
      // Old boards write "at Acme"; new ones only say it in the tab title.
      company: cleanText(firstText(doc, ['#header .company-name', '.company-name'])?.replace(/^at\s+/i, '')) ?? companyFromTabTitle(doc, title),
      location: firstText(doc, ['.job__location', '#header .location', '.location']),
      sections: description ? domToSections(description) : [],
      salaryText: payText(firstElementWithText(doc, ['[class*="pay-transparency"]', '.pay-range', '[class*="pay-range"]'])),
    });
  },
};

/** The pay box, a line per block ("Base Salary Pay Range" above "$227,500 — $272,500 USD"). */
function payText(element: Element | null): string | null {
  if (!element) return null;
  const lines = blockText(element, '\n').split('\n').map((line) => cleanText(line)).filter((line) => line !== null);
  return lines.length > 0 ? lines.join('\n') : null;
}

/** "Job Application for Senior Engineer at Acme" → "Acme", when the job title is known. */
function companyFromTabTitle(doc: Document, jobTitle: string | null): string | null {
  const tab = cleanText(doc.title);
  const prefix = `Job Application for ${jobTitle} at `;
  return jobTitle && tab?.startsWith(prefix) ? cleanText(tab.slice(prefix.length)) : null;
}

/** Hosted and embedded postings → their board URL; company pages keep their path and gh_jid only. */
function canonicalUrl(url: URL): string {
  const jobRef = GREENHOUSE_BOARD_HOST.test(url.hostname) ? greenhouseJobRef(url) : null;
  if (jobRef) {
    const host = url.pathname.startsWith('/embed/') ? 'job-boards.greenhouse.io' : url.hostname;
    return `https://${host}/${jobRef.board}/jobs/${jobRef.id}`;
  }
  const jobId = url.searchParams.get('gh_jid');
  return jobId ? `${url.origin}${url.pathname}?gh_jid=${encodeURIComponent(jobId)}` : pageUrl(url);
}
