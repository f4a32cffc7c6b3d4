import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerContentPart } from '../src/content/content-parts';
import { pageReaders } from '../src/content/page-readers';
import { BOARDS_PART } from '../src/sites/reader-parts/boards';

// A reader part of the job-page content script (src/sites/reader-part.ts), injected before it
// on its sites' pages: their site adapters and listing marks.
export default defineUnlistedScript(() => offerContentPart('readers-boards', pageReaders(BOARDS_PART)));
