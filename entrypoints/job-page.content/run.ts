import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { isGoneStatus } from '../../src/core/gone-status';
import { readAnyPageIfInjected } from '../../src/content/any-page-reader';
import { loadContentPart, type BadgeUi, type ContentPart, type PageReaders } from '../../src/content/content-parts';
import type { HighlightHandle } from '../../src/content/highlights';
import { pageClosedSignals, pageHttpStatus } from '../../src/content/page-closed';
import { pageSignals, type PageStatus } from '../../src/content/page-status';
import { ask, isPageCommand } from '../../src/content/page-messages';
import { waitForPosting } from '../../src/content/wait-for-posting';
import type { AnnotateResponse } from '../../src/messaging/protocol';
import { greenhouseJobRef } from '../../src/sites/greenhouse-job-ref';
import { readerPartFor } from '../../src/sites/reader-part';
import type { Corner, SaveState } from '../../src/ui/badge/badge';

type Annotated = Extract<AnnotateResponse, { job: object }>;

/** How long a client-rendered page may take to show its posting. */
const RENDER_TIMEOUT_MS = 8_000;
const RENDER_RETRY_MS = 150;
/** Guards against a second copy (manifest + all-sites registration + toolbar injection). */
const LOADED = Symbol.for('jobmark.job-page');

/**
 * The content script: find the posting, ask the background to analyse it, show the badge and
 * the highlights, save on request. Re-runs on SPA navigation; everything it adds to the page
 * is removed when the page changes or the extension reloads.
 */
export async function runJobPage(ctx: ContentScriptContext): Promise<void> {
  const scope = globalThis as { [LOADED]?: boolean };
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  ctx.onInvalidated(() => void (scope[LOADED] = false));

  const started = performance.now();
  // The site adapters for this host (src/content/content-parts.ts), injected before this
  // script; the host, and so the part, stays the same across in-app navigations.
  const readers = readersFor(new URL(location.href));
  // Marks on the cards of saved jobs, for as long as the tab is on this site: an in-app
  // navigation (a pane switch, the next results page) keeps them and marks what is new.
  void readers
    .then((loaded) => {
      const stop = ctx.isInvalid ? null : loaded.startListingMarks(document, new URL(location.href), (request) => ask(request));
      if (stop) ctx.onInvalidated(stop);
    })
    .catch((error) => console.warn('[jobmark] listing marks not shown', error));
  let page = new PageAnnotation(ctx, started);
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    page.remove();
    // WXT reports the navigation as it starts (Navigation API), before location.href and the
    // page's DOM change: read the new URL from the event, and give the app a moment to render.
    const next = new PageAnnotation(ctx, performance.now(), event.newUrl, false);
    page = next;
    ctx.setTimeout(() => void next.annotate(false), RENDER_RETRY_MS);
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPageCommand(message) || ctx.isInvalid) return undefined;
    if (message.type === 'page/status') return page.status();
    return message.type === 'page/save' ? page.saveFromCommand() : page.annotate(true);
  });
  browser.storage.onChanged.addListener(() => {
    // The profile or a display setting changed (options page, another tab): refresh.
    if (!ctx.isInvalid && page.annotated) void page.annotate(false);
  });
  await page.annotate(false);
}

/** The part of the content script holding the site adapters for pages at this address. */
function readersFor(url: URL): Promise<PageReaders> {
  return loadContentPart(`readers-${readerPartFor(url)}`, injectPart);
}

/** The background injects a part this page needs into it (content-parts.ts). */
function injectPart(part: ContentPart): Promise<unknown> {
  return ask({ type: 'page/inject-part', part });
}

/** One page's annotation: its badge, its highlights and its save state. */
class PageAnnotation {
  annotated: Annotated | null = null;
  private save: SaveState = { status: 'idle' };
  private ui: ShadowRootContentScriptUi<void> | null = null;
  /** The badge part (content-parts.ts), once loaded: set before `ui` is. */
  private badgeUi: BadgeUi | null = null;
  private highlights: HighlightHandle | null = null;
  private readonly abort = new AbortController();
  /** The Greenhouse API's refinement of the badge, while it is on its way. */
  private refining: Promise<void> | null = null;
  private removed = false;
  private state: PageStatus['state'] = 'reading';
  private waitedMs = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly started: number,
    /** The page's address; after an in-app navigation, the one it is navigating to. */
    private readonly pageUrl: URL = new URL(location.href),
    /** The document as loaded, not an in-app navigation: only then is the page's HTTP status its own. */
    private readonly initialLoad = true,
  ) {}

  /** Reads the page and shows the badge; `explicit` when the user asked, so silence is not an answer. */
  async annotate(explicit: boolean): Promise<void> {
    const url = this.pageUrl;
    const greenhouse = greenhouseJobRef(url, document);
    const waitStarted = performance.now();
    // A page served as gone (404, 410) will not render a posting later: no waiting for one.
    const initialStatus = pageHttpStatus(this.initialLoad);
    const gone = isGoneStatus(initialStatus);
    const timeoutMs = gone ? 0 : explicit ? 1_000 : RENDER_TIMEOUT_MS;
    try {
      const { findAdapters, extractPosting, listingAdaptersFor } = await readersFor(url);
      const adapter = findAdapters(url)[0] ?? null;
      const siteId = adapter?.id ?? 'jsonld';
      // A site adapter claims only posting addresses: the badge will be wanted, so its part
      // loads while the page is read (a JSON-LD page waits until a posting is found).
      if (adapter && adapter.id !== 'jsonld') loadContentPart('badge', injectPart).catch(() => undefined);
      // Asked by the user, a page no adapter reads (or one whose layout changed) still gets
      // the any-page reader, which the background injected for this request.
      const read = () => extractPosting(document, url)?.page ?? (explicit ? readAnyPageIfInjected(document, url) : null);
      // An embedded Greenhouse board shows its posting in Greenhouse's cross-origin frame,
      // never in the page: with a Greenhouse reference, a page without a posting at once is
      // not waited for, the API is asked straight away (and the page waited for only if the
      // API has nothing).
      const waitForPage = (ms: number) => waitForPosting(document, read, { timeoutMs: ms, intervalMs: RENDER_RETRY_MS, signal: this.abort.signal });
      const page = await waitForPage(greenhouse ? 0 : timeoutMs);
      const found = page && { page };
      this.waitedMs = Math.round(performance.now() - waitStarted);
      this.mark('read');
      if (this.removed) return;
      const closedSignals = pageClosedSignals(document, this.initialLoad);
      if (!found && !greenhouse) {
        // A saved job whose page now says it is closed (or is gone) is marked so in the list.
        if (closedSignals.closedNotice || gone) {
          void ask({ type: 'page/annotate', pageUrl: url.href, siteId, page: null, greenhouse: null, ...closedSignals }).catch(() => undefined);
        }
        // A listing (no job in the address) is not a failure; a posting address that never showed one is.
        this.state = adapter?.id && adapter.id !== 'jsonld' ? 'gave-up' : listingAdaptersFor(url).length > 0 ? 'listing' : 'no-posting';
        if (!explicit) return;
        return this.notice(
          this.waitedMs >= timeoutMs
            ? `Jobmark waited ${Math.round(this.waitedMs / 100) / 10} s and this page showed no job posting it could read.`
            : 'Jobmark found no job posting on this page.',
        );
      }
      // Build the (still empty, invisible) badge host while the background works.
      const mounting = this.mount();
      const request = { type: 'page/annotate', pageUrl: url.href, siteId, page: found?.page ?? null, ...closedSignals } as const;
      // The page's own text first, so the badge shows at once; Greenhouse's API (pay ranges as
      // data, usually ~200 ms away) then refines it. A page with no posting of its own (an
      // embedded board's iframe) has only the API, so it is asked straight away.
      const refineWithApi = found !== null && greenhouse !== null;
      const answer = await ask({ ...request, greenhouse: refineWithApi ? null : greenhouse, refinementFollows: refineWithApi });
      this.mark('answered');
      if (this.removed) return;
      await mounting;
      this.mark('mounted');
      if (!answer.posting && !found && greenhouse && answer.display.siteEnabled && timeoutMs > 0) {
        // The API had nothing (it is down, say): the page may still render the posting.
        const later = await waitForPage(timeoutMs);
        this.waitedMs = Math.round(performance.now() - waitStarted);
        if (this.removed) return;
        const fromPage = later ? await ask({ ...request, page: later, greenhouse: null }) : null;
        if (this.removed) return;
        if (fromPage?.posting) return await this.show(fromPage as Annotated);
      }
      if (!answer.posting) {
        this.state = answer.display.siteEnabled ? 'no-posting' : 'off';
        this.unmount();
        if (explicit) await this.notice(answer.display.siteEnabled ? 'Jobmark found no job posting on this page.' : 'Jobmark is turned off on this site. Turn it back on in Jobmark’s options.');
        return;
      }
      await this.show(answer as Annotated);
      if (refineWithApi) this.refining = this.refine({ ...request, greenhouse, apiRefinement: true });
    } catch (error) {
      console.warn('[jobmark] could not annotate this page', error);
      if (!this.annotated) this.unmount();
      if (explicit) await this.notice(error instanceof Error ? error.message : 'Jobmark could not read this page.');
    }
  }

  /** The Greenhouse API's answer replaces the page's reading when the API had the posting. */
  private async refine(request: Extract<Parameters<typeof ask>[0], { type: 'page/annotate' }>): Promise<void> {
    try {
      const answer = await ask(request);
      if (!this.removed && answer.posting) await this.show(answer as Annotated);
    } catch (error) {
      console.warn('[jobmark] the job-board API answer could not be used', error);
    }
  }

  /** What the popup shows about this page (PageStatus): never any of its text. */
  async status(): Promise<PageStatus> {
    const adapter = (await readersFor(this.pageUrl)).findAdapters(this.pageUrl)[0] ?? null;
    return {
      url: this.pageUrl.href,
      site: adapter && adapter.id !== 'jsonld' ? { id: adapter.id, label: adapter.label } : null,
      state: this.state,
      waitedMs: this.waitedMs,
      signals: pageSignals(document, this.pageUrl, adapter),
    };
  }

  private async show(answer: Annotated): Promise<void> {
    this.state = 'badge';
    this.annotated = answer;
    if (this.save.status !== 'saving') this.save = answer.savedAt ? { status: 'saved', savedAt: answer.savedAt } : { status: 'idle' };
    await this.showBadge();
    this.showHighlights();
  }

  /** Keyboard shortcut or context menu: save the posting on this page, reading it first if need be. */
  async saveFromCommand(): Promise<void> {
    if (!this.annotated) await this.annotate(true);
    if (this.annotated) await this.saveNow();
  }

  remove(): void {
    this.removed = true;
    this.abort.abort();
    this.highlights?.clear();
    this.unmount();
  }

  private async saveNow(): Promise<void> {
    if (!this.annotated || this.save.status === 'saving') return;
    this.save = { status: 'saving' };
    this.renderBadge();
    // Save what the API says when it is about to answer, not the page's rougher reading.
    await this.refining;
    const annotated = this.annotated;
    try {
      const { record } = await ask({ type: 'jobs/save', raw: annotated.posting });
      this.save = { status: 'saved', savedAt: record.savedAt };
      // The saved job is now this version: nothing has changed since.
      if (this.annotated === annotated) this.annotated = { ...annotated, changes: [] };
    } catch (error) {
      this.save = { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    this.renderBadge();
  }

  private async updateDisplay(patch: { highlightsEnabled?: boolean; badgeCollapsed?: boolean; badgeCorner?: Corner }) {
    if (!this.annotated) return;
    this.annotated = { ...this.annotated, display: { ...this.annotated.display, ...patch } };
    this.renderBadge();
    this.showHighlights();
    await ask({ type: 'display/update', ...patch }).catch((error) => console.warn('[jobmark] setting not saved', error));
  }

  private async turnOffSite(): Promise<void> {
    const siteId = (await readersFor(this.pageUrl)).findAdapters(this.pageUrl)[0]?.id ?? 'jsonld';
    this.remove();
    await ask({ type: 'display/update', disableSite: siteId }).catch((error) => console.warn('[jobmark] setting not saved', error));
  }

  private mounting: Promise<ShadowRootContentScriptUi<void>> | null = null;

  /** The badge's shadow-root host, created once; nothing visible until something renders in it. */
  private mount(): Promise<ShadowRootContentScriptUi<void>> {
    this.mounting ??= loadContentPart('badge', injectPart).then(async (badgeUi) => {
      this.mark('badgepart');
      this.badgeUi = badgeUi;
      const ui = await badgeUi.createHost(this.ctx);
      this.ui = ui;
      // Removed while the host was being built (navigation, extension reload): do not attach.
      if (!this.removed) ui.mount();
      return ui;
    });
    return this.mounting;
  }

  private unmount(): void {
    this.ui?.remove();
    this.ui = null;
    this.mounting = null;
  }

  private async showBadge(): Promise<void> {
    const ui = await this.mount();
    this.renderBadge();
    // For `npm run bench`: time from the content script's start to the first rendered badge.
    if (!ui.shadowHost.hasAttribute('data-ready-ms')) {
      ui.shadowHost.setAttribute('data-ready-ms', (performance.now() - this.started).toFixed(1));
      // Where that time went: each step's end, in ms from the script's start (which is
      // itself `started` ms after the page's navigation began).
      const steps = Object.entries(this.marks).map(([step, at]) => `${step}=${(at - this.started).toFixed(1)}`);
      ui.shadowHost.setAttribute('data-phases', `start=${this.started.toFixed(1)} ${steps.join(' ')}`);
    }
  }

  /** Ends of the first annotation's steps, for the bench's breakdown of the badge's time. */
  private readonly marks: Record<string, number> = {};

  private mark(step: string): void {
    this.marks[step] ??= performance.now();
  }

  private renderBadge(): void {
    const annotated = this.annotated;
    if (!annotated || !this.ui || !this.badgeUi) return;
    this.badgeUi.showBadge(this.ui.uiContainer, {
      job: annotated.job,
      match: annotated.match,
      conflicts: annotated.conflicts,
      changes: annotated.changes,
      closed: annotated.closed,
      save: this.save,
      now: new Date(),
      collapsed: annotated.display.badgeCollapsed,
      corner: annotated.display.badgeCorner,
      highlightsOn: annotated.display.highlightsEnabled,
      onSave: () => void this.saveNow(),
      onToggleCollapsed: (badgeCollapsed) => void this.updateDisplay({ badgeCollapsed }),
      onMove: (badgeCorner) => void this.updateDisplay({ badgeCorner }),
      onToggleHighlights: (highlightsEnabled) => void this.updateDisplay({ highlightsEnabled }),
      onTurnOffSite: () => void this.turnOffSite(),
      onOpenOptions: () => void ask({ type: 'options/open' }).catch(() => undefined),
    });
  }

  private showHighlights(): void {
    this.highlights?.clear();
    this.highlights = null;
    const annotated = this.annotated;
    if (!annotated?.display.highlightsEnabled || !document.body || !this.badgeUi) return;
    this.highlights = this.badgeUi.highlightSkills(document.body, annotated.terms, {
      exclude: this.ui ? [this.ui.shadowHost] : [],
    });
  }

  private async notice(message: string): Promise<void> {
    const ui = await this.mount();
    this.badgeUi?.showNotice(ui.uiContainer, message, () => this.remove());
  }
}
