import { cleanText, textOf } from './dom-query';

/*
 * LinkedIn's signed-in pages are rebuilt often, lately with generated class names that change
 * with every release. These readers use only what survives a redesign: the job id in links,
 * the document title, the heading over the description ("About the job", in the user's
 * language), `/company/` links, aria labels and the page's embedded JSON. The class-name
 * selectors in linkedin.ts are tried first because they are fast; these are the fallback.
 */

/** The description's heading in LinkedIn's interface languages. */
const ABOUT_THE_JOB =
  /^(?:about the job|about this job|über den job|info zum job|infos zur stelle|à propos de l[’']offre d[’']emploi|à propos du poste|acerca del empleo|sobre el empleo|acerca de la oferta|sobre a vaga|sobre o emprego|over de vacature|informazioni sull[’']offerta di lavoro|o ofercie pracy|om jobbet|om stillingen|om tjänsten|tentang pekerjaan|tentang lowongan|iş hakkında|об этой вакансии|о вакансии|关于职位|職缺簡介|求人について|職務について|채용공고 소개|채용 정보|เกี่ยวกับงาน)$/i;
/** "Berlin, Germany · 2 weeks ago · 87 applicants": the top card's line of facts. */
const FACTS_LINE = /·|\b(?:ago|applicants?|reposted|promoted|clicked apply)\b/i;
const JOB_LINK = /\/jobs\/view\/(?:[^/?#]{0,200}-)?(\d{5,20})/;
const MAX_SCAN = 3_000;

/** The heading element over the job description ("About the job"), or null. */
export function aboutTheJobHeading(root: ParentNode): Element | null {
  const candidates = root.querySelectorAll('h1, h2, h3, h4, strong, [role="heading"]');
  for (let i = 0; i < candidates.length && i < MAX_SCAN; i++) {
    const candidate = candidates[i]!;
    const text = cleanText(candidate.textContent?.slice(0, 80));
    if (text && ABOUT_THE_JOB.test(text)) return candidate;
  }
  return null;
}

/**
 * The block holding the description: the nearest ancestor of the heading whose text is
 * clearly more than the heading itself.
 */
export function descriptionUnder(heading: Element): Element | null {
  const headingLength = heading.textContent?.length ?? 0;
  let block = heading.parentElement;
  for (let depth = 0; block && depth < 6; depth++, block = block.parentElement) {
    if ((block.textContent?.length ?? 0) > headingLength + 80) return block;
  }
  return null;
}

/**
 * The job-details region: the nearest ancestor of the description heading that also holds
 * the job's title (a heading, or a link to a job). The search list beside it stays outside.
 */
export function detailsAround(heading: Element): Element | null {
  let block = heading.parentElement;
  for (let depth = 0; block && depth < 14; depth++, block = block.parentElement) {
    if (block.querySelector('h1, h2 a[href*="/jobs/view/"], a[href*="/jobs/view/"] h1, a[href*="/jobs/view/"] h2')) return block;
  }
  return null;
}

/** The job ids the region's headings link to: which job a search pane is showing. */
export function shownJobIds(root: ParentNode): string[] {
  const links = root.querySelectorAll('h1 a[href*="/jobs/view/"], h2 a[href*="/jobs/view/"], a[href*="/jobs/view/"] h1, a[href*="/jobs/view/"] h2');
  const ids: string[] = [];
  for (let i = 0; i < links.length && i < 20; i++) {
    const link = links[i]!.closest('a') ?? links[i]!;
    const id = JOB_LINK.exec(link.getAttribute('href')?.slice(0, 500) ?? '')?.[1];
    if (id) ids.push(id);
  }
  return ids;
}

/** The title: the region's first heading that links to this job, else its h1. */
export function titleIn(root: ParentNode, jobId: string): string | null {
  for (const link of Array.from(root.querySelectorAll('a[href*="/jobs/view/"]')).slice(0, 50)) {
    if (JOB_LINK.exec(link.getAttribute('href')?.slice(0, 500) ?? '')?.[1] !== jobId) continue;
    if (link.closest('h1, h2') || link.querySelector('h1, h2')) return shortText(link);
  }
  return shortText(root.querySelector('h1'));
}

/** The company: the first `/company/` link with text (the logo's link has none), or its aria label. */
export function companyIn(root: ParentNode): string | null {
  for (const link of Array.from(root.querySelectorAll('a[href*="/company/"]')).slice(0, 20)) {
    const text = shortText(link) ?? cleanText(link.getAttribute('aria-label')?.replace(/^(?:company|unternehmen|entreprise|empresa)[,:]\s*/i, '').replace(/\.$/, ''));
    if (text && !/logo/i.test(text)) return text;
  }
  return null;
}

/** The place: the first segment of the facts line above the description. */
export function locationIn(root: ParentNode, description: Element | null): string | null {
  for (const element of Array.from(root.querySelectorAll('div, span, p')).slice(0, MAX_SCAN)) {
    if (description && (description.contains(element) || element.contains(description))) continue;
    // The line itself, not the top card around it (which also holds the title and company links).
    if (element.childElementCount > 8 || element.querySelector('a, h1, h2, h3, button')) continue;
    const text = textOf(element);
    if (!text || text.length > 200 || !text.includes('·') || !FACTS_LINE.test(text)) continue;
    const first = cleanText(text.split('·')[0]);
    if (first && !/\d+\s*(?:applicants?|ago)/i.test(first)) return first;
  }
  return null;
}

/** Short texts above the description: the pay, workplace and job-type chips. */
export function chipsIn(root: ParentNode, description: Element | null): string[] {
  const chips: string[] = [];
  for (const element of Array.from(root.querySelectorAll('button, li, span')).slice(0, MAX_SCAN)) {
    if (chips.length >= 30) break;
    if (description?.contains(element)) continue;
    const text = textOf(element.querySelector('[aria-hidden="true"]') ?? element);
    if (text && text.length <= 60) chips.push(...text.split('·').map((part) => part.trim()).filter(Boolean));
  }
  return chips;
}

/** "Platform Engineer | Maplebrook Energy | LinkedIn" (a job's own page): title and company. */
export function fromDocumentTitle(doc: Document): { title: string | null; company: string | null } {
  const parts = (doc.title ?? '').replace(/^\(\d+\+?\)\s*/, '').split(' | ').map((part) => part.trim());
  if (parts.length !== 3 || parts[2] !== 'LinkedIn') return { title: null, company: null };
  return { title: cleanText(parts[0]), company: cleanText(parts[1]) };
}

function shortText(element: Element | null): string | null {
  const text = textOf(element);
  return text && text.length <= 300 ? text : null;
}
