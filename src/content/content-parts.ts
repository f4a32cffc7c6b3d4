import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentPart, RequestOf, ResponseFor } from '../messaging/protocol';
import type { AdapterSet } from '../sites/adapter-set';
import type { BadgeProps } from '../ui/badge/badge';
import type { HighlightTerm } from '../core/highlight-term';
import type { HighlightHandle, HighlightOptions } from './highlights';

/**
 * The job-page content script is small: what only some pages need is built as parts of its
 * own (the unlisted scripts entrypoints/page-*.ts). A page's reader part (its site adapters,
 * src/sites/reader-part.ts) is injected before the script, by the manifest or the run-time
 * registration; the badge part is injected when the page shows a posting. Each part runs in
 * the same isolated world as the content script and leaves what it offers under a global
 * symbol, as the any-page reader does (any-page-reader.ts).
 */
export type { ContentPart };

/** The site adapters of one reader part, and the listing marks of its sites. */
export interface PageReaders extends AdapterSet {
  /** Marks the cards of saved jobs on a results page; the returned function takes them away. */
  startListingMarks(doc: Document, url: URL, ask: (request: RequestOf<'jobs/marks'>) => Promise<ResponseFor<'jobs/marks'>>): (() => void) | null;
}

/** The badge, its notices and the highlighter: Preact and the badge's styles live here. */
export interface BadgeUi {
  /** The badge's shadow-root host; nothing is visible until something renders in it. */
  createHost(ctx: ContentScriptContext): Promise<ShadowRootContentScriptUi<void>>;
  showBadge(container: Element, props: BadgeProps): void;
  showNotice(container: Element, message: string, onClose: () => void): void;
  highlightSkills(root: Element, terms: readonly HighlightTerm[], options?: HighlightOptions): HighlightHandle;
}

type PartsOffered = { [P in ContentPart]: P extends 'badge' ? BadgeUi : PageReaders };

/**
 * Under the extension's version: after an update, a tab's isolated world may still hold the
 * old version's parts, which the new script must not pick up.
 */
const partKey = (part: ContentPart) => Symbol.for(`jobmark.content-part.${part}@${browser.runtime.getManifest().version}`);

/** Where a content script waiting for a part leaves the function the part's script calls on arrival. */
const arrivalKey = (part: ContentPart) => Symbol.for(`jobmark.content-part-arrival.${part}@${browser.runtime.getManifest().version}`);

/** Called by a part's own script: what it offers the content script, which is told at once. */
export function offerContentPart<P extends ContentPart>(part: P, offered: PartsOffered[P]): void {
  const scope = globalThis as Record<symbol, unknown>;
  scope[partKey(part)] = offered;
  const arrived = scope[arrivalKey(part)];
  if (typeof arrived === 'function') arrived();
}

const loading = new Map<ContentPart, Promise<unknown>>();

/**
 * A part: the one already injected, or else injected once per page. A content script cannot
 * inject a script, and importing one would make the part web-accessible, so that any page
 * could probe for Jobmark: the background injects it into this frame (`inject`, the
 * page/inject-part request). Fails with a message the user can act on when it cannot be
 * loaded, say after the extension was updated under an open tab.
 */
export function loadContentPart<P extends ContentPart>(part: P, inject: (part: ContentPart) => Promise<unknown>): Promise<PartsOffered[P]> {
  let load = loading.get(part);
  if (!load) {
    const scope = globalThis as Record<symbol, unknown>;
    load = new Promise((resolve, reject) => {
      if (scope[partKey(part)]) return resolve(scope[partKey(part)]);
      // The part is used the moment its script has run, not when the background's answer to
      // the injection has come back through the browser (a few milliseconds of the badge's time).
      scope[arrivalKey(part)] = () => resolve(scope[partKey(part)]);
      const settle = (failure: unknown) => {
        delete scope[arrivalKey(part)];
        if (scope[partKey(part)]) resolve(scope[partKey(part)]);
        else reject(failure instanceof Error ? failure : new Error(`Jobmark could not load a part of itself (${part}). Reload the page.`));
      };
      inject(part).then(() => settle(null), settle);
    });
    // A failed load may be retried by the next annotation (a reload of the extension, say).
    load.catch(() => loading.delete(part));
    loading.set(part, load);
  }
  return load as Promise<PartsOffered[P]>;
}
