// Constants only: the popup's first script imports FIRST_PAINT_ROWS before anything else loads.

/** Rows rendered at a time: enough to scan, few enough that 10,000 saved jobs paint at once. */
export const PAGE_SIZE = 100;
/**
 * Rows in the very first paint: twice what the popup shows before scrolling (four or five
 * rows under its header and filters; a dashboard tab shows more, and gets them a frame
 * later). The rest of the first page is rendered right after that paint: each row in the
 * first paint costs its render, layout and paint before the user sees anything.
 */
export const FIRST_PAINT_ROWS = 8;
