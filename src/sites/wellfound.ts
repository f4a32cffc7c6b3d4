import { workplaceFrom } from '../sources/hint-workplace';
import { cleanText, firstElementWithText, firstText } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const HOST = /^(?:www\.)?wellfound\.com$/;
/** /jobs/{id}-{slug}, also under /company/{slug}/jobs/{id}-{slug}. */
const POSTING_PATH = /^(?:\/company\/[^/]{1,100})?\/jobs\/(\d{3,12})(?:-[^/]{0,200})?\/?$/;
const PAY = /[$€£₹]\s?\d|\d\s?k\b/i;

/**
 * Wellfound (formerly AngelList Talent): a job's page. Next.js with generated classes; the
 * page's JobPosting carries most fields, and the header's `/company/` link and chips the rest.
 */
export const wellfound: SiteAdapter = {
  id: 'wellfound',
  label: 'Wellfound',
  access: 'install',
  matches: ['https://wellfound.com/*', 'https://www.wellfound.com/*'],
  exampleUrls: ['https://wellfound.com/jobs/3012345-senior-full-stack-engineer', 'https://wellfound.com/company/acme-robotics/jobs/3012345-senior-full-stack-engineer?utm_source=x'],
  matchesUrl: (url) => HOST.test(url.hostname) && POSTING_PATH.test(url.pathname),

  extract(doc, url) {
    const id = POSTING_PATH.exec(url.pathname)?.[1];
    if (!id) return null;
    const description = firstElementWithText(doc, ['[data-test="JobDescription"]', '#job-description', '[class*="styles_description"]', '[class*="description"]']);
    const chips = Array.from(doc.querySelectorAll('main ul li, [data-test="JobDetail"] li, main span')).slice(0, 200).map((chip) => cleanText(chip.textContent)).filter((chip) => chip !== null && chip.length <= 80) as string[];
    return makePagePosting('wellfound', `https://wellfound.com/jobs/${id}`, pageJobPostingNodes(doc), {
      title: firstText(doc, ['h1']),
      company: firstText(doc, ['main a[href^="/company/"] h2', 'main a[href^="/company/"]', 'a[href^="/company/"]']),
      location: null,
      sections: description ? domToSections(description) : [],
      salaryText: chips.find((chip) => PAY.test(chip) && /[–-]/.test(chip)) ?? null,
      hints: { workplace: chips.flatMap((chip) => chip.split('•')).map(workplaceFrom).find(Boolean) ?? null },
    });
  },
};
