import { decodeHTML } from 'entities';
import type { RawSection } from '../core/raw-posting';
import { htmlToSections } from './html-to-sections';
import { markdownToSections } from './markdown-sections';

/** A real tag: "<p", "</div", "<br/>", "<!--". */
const HAS_TAG = /<[a-zA-Z!/]/;

/**
 * Sections of a description field that may be HTML, HTML that was itself HTML-escaped
 * ("&lt;p&gt;…", as Greenhouse's API and some JSON-LD send it) or plain text with line
 * breaks (some JSON-LD), each read the way that keeps its paragraphs apart.
 */
export function descriptionToSections(description: string): RawSection[] {
  if (HAS_TAG.test(description)) return htmlToSections(description);
  if (description.includes('&lt;')) {
    const unescaped = decodeHTML(description);
    if (HAS_TAG.test(unescaped)) return htmlToSections(unescaped);
  }
  return markdownToSections(description.includes('&') ? decodeHTML(description) : description, { joinSoftWraps: false });
}
