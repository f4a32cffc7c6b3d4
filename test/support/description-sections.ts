import type { RawSection } from '../../src/core/raw-posting';
import { domToSections } from '../../src/sites/dom-to-sections';
import { plainTextToSections } from '../../src/sites/plain-text-sections';

/** A real tag: "<p", "</div", "<br/>", "<!--". */
const HAS_TAG = /<[a-zA-Z!/]/;

/**
 * Sections of a description string a page carries as data (JSON-LD `description`): HTML,
 * HTML that was itself HTML-escaped ("&lt;p&gt;…"), or plain text with line breaks — the
 * DOM twin of src/sources/html-description.ts (DOM_READERS, dom-readers.ts). HTML is parsed with DOMParser
 * into an inert document (no scripts run, no images load) and read with domToSections.
 */
export function descriptionToSectionsInDom(description: string): RawSection[] {
  if (HAS_TAG.test(description)) return htmlSections(description);
  if (description.includes('&lt;')) {
    const unescaped = parseHtml(description)?.body?.textContent ?? '';
    if (HAS_TAG.test(unescaped)) return htmlSections(unescaped);
  }
  const text = description.includes('&') ? (parseHtml(description)?.body?.textContent ?? description) : description;
  return plainTextToSections(text);
}

function htmlSections(html: string): RawSection[] {
  const body = parseHtml(html)?.body;
  return body ? domToSections(body) : [];
}

function parseHtml(html: string): Document | null {
  if (typeof DOMParser === 'undefined') return null;
  return new DOMParser().parseFromString(html, 'text/html');
}
