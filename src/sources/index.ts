/**
 * File and payload readers: each input format becomes a RawPosting, which the one
 * extraction core (src/extract) then reads. Pure: no DOM, no Node APIs, no clock.
 */
export { readPostingFile, type PostingFile } from './read-posting-file';
export { PostingReadError } from './posting-read-error';
export { htmlToSections, htmlToText, type HtmlToSectionsOptions } from './html-to-sections';
export { extractJsonLdPostings, jsonLdToPosting, looksLikeJsonLd, parseJsonLd } from './json-ld';
export { markdownToSections } from './markdown-sections';
export { looksLikeRemoteWlb, parseRemoteWlb } from './remotewlb';
export { looksLikeFrontMatter, parseFrontMatter } from './front-matter';
export { looksLikeMarkdown, parseMarkdown } from './markdown';
export { looksLikeGreenhouse, parseGreenhouse } from './greenhouse';
export { looksLikeLever, parseLever } from './lever';
export { looksLikeAshby, parseAshby } from './ashby';
export { looksLikeWorkable, parseWorkable } from './workable';
export { looksLikeHtmlPage, parseHtmlPage } from './html-page';
