import { employmentTypeFrom } from '../sources/hint-employment-type';
import { cleanText, firstElementWithText, firstText, labelledValue, metaContent } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import type { SiteAdapter } from './site-adapter';

const HOST = /^[a-z0-9-]{1,63}\.bamboohr\.com$/;
/** /careers/{id} (current career site) and /jobs/view.php?id={id} (the older one). */
const CAREERS_PATH = /^\/careers\/(\d{1,10})(?:\/detail)?\/?$/;
const VIEW_PATH = /^\/jobs\/view\.php$/;

/**
 * BambooHR career pages. The same host serves the company's private HR app, so Jobmark asks
 * before reading it and its patterns cover the career paths only. The page renders
 * client-side; the side list of facts is "Location", "Employment Type"… labels over values.
 */
export const bamboohr: SiteAdapter = {
  id: 'bamboohr',
  label: 'BambooHR',
  access: 'ask',
  matches: ['https://*.bamboohr.com/careers*', 'https://*.bamboohr.com/jobs/*'],
  exampleUrls: ['https://acmerobotics.bamboohr.com/careers/57', 'https://acmerobotics.bamboohr.com/jobs/view.php?id=57&source=indeed'],
  matchesUrl: (url) => HOST.test(url.hostname) && bambooJobId(url) !== null,

  extract(doc, url) {
    const id = bambooJobId(url);
    if (!id) return null;
    const body = firstElementWithText(doc, ['.BambooRichText', '[class*="JobDescription"]', '#jobDescription', '.ResAts__job-description']);
    const fact = (label: RegExp) => labelledValue(doc, 'dt, h3, h4, p, span, div', label);
    const tabTitle = cleanText(doc.title)?.split(/\s+[-|–]\s+/);
    return makePagePosting('bamboohr', `${url.origin}/careers/${id}`, pageJobPostingNodes(doc), {
      title: firstText(doc, ['[data-fabric-component="PageHeader"] h2', 'main h2', '.ResAts__title', 'h2', 'h1']),
      company: metaContent(doc, 'og:site_name') ?? (tabTitle && tabTitle.length > 1 ? cleanText(tabTitle.at(-1)) : null),
      location: fact(/^location$/i),
      sections: body ? domToSections(body) : [],
      salaryText: fact(/^(?:compensation|salary|pay)$/i),
      hints: { employmentType: employmentTypeFrom(fact(/^employment type$/i)) },
    });
  },
};

export function bambooJobId(url: URL): string | null {
  const careers = CAREERS_PATH.exec(url.pathname)?.[1];
  if (careers) return careers;
  const id = VIEW_PATH.test(url.pathname) ? url.searchParams.get('id') : null;
  return id && /^\d{1,10}$/.test(id) ? id : null;
}
