/**
 * Stands in for `@1natsu/wait-element` in the content-script build only (see wxt.config.ts).
 * WXT's content-script UI imports it for `autoMount` (mount when an anchor element appears),
 * which Jobmark never uses: the badge is mounted on <body> once a posting has been read.
 * Leaving it and its dependencies out saves about 3 kB of the content script's 60 kB budget.
 * Should a later change call autoMount, it fails loudly here rather than silently.
 */
function autoMountIsNotBundled(): never {
  throw new Error('Jobmark’s content script is built without WXT’s autoMount (see wxt.config.ts)');
}

export const waitElement = autoMountIsNotBundled;
export const isExist = autoMountIsNotBundled;
export const isNotExist = autoMountIsNotBundled;
