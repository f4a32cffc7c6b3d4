import type { JobStatus, ListingMark } from '../core/saved-job';
import type { RequestOf, ResponseFor } from '../messaging/protocol';
import { listingCards, type ListingCard } from '../sites/listing-cards';
import type { SiteAdapter } from '../sites/site-adapter';

/** Same as MAX_MARKS_PER_REQUEST (protocol.ts), which the content script does not import (Zod). */
const BATCH = 500;
/** Cards loaded later (infinite scroll, a new results page) are looked for at most this often. */
const RESCAN_MS = 400;

const LABELS: Record<JobStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
};

type AskMarks = (request: RequestOf<'jobs/marks'>) => Promise<ResponseFor<'jobs/marks'>>;

/**
 * Small status marks on the cards of saved jobs on a results page or board index. All the
 * cards in view are looked up in one message; cards that appear later get theirs on the next
 * pass. A mark is text in a closed shadow root, so the page's styles and scripts do not
 * reach it and nothing from the page is set as markup.
 */
export class ListingMarks {
  private readonly seen = new WeakSet<Element>();
  private readonly marked = new Set<Element>();
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly adapters: readonly SiteAdapter[],
    private readonly ask: AskMarks,
  ) {}

  start(): void {
    void this.pass();
    this.observer = new MutationObserver(() => {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        void this.pass();
      }, RESCAN_MS);
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    clearTimeout(this.timer);
    for (const mark of this.marked) mark.remove();
    this.marked.clear();
  }

  /** Marks the cards not looked at yet. */
  async pass(): Promise<void> {
    // The address now: single-page sites change it without reloading.
    const cards = listingCards(this.doc, new URL(this.doc.baseURI), this.adapters, this.seen);
    for (let start = 0; start < cards.length && !this.stopped; start += BATCH) {
      const batch = cards.slice(start, start + BATCH);
      try {
        const { marks } = await this.ask({ type: 'jobs/marks', urls: [...new Set(batch.map((card) => card.postingUrl))] });
        if (!this.stopped) for (const card of batch) if (marks[card.postingUrl]) this.mark(card, marks[card.postingUrl]!);
      } catch (error) {
        console.warn('[jobmark] could not look up the jobs on this page', error);
        return;
      }
    }
  }

  private mark({ card, link }: ListingCard, { status, closed }: ListingMark): void {
    if (card.querySelector('[data-jobmark-mark]')) return;
    const host = this.doc.createElement('span');
    host.setAttribute('data-jobmark-mark', status);
    if (closed) host.setAttribute('data-jobmark-closed', '');
    const label = `${LABELS[status]} in Jobmark${closed ? '; a visit saw the posting closed' : ''}`;
    host.setAttribute('title', label);
    const shadow = host.attachShadow({ mode: 'closed' });
    const text = this.doc.createElement('span');
    text.textContent = closed ? `${LABELS[status]} · Closed` : LABELS[status];
    text.setAttribute('aria-label', label);
    text.setAttribute(
      'style',
      'all:initial;display:inline-block;margin-inline-start:6px;padding:1px 6px;border-radius:9px;font:600 11px/16px system-ui,sans-serif;vertical-align:middle;color:#fff;background:' +
        (closed || status === 'rejected' ? '#6b7280' : status === 'saved' ? '#2563eb' : '#15803d'),
    );
    shadow.append(text);
    link.after(host);
    this.marked.add(host);
  }
}
