import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerContentPart } from '../src/content/content-parts';
import { pageReaders } from '../src/content/page-readers';
import { ATS_PART } from '../src/sites/reader-parts/ats';

// A reader part of the job-page content script (src/sites/reader-part.ts), injected before it
// on its sites' pages: their site adapters and listing marks.
export default defineUnlistedScript(() => offerContentPart('readers-ats', pageReaders(ATS_PART)));
