import { adapterSet } from '../sites/adapter-set';
import type { SiteAdapter } from '../sites/site-adapter';
import type { PageReaders } from './content-parts';
import { ListingMarks } from './listing-marks';

/** What a reader part (entrypoints/page-readers-*.ts) offers, over its family's adapters. */
export function pageReaders(adapters: readonly SiteAdapter[]): PageReaders {
  const set = adapterSet(adapters);
  return {
    ...set,
    startListingMarks(doc, url, ask) {
      const listing = set.listingAdaptersFor(url);
      if (listing.length === 0) return null;
      const marks = new ListingMarks(doc, listing, ask);
      marks.start();
      return () => marks.stop();
    },
  };
}
