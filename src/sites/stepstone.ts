import type { EmploymentType, Workplace } from '../core/job';
import { employmentTypeFrom } from '../sources/hint-employment-type';
import { cleanText, firstElementWithText, firstText } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const TLDS = ['de', 'at', 'be', 'nl', 'fr'];
const HOST = new RegExp(`^(?:www\\.)?stepstone\\.(?:${TLDS.join('|')})$`);
/** /stellenangebote--Title-City-Company--12345678-inline.html (and the French and Dutch paths). */
const POSTING_PATH = /^\/[a-z-]{4,40}--[^/]{1,300}--(\d{5,12})-inline\.html$/i;

/**
 * StepStone (Germany, Austria, Belgium, the Netherlands, France): a posting's page. Its
 * `data-at` hooks name every part (title, company, location, the text's sections).
 */
export const stepstone: SiteAdapter = {
  id: 'stepstone',
  label: 'StepStone',
  access: 'install',
  matches: TLDS.map((tld) => `https://*.stepstone.${tld}/*`),
  exampleUrls: [
    'https://www.stepstone.de/stellenangebote--Senior-Backend-Entwickler-m-w-d-Berlin-Acme-GmbH--12345678-inline.html',
    'https://www.stepstone.at/stellenangebote--Data-Engineer-Wien-Acme--12345679-inline.html?rltr=1_1_25',
    'https://www.stepstone.be/offres-emploi--Developpeur-Java-Bruxelles-Acme--12345680-inline.html',
  ],
  matchesUrl: (url) => HOST.test(url.hostname) && POSTING_PATH.test(url.pathname),

  extract(doc, url) {
    if (!POSTING_PATH.test(url.pathname)) return null;
    const content = firstElementWithText(doc, ['[data-at="job-ad-content"]', '[data-genesis-element="CARD_CONTENT"]', 'article']);
    return makePagePosting('stepstone', `${url.origin}${url.pathname}`, pageJobPostingNodes(doc), {
      title: firstText(doc, ['[data-at="header-job-title"]', 'h1']),
      company: firstText(doc, ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]']),
      location: firstText(doc, ['[data-at="metadata-location"]']),
      sections: content ? domToSections(content) : [],
      salaryText: firstText(doc, ['[data-at="metadata-salary"]']),
      hints: {
        // One chip may hold both ("Vollzeit, Home Office möglich").
        workplace: workplaceFromGerman(firstText(doc, ['[data-at="metadata-home-office"]', '[data-at="metadata-work-type"]'])),
        employmentType: employmentTypeFromGerman(firstText(doc, ['[data-at="metadata-work-time"]', '[data-at="metadata-work-type"]', '[data-at="metadata-contract-type"]'])),
      },
    });
  },
};

/** "Home-Office möglich", "Teilweise Home-Office", "Vollständig remote": what StepStone's chip says. */
function workplaceFromGerman(text: string | null): Workplace | null {
  const words = cleanText(text)?.toLowerCase() ?? '';
  if (/vollständig remote|nur remote|100 ?% remote|fully remote|télétravail complet/.test(words)) return 'remote';
  if (/home[- ]?office|hybrid|teilweise|mobiles arbeiten|télétravail/.test(words)) return 'hybrid';
  if (/vor ort|on-?site|präsenz/.test(words)) return 'onsite';
  return null;
}

function employmentTypeFromGerman(text: string | null): EmploymentType | null {
  const words = cleanText(text)?.toLowerCase() ?? '';
  if (/vollzeit|temps plein|voltijd/.test(words)) return 'full-time';
  if (/teilzeit|temps partiel|deeltijd/.test(words)) return 'part-time';
  if (/praktikum|stage|internship/.test(words)) return 'internship';
  if (/befristet|freiberuflich|freelance/.test(words)) return 'contract';
  return employmentTypeFrom(text);
}
