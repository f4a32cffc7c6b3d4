import type { RawPosting, RawSection } from '../core/raw-posting';
import { employmentTypeFrom } from './hint-employment-type';
import { scanHtml, VOID_ELEMENTS } from './html-tokens';
import { htmlToSections } from './html-to-sections';
import { parseJsonLd } from './json-ld';
import { parseJsonLenient } from './json-lenient';
import { textField } from './text-field';

/*
 * A saved job page. JSON-LD JobPosting blocks give the posting when the page has them
 * (source 'jsonld'); otherwise the page's own content does (source 'html'): the largest
 * element marked as the job description, else <main>/<article>/[role=main], else the body
 * without navigation, header, footer, sidebars and forms. The title is the first h1, else
 * og:title or <title> without their " | Site" suffix, else the first heading of any level.
 */

/** Open elements tracked at most; a real page nests a few dozen deep. */
const MAX_DEPTH = 512;
/** How far up the stack an end tag looks for its element; further, it is a stray end tag. */
const MAX_CLOSE_SEARCH = 64;
/** A region marked as the description must hold this much text to be believed. */
const MIN_DESCRIPTION_TEXT = 200;
/** A marked field (company, location) longer than this caught a whole block, not the field. */
const MAX_FIELD_TEXT = 150;

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const CHROME = new Set(['nav', 'footer', 'aside', 'form']);
/** Block elements that end an open <p> (HTML's implied end tags, the cases that matter here). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);

/** id, class and test hooks that mark the job description or a field. */
const DESCRIPTION_MARK = /description|job[-_]?details?\b|jobad|job[-_]?ad[-_]?details|job[-_]?(?:body|content)|posting[-_]?(?:body|content)/i;
const COMPANY_MARK = /\b(?:company|employer|advertiser|hiring[-_]?organi[sz]ation)[-_]?name\b|\bhiringorganization\b/i;
const LOCATION_MARK = /\bjob[-_]?(?:detail[-_]?)?location\b|\bjoblocation\b|\bposting[-_]?location\b/i;
const WORK_TYPE_MARK = /\bjob[-_]?(?:detail[-_]?)?work[-_]?type\b|\bemployment[-_]?type\b/i;

type Field = 'company' | 'location' | 'workType' | 'h1' | 'heading';
type RegionKind = 'description' | 'main';

interface OpenElement {
  name: string;
  start: number;
  textAtOpen: number;
  region: RegionKind | null;
  field: Field | null;
}

interface Region {
  kind: RegionKind;
  start: number;
  end: number;
  textLength: number;
}

export interface HtmlPageFacts {
  title: string | null;
  ogTitle: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  fields: Partial<Record<Field, string>>;
  /** h1s inside <main>/<article> win over a logo h1 in the site header. */
  h1InMain: string | null;
  jsonLd: string[];
  regions: Region[];
}

/** Markup that says "HTML document" near the top, or a tag soup with block elements. */
export function looksLikeHtmlPage(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  return head.startsWith('<') && /<(?:head|body|meta|title|div|p|h[1-6]|main|article|section|ul)[\s>/]/.test(head);
}

export function parseHtmlPage(html: string, fallbackUrl: string | null = null): RawPosting[] {
  const facts = scanPage(html);
  const pageUrl = httpUrl(facts.canonicalUrl) ?? fallbackUrl;

  const fromJsonLd = facts.jsonLd.flatMap((block) => parseJsonLd(parseJsonLenient(block), pageUrl));
  if (fromJsonLd.length > 0) {
    return fromJsonLd.map((posting) => ({
      ...posting,
      company: posting.company ?? facts.fields.company ?? null,
      location: posting.location ?? facts.fields.location ?? null,
      // A JobPosting without a description still has its page: read the body instead.
      sections: posting.sections.length > 0 || fromJsonLd.length > 1 ? posting.sections : contentSections(html, facts.regions),
    }));
  }

  const title =
    facts.h1InMain ??
    facts.fields.h1 ??
    withoutSiteSuffix(facts.ogTitle) ??
    withoutSiteSuffix(facts.title) ??
    facts.fields.heading;
  if (!title) return [];
  const workType = facts.fields.workType ?? null;
  return [
    {
      source: 'html',
      url: pageUrl,
      title,
      company: facts.fields.company ?? facts.siteName,
      location: facts.fields.location ?? null,
      // The h1 that gave the title does not also head the opening section.
      sections: contentSections(html, facts.regions).map((s) => (s.heading === title ? { heading: '', text: s.text } : s)),
      hints: { employmentType: employmentTypeFrom(workType) },
    },
  ];
}

function contentSections(html: string, regions: readonly Region[]): RawSection[] {
  const largest = (kind: RegionKind, min: number) =>
    regions
      .filter((r) => r.kind === kind && r.textLength >= min)
      .reduce<Region | null>((best, r) => (best === null || r.textLength > best.textLength ? r : best), null);
  const region = largest('description', MIN_DESCRIPTION_TEXT) ?? largest('main', 1);
  return htmlToSections(region ? html.slice(region.start, region.end) : html, { dropPageChrome: true });
}

/** One linear pass over the page: metadata, JSON-LD text, marked fields, candidate regions. */
export function scanPage(html: string): HtmlPageFacts {
  const facts: HtmlPageFacts = {
    title: null, ogTitle: null, siteName: null, canonicalUrl: null, fields: {}, h1InMain: null, jsonLd: [], regions: [],
  };
  const stack: OpenElement[] = [];
  let textLength = 0;
  let hiddenDepth = 0;
  let chromeDepth = 0;
  let mainDepth = 0;
  let svgDepth = 0;
  let titleText: string[] | null = null;
  let jsonLdText: string[] | null = null;
  const captures = new Map<Field, string[]>();

  const pop = (end: number) => {
    const element = stack.pop();
    if (!element) return;
    if (HIDDEN.has(element.name)) hiddenDepth--;
    if (CHROME.has(element.name)) chromeDepth--;
    if (element.name === 'svg') svgDepth--;
    if (element.region === 'main') mainDepth--;
    if (element.region) {
      facts.regions.push({ kind: element.region, start: element.start, end, textLength: textLength - element.textAtOpen });
    }
    if (element.field) {
      const text = textField((captures.get(element.field) ?? []).join(''));
      captures.delete(element.field);
      if (text && text.length <= MAX_FIELD_TEXT) {
        if (element.field === 'h1' && mainDepth > 0 && !facts.h1InMain) facts.h1InMain = text;
        if (!facts.fields[element.field]) facts.fields[element.field] = text;
      }
    }
  };

  scanHtml(html, {
    openTag(name, attributes, start) {
      if (name === 'meta') return readMeta(attributes, facts);
      if (name === 'link' && (attributes.rel ?? '').toLowerCase() === 'canonical') {
        facts.canonicalUrl ??= attributes.href ?? null;
        return;
      }
      if (name === 'title' && facts.title === null && titleText === null && svgDepth === 0) titleText = [];
      if (name === 'script' && (attributes.type ?? '').toLowerCase().includes('ld+json')) jsonLdText = [];
      // Deeper than any real page: further elements are read as text, not tracked.
      if (VOID_ELEMENTS.has(name) || stack.length >= MAX_DEPTH) return;

      const top = stack[stack.length - 1];
      if (top && ((top.name === 'p' && CLOSES_P.has(name)) || (top.name === name && (name === 'li' || name === 'td' || name === 'tr' || name === 'dt' || name === 'dd')))) {
        pop(start);
      }
      const hooks = markHooks(attributes);
      const marked = hooks !== '' && hiddenDepth === 0 && chromeDepth === 0;
      const region: RegionKind | null =
        name === 'main' || name === 'article' || attributes.role === 'main'
          ? 'main'
          : marked && DESCRIPTION_MARK.test(hooks)
            ? 'description'
            : null;
      let field: Field | null = null;
      if (hiddenDepth === 0 && chromeDepth === 0) {
        if (name === 'h1') field = 'h1';
        else if (HEADINGS.has(name)) field = 'heading';
        else if (marked && COMPANY_MARK.test(hooks)) field = 'company';
        else if (marked && LOCATION_MARK.test(hooks)) field = 'location';
        else if (marked && WORK_TYPE_MARK.test(hooks)) field = 'workType';
      }
      if (field && (captures.has(field) || (field !== 'h1' && facts.fields[field] !== undefined))) field = null;
      if (field) captures.set(field, []);
      stack.push({ name, start, textAtOpen: textLength, region, field });
      if (HIDDEN.has(name)) hiddenDepth++;
      if (CHROME.has(name)) chromeDepth++;
      if (name === 'svg') svgDepth++;
      if (region === 'main') mainDepth++;
    },
    closeTag(name, start, end) {
      if (name === 'title' && titleText !== null) {
        facts.title = textField(titleText.join(''));
        titleText = null;
      }
      if (name === 'script' && jsonLdText !== null) {
        facts.jsonLd.push(jsonLdText.join(''));
        jsonLdText = null;
      }
      const floor = Math.max(0, stack.length - MAX_CLOSE_SEARCH);
      for (let i = stack.length - 1; i >= floor; i--) {
        if (stack[i]!.name !== name) continue;
        while (stack.length > i) pop(stack.length - 1 === i ? end : start);
        return;
      }
    },
    text(text) {
      if (titleText) titleText.push(text);
      if (jsonLdText) jsonLdText.push(text);
      if (hiddenDepth > 0) return;
      textLength += text.trim().length;
      for (const pieces of captures.values()) pieces.push(text);
    },
  });
  while (stack.length > 0) pop(html.length);
  return facts;
}

/** The attributes that name what an element is (id, class, test hooks, microdata), or "". */
function markHooks(attributes: Readonly<Record<string, string>>): string {
  const { id, class: className, itemprop } = attributes;
  const automation = attributes['data-automation'];
  const testId = attributes['data-testid'];
  if (!id && !className && !itemprop && !automation && !testId) return '';
  return `${id ?? ''} ${className ?? ''} ${automation ?? ''} ${testId ?? ''} ${itemprop ?? ''}`;
}

function readMeta(attributes: Readonly<Record<string, string>>, facts: HtmlPageFacts): void {
  const key = (attributes.property ?? attributes.name ?? '').toLowerCase();
  const content = textField(attributes.content);
  if (!content) return;
  if (key === 'og:title' || key === 'twitter:title') facts.ogTitle ??= content;
  else if (key === 'og:site_name') facts.siteName ??= content;
  else if (key === 'og:url') facts.canonicalUrl ??= content;
}

/** "Senior Engineer | Acme Careers" → "Senior Engineer": one short trailing site segment goes. */
export function withoutSiteSuffix(title: string | null): string | null {
  if (!title) return null;
  let cut = -1;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' · ']) cut = Math.max(cut, title.lastIndexOf(separator));
  if (cut <= 0) return title;
  const suffix = title.slice(cut + 3).trim();
  return suffix.length <= 40 ? title.slice(0, cut).trim() || title : title;
}

function httpUrl(value: string | null): string | null {
  return value && /^https?:\/\/\S+$/i.test(value) ? value : null;
}
