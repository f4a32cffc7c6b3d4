import type { Page } from 'playwright-core';

export interface PaneSwitch {
  /** From the new pane painting to the badge naming the new job; null if it never did (5 s). */
  followedMs: number | null;
  /** Whether the badge ever named the previous job once the address had moved on. */
  sawOldTitleAfterSwitch: boolean;
}

/**
 * What LinkedIn's app does when the user clicks another job card: the address changes first
 * (History API, no page load), the pane is repainted a moment later. The badge is sampled on
 * every animation frame from the address change on. The page must have a #pane element.
 */
export function switchLinkedInPane(page: Page, change: { nextJobId: string; paneHtml: string; oldTitle: string; newTitle: string }): Promise<PaneSwitch> {
  // No named functions inside: the bench runs under tsx, whose name-keeping helper (__name)
  // does not exist in the page.
  return page.evaluate(async ({ nextJobId, paneHtml, oldTitle, newTitle }) => {
    let sawOld = false;
    const url = new URL(location.href);
    url.searchParams.set('currentJobId', nextJobId);
    history.pushState({}, '', url.href);
    // The app fetches the job; meanwhile the old pane is still on screen.
    const repaintAt = performance.now() + 60;
    let painted: number | null = null;
    const giveUp = performance.now() + 5_000;
    while (performance.now() < giveUp) {
      await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      if (painted === null && performance.now() >= repaintAt) {
        const template = document.createElement('template');
        template.innerHTML = paneHtml;
        document.getElementById('pane')!.replaceChildren(template.content);
        await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        painted = performance.now();
      }
      const title = document.querySelector('jobmark-badge')?.shadowRoot?.querySelector('.jm-title')?.textContent ?? null;
      if (title === oldTitle) sawOld = true;
      if (painted !== null && title === newTitle) return { followedMs: performance.now() - painted, sawOldTitleAfterSwitch: sawOld };
    }
    return { followedMs: null, sawOldTitleAfterSwitch: sawOld };
  }, change);
}
