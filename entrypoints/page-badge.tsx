import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { offerContentPart, type BadgeUi } from '../src/content/content-parts';
import { highlightSkills } from '../src/content/highlights';
import { Badge } from '../src/ui/badge/badge';
// Bundled as a string rather than fetched from the extension when the badge mounts: that
// fetch queued behind the page's own loading and held the badge back by tens of ms.
import badgeCss from '../src/ui/badge/badge.css?inline';
import { NoPostingNotice } from '../src/ui/badge/no-posting-notice';

/** What the badge part offers the content script. */
const BADGE_UI: BadgeUi = {
  async createHost(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'jobmark-badge',
      css: badgeCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: () => undefined,
      // Preact lets go of the badge's tree when the host leaves the page.
      onRemove: () => render(null, ui.uiContainer),
    });
    return ui;
  },
  showBadge: (container, props) => render(<Badge {...props} />, container),
  showNotice: (container, message, onClose) => render(<NoPostingNotice message={message} onClose={onClose} />, container),
  highlightSkills,
};

// A part of the job-page content script (src/content/content-parts.ts), loaded by it once a
// page shows a posting: the badge (with Preact and its styles), its notices and the highlighter.
export default defineUnlistedScript(() => offerContentPart('badge', BADGE_UI));
