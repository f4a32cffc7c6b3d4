/**
 * The progress line the CLI draws on stderr while it reads a directory tree, when stderr
 * is a terminal. Redrawn in place with a carriage return, at most every REDRAW_MS, so
 * drawing never costs a measurable part of the run.
 */
export const REDRAW_MS = 100;

export interface ProgressState {
  done: number;
  total: number;
  elapsedMs: number;
}

/** "[#########-----------]  4,210/18,000 files  5,123 files/s", cut to the terminal's width. */
export function formatProgress({ done, total, elapsedMs }: ProgressState, columns: number): string {
  const count = (n: number) => n.toLocaleString('en');
  const rate = elapsedMs > 0 ? Math.round((done * 1000) / elapsedMs) : 0;
  const tail = `  ${count(done)}/${count(total)} files  ${count(rate)} files/s`;
  const width = Math.max(0, Math.min(40, columns - tail.length - 3));
  const filled = total > 0 ? Math.round((width * done) / total) : width;
  const bar = width > 0 ? `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]` : '';
  return `${bar}${tail}`.slice(0, Math.max(0, columns - 1));
}

/** Draws, redraws and erases the progress line through `write`. */
export class ProgressBar {
  private lastDrawn = -Infinity;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly columns: number,
    private readonly clock: () => number,
    private readonly startedAt = clock(),
  ) {}

  update(done: number, total: number, force = false): void {
    const now = this.clock();
    if (!force && now - this.lastDrawn < REDRAW_MS) return;
    this.lastDrawn = now;
    this.write(`\r${formatProgress({ done, total, elapsedMs: now - this.startedAt }, this.columns)}\x1b[K`);
    this.shown = true;
  }

  /** Erases the line, so a message or the end of the run starts on a clean line. */
  clear(): void {
    if (!this.shown) return;
    this.write('\r\x1b[K');
    this.shown = false;
    this.lastDrawn = -Infinity;
  }
}
