// Constants only: the popup's first script imports FIRST_PAINT_ROWS before anything else loads.

/** Rows rendered at a time: enough to scan, few enough that 10,000 saved jobs paint at once. */
export const PAGE_SIZE = 100;
/**
 * Rows in the very first paint: more than the popup shows before scrolling (about eight; a
 * dashboard tab shows more, and gets them a frame later). The rest of the first page is
 * rendered right after that paint, which keeps the time to a useful screen short on a slow
 * machine.
 */
export const FIRST_PAINT_ROWS = 15;
