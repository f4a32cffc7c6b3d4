/**
 * Longer wordings are not skill names: the background sends none to highlight, and the
 * page's scanner takes none. Its own file, without Zod, so the content script can import it
 * without the schema library.
 */
export const MAX_TERM_LENGTH = 60;
