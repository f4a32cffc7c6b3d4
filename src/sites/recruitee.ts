import { workplaceInWords } from '../sources/hint-workplace';
import { firstElementWithText, firstText, metaContent } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

/** Company boards; app.recruitee.com is the recruiters' own app. */
const HOST = /^(?!app\.|www\.)[a-z0-9-]{1,63}\.recruitee\.com$/;
const POSTING_PATH = /^\/o\/([^/]{1,200})\/?$/;

/**
 * Recruitee career sites ({company}.recruitee.com/o/{slug}): a JobPosting for the facts, and
 * the offer's description and requirements blocks for the text.
 */
export const recruitee: SiteAdapter = {
  id: 'recruitee',
  label: 'Recruitee',
  access: 'ask',
  matches: ['https://*.recruitee.com/*'],
  exampleUrls: ['https://acmerobotics.recruitee.com/o/senior-backend-engineer', 'https://acmerobotics.recruitee.com/o/senior-backend-engineer-2?source=LinkedIn'],
  matchesUrl: (url) => HOST.test(url.hostname) && POSTING_PATH.test(url.pathname),

  extract(doc, url) {
    const slug = POSTING_PATH.exec(url.pathname)?.[1];
    if (!slug) return null;
    const parts = Array.from(doc.querySelectorAll('[data-cy="job-description"], [data-cy="job-requirements"]')).slice(0, 4);
    const body = parts.length > 0 ? null : firstElementWithText(doc, ['.description', 'main section', 'main']);
    return makePagePosting('recruitee', `${url.origin}/o/${slug}`, pageJobPostingNodes(doc), {
      title: firstText(doc, ['[data-cy="job-title"]', 'main h1', 'h1']),
      company: metaContent(doc, 'og:site_name'),
      location: firstText(doc, ['[data-cy="job-location"]']),
      sections: body ? domToSections(body) : parts.flatMap((part) => domToSections(part)),
      hints: { workplace: workplaceInWords(firstText(doc, ['[data-cy="job-title"] + ul', '[data-cy="job-location"]'])) },
    });
  },
};
