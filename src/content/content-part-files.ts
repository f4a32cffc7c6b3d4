import type { PublicPath } from 'wxt/browser';
import type { ContentPart } from '../messaging/protocol';

/**
 * Where each part of the content script (content-parts.ts) is in the build: the unlisted
 * script entrypoints/page-<part>.ts. Apart from content-parts.ts, which runs in pages, so
 * the build's configuration (wxt.config.ts) names the files from here too.
 */

/** The entrypoint's name: "page-badge", "page-readers-linkedin". */
export function contentPartEntry<P extends ContentPart>(part: P): `page-${P}` {
  return `page-${part}`;
}

/** The built file, as the extension's APIs take it: "/page-badge.js". */
export function contentPartFile(part: ContentPart): Extract<PublicPath, `/page-${string}.js`> {
  return `/${contentPartEntry(part)}.js`;
}
