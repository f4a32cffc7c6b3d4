import { Readability } from '@mozilla/readability';
import type { RawSection } from '../core/raw-posting';
import { blockText, cleanText, canonicalPageUrl, firstText, metaContent, textOf } from './dom-query';
import { domToSections } from './dom-to-sections';
import { makePagePosting, NO_SITE_FIELDS } from './make-page-posting';
import { pageJobPostingNodes } from './page-json-ld';
import { employmentTypeFrom } from '../sources/hint-employment-type';
import { workplaceInWords } from '../sources/hint-workplace';
import type { PagePosting } from './page-posting';

/*
 * "Find a posting on this page": the reader for a page no site adapter knows. It runs only
 * when the user asks (the popup's button, the shortcut, the context menu), from its own
 * injected script, so Readability never weighs on the always-on content script.
 */

/**
 * Words a job posting carries and an article, a shop or a feed does not. A block must hold
 * at least MIN_CUES kinds of them to be read as a posting. English, German, French, Spanish.
 */
const POSTING_CUES: readonly RegExp[] = [
  /\b(?:requirements|qualifications|what you(?:'ll| will)? (?:bring|need)|what we(?:'re| are) looking for|who you are|must have|anforderungen|ihr profil|dein profil|profil recherché|requisitos)\b/i,
  /\b(?:responsibilities|what you(?:'ll| will) (?:do|work on)|the role|about the (?:role|job|position)|your tasks|ihre aufgaben|deine aufgaben|missions?|descriptif du poste|funciones)\b/i,
  /\b(?:salary|compensation|pay range|per (?:year|annum|hour)|gehalt|pro jahr|salaire|salario)\b|[$€£]\s?\d|\d\s?[€£]/i,
  /\b(?:apply|application|bewerb\w*|postuler|candidat\w*|aplicar)\b/i,
  /\b(?:\d+\+? years?|years of experience|jahre\w* (?:berufs)?erfahrung|ans d['’]expérience|años de experiencia)\b/i,
  /\b(?:benefits|perks|we offer|what we offer|wir bieten|avantages|beneficios|equal opportunity)\b/i,
  /\b(?:full[- ]time|part[- ]time|contract|remote|hybrid|on-?site|vollzeit|teilzeit|cdi|télétravail)\b/i,
];
const MIN_CUES = 3;
/** Readability gives up on (and so never hangs over) a page with more elements than this. */
const MAX_ELEMENTS = 30_000;
const MIN_TEXT = 200;
/** "Senior Engineer at Acme", "Ingénieur chez Acme", "Ingeniera en Acme" (titles only). */
const AT_COMPANY = /^(.{3,120}?)\s+(?:at|@|chez|bei)\s+([^|–—-]{2,80})$/i;
/** What a document title adds after the job: " | Acme", " - Acme Careers", " – LinkedIn". */
const TITLE_PARTS = /\s+[|–—·•-]\s+/;

/**
 * The page's posting: its JSON-LD JobPosting first; then the main text block, if it reads
 * like a posting, with the title from h1, og:title or document.title and the company from
 * og:site_name or "… at Company". Null when nothing on the page reads like one.
 */
export function readAnyPosting(doc: Document, url: URL): PagePosting | null {
  const nodes = pageJobPostingNodes(doc);
  const block = mainBlock(doc);
  const heading = block ? titleAndCompany(doc) : null;
  const facts = block ? factsUnderTitle(doc) : null;
  // The JSON-LD posting is the base; the page's block fills what it misses, and its text
  // wins when it is the longer (many sites put only a teaser in JSON-LD): sitePosting.
  return makePagePosting('page', canonicalPageUrl(doc, url), nodes, block && heading?.title ? {
    title: heading.title,
    company: heading.company,
    location: firstText(doc, ['[itemprop="jobLocation"]', '[data-testid*="location" i]', '[class*="job-location" i]', '[class*="jobLocation"]', '[class*="location" i]']) ?? facts?.location ?? null,
    sections: withoutCallsToAction(domToSections(block)),
    salaryText: firstText(doc, ['[itemprop="baseSalary"]', '[class*="salary" i]', '[class*="compensation" i]']),
    hints: { workplace: facts?.workplace ?? null, employmentType: facts?.employmentType ?? null },
  } : NO_SITE_FIELDS);
}

/** The separators of a facts line: "Bristol, UK · Hybrid · Full time", "Berlin | Remote". */
const FACT_SEPARATOR = /\s+[·•|–—]\s+|\s+\/\s+/;
/** A place as a facts line writes it: "Bristol, United Kingdom", "São Paulo, SP, Brazil". */
const PLACE = /^\p{Lu}[\p{L}.' -]{1,40}(?:,\s*\p{Lu}[\p{L}.' -]{1,40}){1,2}$/u;

/**
 * The short line of facts most career pages put right under the job's title: where, how
 * and on what terms. Read only from the first element or two after the h1, so the
 * description's own sentences are never taken for a header.
 */
function factsUnderTitle(doc: Document): { location: string | null; workplace: ReturnType<typeof workplaceInWords>; employmentType: ReturnType<typeof employmentTypeFrom> } | null {
  const h1 = Array.from(doc.querySelectorAll('h1')).find((element) => !element.closest('nav, footer'));
  let next = h1?.nextElementSibling ?? null;
  for (let step = 0; next && step < 2; step++, next = next.nextElementSibling) {
    const line = textOf(next);
    if (!line || line.length > 200) continue;
    const parts = line.split(FACT_SEPARATOR).map((part) => part.trim());
    if (parts.length < 2) continue;
    return {
      location: parts.find((part) => PLACE.test(part) && !workplaceInWords(part) && !employmentTypeFrom(part)) ?? null,
      workplace: workplaceInWords(line),
      employmentType: parts.map((part) => employmentTypeFrom(part.split(',').at(-1))).find(Boolean) ?? null,
    };
  }
  return null;
}

/** A line that is only a button's words ("Apply now", "Jetzt bewerben"): page chrome. */
const CALL_TO_ACTION = /^(?:- )?(?:apply(?: now| for this (?:job|position|role))?|submit (?:your )?application|jetzt bewerben|bewerben|postuler|candidater|aplicar|share (?:this )?job|save job)$/i;

function withoutCallsToAction(sections: RawSection[]): RawSection[] {
  return sections.map((section) => ({ ...section, text: section.text.split('\n').filter((line) => !CALL_TO_ACTION.test(line.trim())).join('\n') }));
}

/** How many kinds of posting cue a text holds. */
export function postingCueCount(text: string): number {
  return POSTING_CUES.reduce((count, cue) => count + (cue.test(text) ? 1 : 0), 0);
}

/**
 * The block that holds the posting: what Readability takes for the page's main content
 * (it is good at dropping navigation, footers and sidebars), else <main> or <article>,
 * provided it carries posting cues.
 */
function mainBlock(doc: Document): Element | null {
  for (const candidate of [readableContent(doc), doc.querySelector('main, [role="main"]'), doc.querySelector('article')]) {
    if (!candidate) continue;
    // Blocks apart: textContent would glue "Ihr Profil" to the line after it.
    const text = blockText(candidate, '\n');
    if (text.length >= MIN_TEXT && postingCueCount(text.slice(0, 50_000)) >= MIN_CUES) return candidate;
  }
  return null;
}

function readableContent(doc: Document): Element | null {
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) return null;
  try {
    // Readability rewrites the document it reads: it gets a copy, never the user's page.
    const copy = doc.cloneNode(true) as Document;
    const article = new Readability<Element>(copy, { maxElemsToParse: MAX_ELEMENTS, serializer: (element) => element as Element }).parse();
    return article?.content ?? null;
  } catch (error) {
    console.warn('[jobmark] Readability could not read this page', error);
    return null;
  }
}

function titleAndCompany(doc: Document): { title: string | null; company: string | null } {
  const h1 = Array.from(doc.querySelectorAll('h1'))
    .slice(0, 10)
    .filter((element) => !element.closest('nav, footer'))
    .map((element) => textOf(element))
    .find((text): text is string => text !== null && text.length <= 150);
  const documentTitle = cleanText(doc.title);
  const siteName = cleanText(metaContent(doc, 'og:site_name'));
  // A career site's h1 is sometimes its own name (a logo heading), not the job.
  const jobH1 = h1 && h1 !== siteName ? h1 : undefined;
  const raw = jobH1 ?? cleanText(metaContent(doc, 'og:title')) ?? documentTitle;
  if (!raw) return { title: null, company: null };
  const atCompany = AT_COMPANY.exec(raw);
  const title = atCompany ? atCompany[1]! : jobH1 ? raw : raw.split(TITLE_PARTS)[0]!;
  const company =
    siteName ??
    (atCompany ? cleanText(atCompany[2]) : null) ??
    companyFromDocumentTitle(documentTitle, title);
  return { title: cleanText(title), company };
}

/** "Backend Engineer - Nordkap Energy": the part after the title, unless it is a site's slogan. */
function companyFromDocumentTitle(documentTitle: string | null, title: string): string | null {
  if (!documentTitle) return null;
  const parts = documentTitle.split(TITLE_PARTS);
  if (parts.length < 2 || parts[0] !== title) return null;
  const company = parts[1]!.replace(/\s+(?:careers?|jobs?|karriere)$/i, '');
  return company.length <= 80 ? cleanText(company) : null;
}
