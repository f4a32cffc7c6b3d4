import type { SiteAdapter } from './site-adapter';

/** A card on a search result page or board index: the element to mark and the posting it leads to. */
export interface ListingCard {
  card: Element;
  /** Where the mark goes: right after the card's job link. */
  link: Element;
  /** The address the posting is saved under (the adapter's canonical form). */
  postingUrl: string;
}

/** A results page shows tens of cards; an endless feed is read this far and no further per pass. */
const MAX_LINKS_PER_PASS = 3_000;
/** What holds one result on the boards Jobmark knows; else the link is the card (Ashby's are). */
const CARD = 'li, article, tr, [data-job-id], [data-occludable-job-id], [data-jk], [data-jobid]';

/**
 * The job cards under `root`: each link one of `adapters` recognises as a posting, grouped
 * by the card around it (a card links to its job from the title, the logo and the company
 * line; it is one card). `seen` links are skipped, so a page that grows (infinite scroll)
 * is read only for what is new. The open job's own title is not a card.
 */
export function listingCards(root: ParentNode, base: URL, adapters: readonly SiteAdapter[], seen: WeakSet<Element>): ListingCard[] {
  const cards: ListingCard[] = [];
  const carded = new Set<Element>();
  let read = 0;
  for (const link of root.querySelectorAll('a[href]')) {
    if (seen.has(link)) continue;
    if (read++ >= MAX_LINKS_PER_PASS) break;
    seen.add(link);
    const postingUrl = postingUrlOf(link.getAttribute('href') ?? '', base, adapters);
    if (!postingUrl) continue;
    const container = link.closest(CARD);
    // A heading's link outside any card is the title of the job open beside the results
    // (LinkedIn's, SEEK's pane): the badge speaks for that one.
    if (!container && link.closest('h1, h2, h3, h4, h5, h6')) continue;
    const card = container ?? link;
    if (carded.has(card)) continue;
    carded.add(card);
    cards.push({ card, link, postingUrl });
  }
  return cards;
}

function postingUrlOf(href: string, base: URL, adapters: readonly SiteAdapter[]): string | null {
  if (href.length > 2_000 || href.startsWith('#') || href.startsWith('javascript:')) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  for (const adapter of adapters) {
    try {
      const posting = adapter.listingPostingUrl?.(url);
      if (posting) return posting;
    } catch {
      // A broken adapter leaves its cards unmarked, never the others'.
    }
  }
  return null;
}
