import { employmentTypeFrom } from '../sources/hint-employment-type';
import { workplaceFrom } from '../sources/hint-workplace';
import { cleanText, fieldText, firstElement, firstElementWithText, firstText, textOf } from './dom-query';
import { domToSections } from './dom-to-sections';
import { embeddedLinkedInJob } from './linkedin-embedded';
import { aboutTheJobHeading, chipsIn, companyIn, descriptionUnder, detailsAround, fromDocumentTitle, locationIn, shownJobIds, titleIn } from './linkedin-signals';
import { makePagePosting } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import { plainTextToSections } from './plain-text-sections';
import type { SiteAdapter } from './site-adapter';

const HOST = /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$/;
const VIEW_PATH = /^\/jobs\/view\/(?:[^/]{0,200}-)?(\d{5,20})\/?$/;
const PANE_PATH = /^\/jobs\/(?:search|search-results|collections)(?:\/|$)/;
/** Pay as LinkedIn's chips write it: "$120K/yr - $150K/yr", "€45/hr". */
const PAY = /\d.{0,20}\/(?:yr|hr|mo|year|hour|month)\b|[$€£¥₹]\s?\d/;

/** A job's own page (/jobs/view/{id}) and the detail pane of search and collection pages. */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  label: 'LinkedIn',
  access: 'install',
  matches: [
    'https://www.linkedin.com/jobs/*',
    'https://*.linkedin.com/jobs/*',
  ],
  exampleUrls: [
    'https://www.linkedin.com/jobs/view/4012345678/',
    'https://www.linkedin.com/jobs/view/senior-backend-engineer-at-acme-robotics-4012345678?trk=public_jobs',
    'https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=backend',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678',
  ],
  matchesUrl: (url) => HOST.test(url.hostname) && linkedinJobId(url) !== null,
  listingExampleUrls: ['https://www.linkedin.com/jobs/search/?keywords=data%20engineer&location=Portugal', 'https://www.linkedin.com/jobs/collections/recommended/'],
  signals(doc, url) {
    const id = linkedinJobId(url);
    return {
      '"About the job" heading': aboutTheJobHeading(doc) !== null,
      'the job id shown on the page': id !== null && shownJobIds(doc).includes(id),
      '/company/ link': companyIn(doc) !== null,
      '"Title | Company | LinkedIn" tab title': fromDocumentTitle(doc).title !== null,
      'job JSON embedded in the page': id !== null && embeddedLinkedInJob(doc, id) !== null,
    };
  },
  listingPostingUrl(link) {
    const id = HOST.test(link.hostname) ? linkedinJobId(link) : null;
    return id ? `https://www.linkedin.com/jobs/view/${id}/` : null;
  },

  extract(doc, url) {
    const id = linkedinJobId(url);
    if (!id) return null;
    const canonical = `https://www.linkedin.com/jobs/view/${id}/`;
    const onViewPage = VIEW_PATH.test(url.pathname);
    // Class names first (fast, and what guest pages still use), then signals that survive redesigns.
    const aboutHeading = aboutTheJobHeading(doc);
    const root = firstElement(doc, ['.jobs-search__job-details--wrapper', '.jobs-search__job-details', '.scaffold-layout__detail', '.jobs-details']) ?? (aboutHeading && detailsAround(aboutHeading)) ?? doc;
    // A search pane still showing the previous job: wait for the one in the URL.
    const shown = shownJobIds(root);
    if (shown.length > 0 && !shown.includes(id)) return null;
    const description =
      firstElementWithText(root, ['#job-details', '.jobs-description__content', '.jobs-box__html-content', '.show-more-less-html__markup', '.description__text']) ??
      (aboutHeading && descriptionUnder(aboutHeading));
    const embedded = description ? null : embeddedLinkedInJob(doc, id);
    const tabTitle = onViewPage ? fromDocumentTitle(doc) : { title: null, company: null };
    const chips = [...chipTexts(root), ...(description && !root.querySelector('.job-details-jobs-unified-top-card__job-insight, .job-details-fit-level-preferences') ? chipsIn(root, description) : [])];
    const topLine = firstText(root, ['.job-details-jobs-unified-top-card__tertiary-description-container', '.job-details-jobs-unified-top-card__primary-description-container', '.jobs-unified-top-card__bullet']);
    return makePagePosting('linkedin', canonical, onViewPage ? pageJobPostingNodes(doc) : [], {
      title:
        firstText(root, ['.job-details-jobs-unified-top-card__job-title h1', '.job-details-jobs-unified-top-card__job-title', '.jobs-unified-top-card__job-title', 'h1.top-card-layout__title', '.topcard__title']) ??
        (root !== doc || onViewPage ? titleIn(root, id) : null) ??
        tabTitle.title ??
        fieldText(embedded?.title ?? null),
      company:
        firstText(root, ['.job-details-jobs-unified-top-card__company-name a', '.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name', 'a.topcard__org-name-link', '.topcard__flavor a']) ??
        companyIn(root) ??
        tabTitle.company ??
        fieldText(embedded?.company ?? null),
      // "Berlin, Germany · 2 weeks ago · 87 applicants": the place comes first.
      location: cleanText(topLine?.split('·')[0]) ?? firstText(root, ['.topcard__flavor--bullet']) ?? locationIn(root, description) ?? fieldText(embedded?.location ?? null),
      sections: description ? domToSections(description) : embedded?.description ? plainTextToSections(embedded.description) : [],
      salaryText: chips.find((chip) => PAY.test(chip)) ?? firstText(root, ['.compensation__salary', '.salary']),
      hints: {
        workplace: chips.map(workplaceFrom).find(Boolean) ?? null,
        employmentType: chips.map(employmentTypeFrom).find(Boolean) ?? employmentTypeFrom(criterion(root, /employment type/i)),
      },
    });
  },
};

/** The job id a LinkedIn URL is about: /jobs/view/{…-}{id}, or ?currentJobId= on a search page. */
export function linkedinJobId(url: URL): string | null {
  const view = VIEW_PATH.exec(url.pathname);
  if (view) return view[1] ?? null;
  const current = url.searchParams.get('currentJobId');
  return PANE_PATH.test(url.pathname) && current && /^\d{5,20}$/.test(current) ? current : null;
}

/** The short facts LinkedIn shows as chips or "·"-separated insights (pay, workplace, job type), without screen-reader extras. */
function chipTexts(root: ParentNode): string[] {
  const chips = root.querySelectorAll(
    '.job-details-preferences-and-skills__pill, .job-details-fit-level-preferences button, .job-details-jobs-unified-top-card__job-insight, .jobs-unified-top-card__job-insight',
  );
  return Array.from(chips)
    .slice(0, 20)
    .flatMap((chip) => (textOf(chip.querySelector('[aria-hidden="true"]') ?? chip) ?? '').slice(0, 300).split('·'))
    .flatMap((part) => {
      const text = cleanText(part);
      return text && text.length <= 100 ? [text] : [];
    });
}

/** A guest page's "Employment type: Full-time" criteria row. */
function criterion(root: ParentNode, label: RegExp): string | null {
  for (const item of Array.from(root.querySelectorAll('.description__job-criteria-item')).slice(0, 10)) {
    if (label.test(textOf(item.querySelector('.description__job-criteria-subheader')) ?? '')) {
      return textOf(item.querySelector('.description__job-criteria-text'));
    }
  }
  return null;
}
