import { employmentTypeFrom } from '../sources/hint-employment-type';
import { cleanText, firstElementWithText, firstText, metaContent } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const HOST = /^[a-z0-9-]{1,63}\.jobs\.personio\.(?:de|com)$/;
const POSTING_PATH = /^\/job\/(\d{3,12})\/?$/;

/**
 * Personio job pages ({company}.jobs.personio.de/job/{id}): the title, a "·"-separated line
 * of facts (employment type, seniority, place) and the description's sections.
 */
export const personio: SiteAdapter = {
  id: 'personio',
  label: 'Personio',
  access: 'ask',
  matches: ['https://*.jobs.personio.de/*', 'https://*.jobs.personio.com/*'],
  exampleUrls: ['https://acme-robotics.jobs.personio.de/job/1234567', 'https://acme-robotics.jobs.personio.com/job/1234567?language=en&display=en'],
  matchesUrl: (url) => HOST.test(url.hostname) && POSTING_PATH.test(url.pathname),

  extract(doc, url) {
    const id = POSTING_PATH.exec(url.pathname)?.[1];
    if (!id) return null;
    const body = firstElementWithText(doc, ['[data-test-id="job-description"]', '.job-description', '#job-description', 'main section', 'main']);
    // "Full-time · Senior · Berlin" (or "Vollzeit · Berlin"): the place comes last.
    const facts = (firstText(doc, ['[data-test-id="job-details"]', '.job-details', 'main h1 + p', 'main h1 + div']) ?? '').split('·').map((fact) => cleanText(fact)).filter((fact) => fact !== null);
    return makePagePosting('personio', `${url.origin}/job/${id}`, pageJobPostingNodes(doc), {
      title: firstText(doc, ['main h1', 'h1']),
      company: metaContent(doc, 'og:site_name'),
      location: facts.length > 1 ? facts.at(-1)! : null,
      sections: body ? domToSections(body) : [],
      hints: { employmentType: facts.map((fact) => employmentTypeFrom(fact) ?? (/vollzeit/i.test(fact) ? 'full-time' : /teilzeit/i.test(fact) ? 'part-time' : null)).find(Boolean) ?? null },
    });
  },
};
