import { defineContentScript } from 'wxt/utils/define-content-script';
import { ANY_PAGE_READER, type AnyPageReaderScope } from '../../src/content/any-page-reader';
import { readAnyPosting } from '../../src/sites/any-page';

/**
 * The reader for pages no site adapter knows, with Readability inside. Never in the
 * manifest (registration 'runtime', no matches, so no host permission either): the
 * background injects it into the active tab when the user asks Jobmark to find a posting
 * there, and the job-page content script, in the same isolated world, picks it up.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    (globalThis as AnyPageReaderScope)[ANY_PAGE_READER] = readAnyPosting;
  },
});
