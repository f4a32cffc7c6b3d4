import { employmentTypeFrom } from '../sources/hint-employment-type';
import { workplaceFrom } from '../sources/hint-workplace';
import { cleanText, firstText, metaContent, textOf } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const HOST = /^jobs\.(?:eu\.)?lever\.co$/;
const POSTING_PATH = /^\/([^/]{1,100})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/** Hosted Lever postings: jobs.lever.co/{company}/{uuid} (not the /apply form). */
export const lever: SiteAdapter = {
  id: 'lever',
  label: 'Lever',
  access: 'install',
  matches: [
    'https://jobs.lever.co/*',
    'https://jobs.eu.lever.co/*',
  ],
  exampleUrls: [
    'https://jobs.lever.co/acmerobotics/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e',
    'https://jobs.eu.lever.co/acmerobotics/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e/?lever-source=LinkedIn',
  ],
  matchesUrl: (url) => HOST.test(url.hostname) && POSTING_PATH.test(url.pathname),
  listingExampleUrls: ['https://jobs.lever.co/bluefinhealth', 'https://jobs.lever.co/bluefinhealth?team=Engineering'],
  listingPostingUrl(link) {
    const [, board, id] = (HOST.test(link.hostname) && POSTING_PATH.exec(link.pathname)) || [];
    return id ? `https://${link.hostname}/${board}/${id}` : null;
  },

  extract(doc, url) {
    const [, board, id] = POSTING_PATH.exec(url.pathname) ?? [];
    if (!id) return null;
    const canonical = `https://${url.hostname}/${board}/${id}`;
    const title = firstText(doc, ['.posting-headline h2', '[data-qa="posting-name"]', '.posting-header h2']);
    const categories = doc.querySelector('.posting-headline .posting-categories, .posting-categories');
    const category = (name: string) => (categories ? firstText(categories, [`.${name}`]) : null);
    return makePagePosting('lever', canonical, pageJobPostingNodes(doc), {
      title,
      company: companyFromTabTitle(doc, title) ?? cleanText(doc.querySelector('.main-header-logo img[alt]')?.getAttribute('alt')?.replace(/\s+logo$/i, '')),
      location: category('location')?.replace(/\s*\/\s*$/, '') ?? null,
      sections: contentSections(doc).flatMap(domToSections),
      salaryText: textOf(doc.querySelector('[data-qa="salary-range"] .posting-category, [data-qa="salary-range"]')),
      hints: { employmentType: employmentTypeFrom(category('commitment')), workplace: workplaceFrom(category('workplaceTypes')) },
    });
  },
};

/**
 * The description, each list ("What you'll do") and the pay box are sibling .section blocks;
 * the headline and the apply button sit in sections of their own, left out.
 */
function contentSections(doc: Document): Element[] {
  const sections = Array.from(doc.querySelectorAll('.section')).slice(0, 100);
  return sections.filter(
    (section) =>
      !section.querySelector('.posting-headline, .postings-btn, form') &&
      !section.classList.contains('last-section-apply') &&
      !sections.some((other) => other !== section && other.contains(section)),
  );
}

/** Lever titles its tabs "Acme Robotics - Senior Engineer"; the company is what precedes the job title. */
function companyFromTabTitle(doc: Document, jobTitle: string | null): string | null {
  const tab = metaContent(doc, 'og:title') ?? cleanText(doc.title);
  const suffix = ` - ${jobTitle}`;
  return jobTitle && tab?.endsWith(suffix) ? cleanText(tab.slice(0, -suffix.length)) : null;
}
