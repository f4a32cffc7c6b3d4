import { employmentTypeFrom } from '../sources/hint-employment-type';
import { cleanText, firstElement, firstText, metaContent, textOf } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';
import type { Workplace } from '../core/job';

const HOST = /^(?:www\.)?welcometothejungle\.com$/;
const POSTING_PATH = /^\/([a-z]{2})\/companies\/([^/]{1,100})\/jobs\/([^/]{1,200})\/?$/;

/**
 * Welcome to the Jungle: /{lang}/companies/{company}/jobs/{slug}. Rendered by React with
 * generated classes; its `data-testid` hooks and the metadata icons' names
 * (`<i name="location">`) are what hold, and the page carries a JobPosting for the rest.
 */
export const welcomeToTheJungle: SiteAdapter = {
  id: 'welcometothejungle',
  label: 'Welcome to the Jungle',
  access: 'install',
  matches: ['https://www.welcometothejungle.com/*'],
  exampleUrls: [
    'https://www.welcometothejungle.com/fr/companies/acme-robotics/jobs/developpeur-backend-python_paris',
    'https://www.welcometothejungle.com/en/companies/acme-robotics/jobs/senior-data-engineer_lyon_ACME_aB3dE5?q=abc',
  ],
  matchesUrl: (url) => HOST.test(url.hostname) && POSTING_PATH.test(url.pathname),

  extract(doc, url) {
    const [, lang, company, slug] = POSTING_PATH.exec(url.pathname) ?? [];
    if (!slug) return null;
    const header = firstElement(doc, ['[data-testid="job-metadata-block"]', '[data-testid="job-header"]']) ?? doc;
    const parts = Array.from(doc.querySelectorAll('[data-testid="job-section-description"], [data-testid="job-section-experience"], [data-testid="job-section-process"]')).slice(0, 5);
    const fact = (icon: string) => cleanText(textOf(header.querySelector(`i[name="${icon}"]`)?.parentElement)?.replace(/^[^:]{0,20}:\s*/, ''));
    return makePagePosting('welcometothejungle', `https://www.welcometothejungle.com/${lang}/companies/${company}/jobs/${slug}`, pageJobPostingNodes(doc), {
      title: firstText(header, ['h2', 'h1']) ?? firstText(doc, ['h1']),
      company: firstText(header, [`a[href*="/companies/${company}"] span`, `a[href*="/companies/${company}"]`]) ?? metaContent(doc, 'og:site_name'),
      location: fact('location'),
      sections: parts.flatMap((part) => domToSections(part)),
      salaryText: fact('salary'),
      hints: { employmentType: employmentTypeFrom(fact('contract')) ?? frenchContract(fact('contract')), workplace: remoteFact(fact('remote')) },
    });
  },
};

/** "CDI", "CDD", "Stage", "Freelance", "Alternance". */
function frenchContract(text: string | null) {
  const words = text?.toLowerCase() ?? '';
  if (/\bcdi\b/.test(words)) return 'full-time' as const;
  if (/\b(?:stage|alternance|internship)\b/.test(words)) return 'internship' as const;
  if (/\b(?:cdd|freelance|intérim)\b/.test(words)) return 'contract' as const;
  return null;
}

/** "Télétravail total", "Télétravail fréquent", "Fully remote", "A few days at home", "No remote work". */
function remoteFact(text: string | null): Workplace | null {
  const words = text?.toLowerCase() ?? '';
  if (/total|fully remote|full remote|complet/.test(words)) return 'remote';
  if (/fréquent|occasionnel|ponctuel|few days|occasional|frequent|hybrid/.test(words)) return 'hybrid';
  if (/non autorisé|no remote|pas de télétravail/.test(words)) return 'onsite';
  return null;
}
